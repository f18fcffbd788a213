// What a person does next with their OPCO, for one audience: one sentence and one link to the OPCO's own
// page for it (data/opcos.json, `links`; data/SOURCES.md, S8). Every widget that names an OPCO ends with it.
import { AUDIENCES } from '../data/funding/types.js';
import type { Audience, OpcoLink, OpcoProfile } from '../data/types.js';
import { echo, isHttpsUrl, readOneOf, type AttributeProblem } from './attributes.js';
import type { AttributeSpec } from './attribute-spec.js';
import { defineMessages, textsOf, type Lang } from './i18n.js';

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
