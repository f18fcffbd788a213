import { html, type TemplateResult } from 'lit';

/** France compétences: where anyone can check their OPCO with a SIRET (the authoritative answer). */
export const FRANCE_COMPETENCES_URL = 'https://www.francecompetences.fr/';

/** A link that opens in a new window, and says so to screen readers (`newWindow`: "(nouvelle fenêtre)"). */
export const externalLink = (href: string, text: string, newWindow: string): TemplateResult =>
  html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer"
    >${text} <span class="visually-hidden">${newWindow}</span></a
  >`;
