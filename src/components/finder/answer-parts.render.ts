// The pieces every answer is made of (IDCC path and company path alike).
import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Convention, Opco, OpcoId } from '../../data/index.js';
import { formatDate, type Lang, type Messages } from '../../platform/i18n.js';
import type { OpcoGroup } from './company-groups.js';
import type { messages } from './opco-finder.messages.js';

/** Where anyone can check their OPCO with a SIRET (the authoritative answer). */
export const FRANCE_COMPETENCES_URL = 'https://www.francecompetences.fr/';

const headings: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export interface AnswerContext {
  readonly t: Messages<(typeof messages)['fr']>;
  readonly lang: Lang;
  /** Level of the answer's heading (2–6); the OPCO cards take the next one. */
  readonly level: number;
  readonly compact: boolean;
  /** The finder's resolved look, handed to the cards (they would otherwise only see a provider's). */
  readonly theme: string;
  readonly onReset: () => void;
  /** The OPCO the visitor retained among a company's several (its button is pressed). */
  readonly chosen?: OpcoId | undefined;
  /** "Retenir cet OPCO" on one of a company's several OPCOs. */
  readonly onChoose?: ((group: OpcoGroup) => void) | undefined;
}

/** A convention's full title, else its short one, else "titre non disponible". */
export const conventionTitle = (c: Convention | null, ctx: Pick<AnswerContext, 't'>): string =>
  c?.title ?? c?.shortTitle ?? ctx.t.untitled;

/** Official titles are French: marked so, a screen reader reads them with a French voice on English pages. */
export const titleLang = (c: Convention | null): 'fr' | typeof nothing => (c?.title ?? c?.shortTitle ? 'fr' : nothing);

export const heading = (level: number, text: string): TemplateResult => {
  const tag = headings[Math.min(6, Math.max(2, level)) - 2]!;
  return staticHtml`<${tag} part="answer-heading" class="answer__heading" id="answer-heading">${text}</${tag}>`;
};

export const card = (opco: Opco, ctx: AnswerContext): TemplateResult =>
  html`<opco-card
    opco=${opco.id}
    heading-level=${String(Math.min(6, ctx.level + 1))}
    ?compact=${ctx.compact}
    theme=${ctx.theme}
    exportparts="base: card, heading: card-heading, link: card-link"
  ></opco-card>`;

export const provenance = (source: { readonly label: string; readonly date: string }, ctx: AnswerContext): TemplateResult =>
  html`<p class="provenance" part="provenance">${ctx.t.provenance(source.label, formatDate(ctx.lang, source.date, 'month'))}</p>`;

export const externalLink = (href: string, text: string, ctx: AnswerContext): TemplateResult =>
  html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer"
    >${text} <span class="visually-hidden">${ctx.t.newWindow}</span></a
  >`;

export const checkLink = (ctx: AnswerContext): TemplateResult =>
  html`<p>${externalLink(FRANCE_COMPETENCES_URL, ctx.t.checkSiret, ctx)}</p>`;

export const actions = (ctx: AnswerContext): TemplateResult =>
  html`<div class="actions">
    <button type="button" part="reset" class="reset" @click=${ctx.onReset}>${ctx.t.reset}</button>
  </div>`;
