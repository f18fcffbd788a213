// What a person does next with their OPCO, for one audience: one sentence and one link to the OPCO's own
// page for it (data/opcos.json, `links`; data/SOURCES.md, S8). Every widget that names an OPCO ends with it.
import { html, nothing, type TemplateResult } from 'lit';
import type { Audience, OpcoLink, OpcoProfile } from '../data/types.js';
import { echo, isHttpsUrl, readOneOf, type AttributeProblem } from './attributes.js';
import type { AttributeSpec } from './attribute-spec.js';
import { defineMessages, textsOf, type Lang } from './i18n.js';

export const AUDIENCES: readonly Audience[] = ['employer', 'training-centre', 'apprentice'];
/** Without `audience`, the next step is the employer's: the one who files the contract with the OPCO. */
export const DEFAULT_AUDIENCE: Audience = 'employer';

/** `audience` in the platform's attribute format (the finder's and the card's specs). */
export const AUDIENCE_SPEC: AttributeSpec = {
  prop: 'audience',
  attr: 'audience',
  type: 'one-of',
  values: AUDIENCES,
  default: DEFAULT_AUDIENCE,
  warning: 'is not supported; use employer, training-centre or apprentice. The employer’s next step is shown.',
};

export const nextStepMessages = defineMessages(
  {
    /** The sentence before the link, for the audience, naming the OPCO. */
    lead: (audience: Audience, opco: string) => {
      switch (audience) {
        case 'training-centre':
          return `Vous êtes un CFA\u00a0? ${opco} finance chaque contrat d’apprentissage au niveau fixé par la branche (NPEC)\u00a0; avec le mandat de l’employeur, vous lui transmettez le contrat.`;
        case 'apprentice':
          return `Vous êtes apprenti\u00a0? Votre employeur vous paie un pourcentage du SMIC (le salaire minimum) et ${opco} paie votre formation au CFA. Une question sur votre contrat\u00a0: demandez d’abord à votre CFA.`;
        default:
          return `Vous embauchez un apprenti\u00a0? Envoyez le contrat à ${opco} dans les 5 jours ouvrables après son début\u00a0: ${opco} prend alors en charge la formation.`;
      }
    },
    /** The link's text: what the OPCO's page lets this audience do (`key`: audience:topic). */
    action: (key: string, opco: string) => {
      switch (key) {
        case 'employer:deposit':
          return `Déposer le contrat chez ${opco}`;
        case 'employer:funding':
          return `Ce que ${opco} finance pour un apprenti`;
        case 'employer:aid':
          return `Les aides à l’embauche d’un apprenti, selon ${opco}`;
        case 'employer:apprenticeship':
          return `Embaucher un apprenti avec ${opco}`;
        case 'training-centre:deposit':
          return `Transmettre un contrat à ${opco}`;
        case 'training-centre:funding':
          return `Le financement des contrats par ${opco}`;
        case 'apprentice:apprenticeship':
          return `Le contrat d’apprentissage expliqué par ${opco}`;
        default:
          return `Site de l’OPCO ${opco}`;
      }
    },
    /** Under a home-page link: no page for this step was read on the OPCO's site. */
    homeNote: 'Page d’apprentissage non vérifiée\u00a0: cherchez «\u00a0apprentissage\u00a0» sur ce site.',
    newWindow: '(nouvelle fenêtre)',
    badAudience: (value: string) => `audience="${value}" n’est pas un public connu.`,
    badAudienceHint: 'Écrivez audience="employer" (employeur), audience="training-centre" (CFA) ou audience="apprentice" (apprenti).',
  },
  'next-step',
  import.meta.url,
);

/** `audience="…"` as written by an editor (or set by a framework): the audience, and a problem when it is not one. */
export function readAudience(value: unknown, lang: Lang): { readonly audience: Audience; readonly problem?: AttributeProblem } {
  const read = readOneOf(value, AUDIENCES);
  if (read.kind === 'ok') return { audience: read.value };
  if (read.kind === 'absent') return { audience: DEFAULT_AUDIENCE };
  const t = textsOf(nextStepMessages, lang);
  const shown = echo(value);
  return {
    audience: DEFAULT_AUDIENCE,
    problem: {
      attr: 'audience',
      value: shown,
      message: t.badAudience(shown),
      hint: t.badAudienceHint,
      warning: `audience="${shown}" is not supported; use employer, training-centre or apprentice. The employer's next step is shown.`,
    },
  };
}

/** The OPCO's page for this audience, if the data has a usable one (an https address). */
export function linkFor(opco: OpcoProfile, audience: Audience): OpcoLink | undefined {
  const link = (opco.links as Partial<OpcoProfile['links']> | undefined)?.[audience];
  return link && isHttpsUrl(link.url) ? link : undefined;
}

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
