// The pieces every answer is made of (IDCC path and company path alike).
import { html, nothing, type TemplateResult } from 'lit';
import type { Audience, Convention, Opco, OpcoId } from '../../data/index.js';
import { renderHeadingElement } from '../../platform/heading.render.js';
import { FRANCE_COMPETENCES_URL } from '../../platform/links.js';
import { externalLink as link } from '../../platform/external-link.render.js';
import { formatDate } from '../../platform/i18n.js';
import type { AnswerText } from './answer.js';
import type { OpcoGroup } from './company/company-groups.js';
// the answer shows an <opco-card>: this file defines it, so the element's own file works alone
import '../card/opco-card.js';

export interface AnswerContext extends AnswerText {
  /** Level of the answer's heading (2–6); the OPCO cards take the next one. */
  readonly level: number;
  readonly compact: boolean;
  /** The finder's resolved look, handed to the cards (they would otherwise only see a provider's). */
  readonly theme: string;
  readonly onReset: () => void;
  /** The OPCO the visitor retained among a company's several (its button is pressed). */
  readonly chosen?: OpcoId | undefined;
  /** The titles are on their way (an IDCC answered before the convention table is in): said in place of a title. */
  readonly titlesPending?: boolean | undefined;
  /** "Retenir cet OPCO" on one of a company's several OPCOs. */
  readonly onChoose?: ((group: OpcoGroup) => void) | undefined;
  /** Whose next step the answer ends with (`audience`; the employer's by default). */
  readonly audience: Audience;
}

/** A convention's full title, else its short one, else "titre non disponible". */
export const conventionTitle = (c: Convention | null, ctx: Pick<AnswerContext, 't' | 'titlesPending'>): string =>
  c?.title ?? c?.shortTitle ?? (ctx.titlesPending ? ctx.t.titlePending : ctx.t.untitled);

/** Official titles are French: marked so, a screen reader reads them with a French voice on English pages. */
export const titleLang = (c: Convention | null): 'fr' | typeof nothing => ((c?.title ?? c?.shortTitle) ? 'fr' : nothing);

export const heading = (level: number, text: string): TemplateResult => {
  return renderHeadingElement(level, text, { id: 'answer-heading', part: 'answer-heading', className: 'answer__heading' });
};

/**
 * The answer's headline when it names one OPCO: "Votre OPCO" small above, the OPCO's name large.
 * One heading element, so its accessible name is the whole sentence ("Votre OPCO : AKTO").
 */
export const headline = (level: number, lead: string, name: string, colon = ' : '): TemplateResult => {
  const content = html`<span class="answer__lead">${lead}<span class="visually-hidden">${colon}</span></span>
    <span class="answer__name">${name}</span>`;
  return renderHeadingElement(level, content, { id: 'answer-heading', part: 'answer-heading', className: 'answer__heading answer__heading--opco' });
};

/**
 * An OPCO's card in the answer. `titled: false` when the answer's headline already names the
 * OPCO: the card then drops its own title (`heading="none"`) instead of repeating it.
 */
export const card = (opco: Opco, ctx: AnswerContext, titled = true, withNextStep = true): TemplateResult =>
  html`<opco-card
    opco=${opco.id}
    audience=${ctx.audience}
    .withNextStep=${withNextStep}
    heading=${titled ? nothing : 'none'}
    heading-level=${String(Math.min(6, ctx.level + 1))}
    ?compact=${ctx.compact}
    theme=${ctx.theme}
    exportparts="base: card, heading: card-heading, link: card-link"
  ></opco-card>`;

export const provenance = (source: { readonly label: string; readonly date: string }, ctx: AnswerContext): TemplateResult =>
  html`<p class="provenance" part="provenance">${ctx.t.provenance(source.label, formatDate(ctx.lang, source.date, 'month'))}</p>`;

export const externalLink = (href: string, text: string, ctx: AnswerContext): TemplateResult => link(href, text, ctx.t.newWindow);

/** France compétences' check by SIRET; `primary`: it is the answer's next step (a button-like link). */
export const checkLink = (ctx: AnswerContext, primary = false): TemplateResult =>
  primary
    ? html`<p class="next-step"><a part="link" class="button button--primary" href=${FRANCE_COMPETENCES_URL} target="_blank" rel="noopener noreferrer"
          >${ctx.t.checkSiret}<span class="visually-hidden"> ${ctx.t.newWindow}</span></a
        ></p>`
    : html`<p>${externalLink(FRANCE_COMPETENCES_URL, ctx.t.checkSiret, ctx)}</p>`;

/** The OPCO's card under "En savoir plus sur AKTO", folded: the answer itself is the name, the convention and the next step. */
export const moreAbout = (opco: Opco, ctx: AnswerContext): TemplateResult =>
  html`<details class="answer__more" part="more">
    <summary>${ctx.t.moreAbout(opco.shortName)}</summary>
    ${card(opco, ctx, false, false)}
  </details>`;

export const actions = (ctx: AnswerContext): TemplateResult =>
  html`<div class="actions">
    <button type="button" part="reset" class="button reset" @click=${ctx.onReset}>${ctx.t.reset}</button>
  </div>`;
