import { html, type TemplateResult } from 'lit';

/** A link that opens in a new window, and says so to screen readers (`newWindow`: "(nouvelle fenêtre)"). */
export const externalLink = (href: string, text: string, newWindow: string): TemplateResult =>
  html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer"
    >${text} <span class="visually-hidden">${newWindow}</span></a
  >`;
