/** France compétences: where anyone can check their OPCO with a SIRET (the authoritative answer). */
export const FRANCE_COMPETENCES_URL = 'https://www.francecompetences.fr/';
