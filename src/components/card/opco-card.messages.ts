import type { OpcoId } from '../../data/index.js';
import { defineMessages } from '../../platform/i18n.js';

/** English summaries of each OPCO's sectors (the French ones come with the data). */
const sectorsEn: Record<OpcoId, string> = {
  afdas: 'Culture, creative industries, media, communication, telecommunications, sport, tourism, leisure and entertainment.',
  akto: 'Labour-intensive services: hotels and restaurants, fast and contract catering, cleaning, private security, temporary work, wholesale trade, private education and training bodies, waste, water and sanitation, umbrella employment.',
  atlas: 'Financial services and consulting: banking, insurance, financial markets, engineering and design offices, digital, consulting (Syntec), chartered accountancy.',
  constructys: 'Construction: building, public works, building-materials trade.',
  opcommerce: 'Retail and distribution: retail and large-scale distribution, specialised retail, import-export and business-to-business trade.',
  ocapiat: 'Agriculture, agricultural cooperatives, fishing, food industries and land-based work (landscaping, agricultural and forestry work).',
  'opco-2i': 'Industry: metalworking, chemicals, pharmaceuticals, plastics, rubber, textiles, paper and board, quarries and materials, energy, industrial wood and furniture.',
  'opco-ep': 'Local businesses: crafts (food, hairdressing, beauty…), liberal professions (health, law, real estate, architecture…) and local services (home services, private employers).',
  'opco-mobilites': 'Transport (road, rail, sea, river, passengers), automotive services and travel agencies.',
  'opco-sante': 'Private health, social and medico-social sector (for-profit and non-profit hospitals, establishments for disabled people, spas…).',
  uniformation: 'Social cohesion: social and solidarity economy, social protection (social security, mutual insurance), social housing, home help, community work, integration, local youth missions.',
};

export const messages = defineMessages({
  fr: {
    sectors: 'Secteurs',
    // the OPCO's own number, said so: a visitor must not take it for their company's
    identity: (name: string, siren: string) => `SIREN de l’OPCO ${name} : ${siren}`,
    // "Site d’AKTO", "Site de Constructys": French elides "de" before a vowel
    website: (name: string) => (/^[aeiouyàâéèêîïôû]/i.test(name) ? `Site d’${name}` : `Site de ${name}`),
    check: 'Vérifier auprès de France compétences',
    checkHint: 'avec votre SIRET, le service « Quel est mon OPCO ? » fait foi',
    sectorsOf: (_id: OpcoId, fromData: string) => fromData,
    unknown: (value: string) => `« ${value} » n'est pas un OPCO connu.`,
    unknownHint: (ids: string) => `Identifiants valides : ${ids}.`,
    none: 'Aucun OPCO choisi pour le moment.',
    newWindow: '(nouvelle fenêtre)',
  },
  en: {
    sectors: 'Sectors',
    identity: (name: string, siren: string) => `SIREN of the OPCO ${name}: ${siren}`,
    website: (name: string) => `${name} website`,
    check: 'Check with France compétences',
    checkHint: 'with your SIRET, its "Quel est mon OPCO ?" service is authoritative',
    sectorsOf: (id: OpcoId, _fromData: string) => sectorsEn[id],
    unknown: (value: string) => `"${value}" is not a known OPCO.`,
    unknownHint: (ids: string) => `Valid ids: ${ids}.`,
    none: 'No OPCO chosen yet.',
    newWindow: '(new window)',
  },
});
