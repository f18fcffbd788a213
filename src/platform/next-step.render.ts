// The next step as a template: a sentence and one link to the OPCO's page for the audience (next-step.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { Audience, OpcoProfile } from '../data/types.js';
import { isHttpsUrl } from './attributes.js';
import { textsOf, type Lang } from './i18n.js';
import { linkFor, nextStepMessages } from './next-step.js';

/**
 * The next step: a sentence, then one button-like link to the OPCO's page (a new window, said so). The
 * OPCO's home page when no page for that step was read, with a line that says so.
 */
export function renderNextStep(opco: OpcoProfile, audience: Audience, lang: Lang, options: { readonly part?: string } = {}): TemplateResult {
  const t = textsOf(nextStepMessages, lang);
  const link = linkFor(opco, audience);
  const home = !link || link.topic === 'home';
  const href = link?.url ?? (isHttpsUrl(opco.website) ? opco.website : undefined);
  return html`<div class="next-step" part=${options.part ?? 'next-step'} data-audience=${audience}>
    <p class="next-step__lead">${t.lead(audience, opco.shortName)}</p>
    ${
      href
        ? html`<a class="button button--primary next-step__action" part="action" href=${href} target="_blank" rel="noopener noreferrer"
          >${t.action(home ? 'home' : `${audience}:${link.topic}`, opco.shortName)}<span class="visually-hidden"> ${t.newWindow}</span></a
        >`
        : nothing
    }
    ${home && href ? html`<p class="next-step__note">${t.homeNote}</p>` : nothing}
  </div>`;
}
