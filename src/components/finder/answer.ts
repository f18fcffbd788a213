import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Convention, Opco, Resolution } from '../../data/index.js';
import { formatDate, type Lang, type Messages } from '../../platform/i18n.js';
import { renderStatus } from '../../platform/status.js';
import type { messages } from './opco-finder.messages.js';

/** Where anyone can check their OPCO with a SIRET (the authoritative answer). */
const FRANCE_COMPETENCES_URL = 'https://www.francecompetences.fr/';

const headings: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** What the finder shows under the field: a resolved IDCC, or words that matched nothing. */
export type Answer =
  | { readonly kind: 'resolution'; readonly query: string; readonly resolution: Resolution }
  | { readonly kind: 'no-result'; readonly query: string }
  /** A SIRET or SIREN: not looked up by this field (yet). */
  | { readonly kind: 'company-id'; readonly query: string };

export interface AnswerContext {
  readonly t: Messages<(typeof messages)['fr']>;
  readonly lang: Lang;
  /** Level of the answer's heading (2–6); the OPCO cards take the next one. */
  readonly level: number;
  readonly compact: boolean;
  /** The finder's resolved look, handed to the cards (they would otherwise only see a provider's). */
  readonly theme: string;
  readonly onReset: () => void;
}

const heading = (level: number, text: string): TemplateResult => {
  const tag = headings[Math.min(6, Math.max(2, level)) - 2]!;
  return staticHtml`<${tag} part="answer-heading" class="answer__heading" id="answer-heading">${text}</${tag}>`;
};

const card = (opco: Opco, ctx: AnswerContext): TemplateResult =>
  html`<opco-card
    opco=${opco.id}
    heading-level=${String(Math.min(6, ctx.level + 1))}
    ?compact=${ctx.compact}
    theme=${ctx.theme}
    exportparts="base: card, heading: card-heading, link: card-link"
  ></opco-card>`;

const conventionLine = (label: string, conventions: readonly Convention[], ctx: AnswerContext): TemplateResult =>
  html`<p class="answer__convention" part="convention">
    ${label}
    ${conventions.map(
      (c, i) =>
        html`${i > 0 ? ' ; ' : nothing}<span>${c.title ?? c.shortTitle ?? ctx.t.untitled}</span>
          <span class="answer__idcc">(${ctx.t.idcc(c.idcc)})</span>`,
    )}
  </p>`;

const provenance = (source: { readonly label: string; readonly date: string }, ctx: AnswerContext): TemplateResult =>
  html`<p class="provenance" part="provenance">${ctx.t.provenance(source.label, formatDate(ctx.lang, source.date, 'month'))}</p>`;

const checkLink = (ctx: AnswerContext): TemplateResult =>
  html`<p>
    <a part="link" href=${FRANCE_COMPETENCES_URL} target="_blank" rel="noopener noreferrer"
      >${ctx.t.checkSiret} <span class="visually-hidden">${ctx.t.newWindow}</span></a
    >
  </p>`;

const actions = (ctx: AnswerContext): TemplateResult =>
  html`<div class="actions">
    <button type="button" part="reset" class="reset" @click=${ctx.onReset}>${ctx.t.reset}</button>
  </div>`;

/** Why an assignment is not certain, from the figures the data gives (establishments, share, source). */
function confidenceNote(resolution: Extract<Resolution, { kind: 'found' }>, ctx: AnswerContext) {
  const { confidence, share, opco, source } = resolution;
  // the convention whose figures decided the OPCO: the one given, else the one in force
  const decider = resolution.convention.opco ? resolution.convention : resolution.current[0] ?? resolution.convention;
  if (confidence === 'low') {
    const why =
      share !== null && share < 0.9
        ? ctx.t.lowWhyShare(share, opco.shortName)
        : decider.establishments === null
          ? ctx.t.lowWhyOld(source.label)
          : ctx.t.lowWhyFew(decider.establishments);
    return renderStatus('warning', ctx.t.lowConfidence, { hint: why });
  }
  if (confidence === 'medium' && share !== null && share < 0.99) {
    return html`<p class="answer__note">${ctx.t.mediumConfidence(share, opco.shortName)}</p>`;
  }
  return nothing;
}

function renderResolution(resolution: Resolution, ctx: AnswerContext): TemplateResult {
  const { t, lang } = ctx;
  const summary = html`<p class="answer__summary" part="summary">${resolution.message[lang]}</p>`;
  switch (resolution.kind) {
    case 'found': {
      // after a merge or split, the conventions in force are the ones worth naming
      const shown = resolution.reason === 'match' ? [resolution.convention] : resolution.current;
      return html`${heading(ctx.level, t.yourOpco)} ${summary} ${card(resolution.opco, ctx)}
      ${conventionLine(shown.length > 1 ? t.conventionsNow : t.convention, shown, ctx)} ${confidenceNote(resolution, ctx)}
      ${provenance(resolution.source, ctx)}`;
    }
    case 'shared':
      return html`${heading(ctx.level, t.severalOpcos)} ${summary}
        <ul class="answer__cards" part="candidates">
          ${resolution.candidates.map((o) => html`<li>${card(o, ctx)}</li>`)}
        </ul>
        ${conventionLine(t.convention, [resolution.convention], ctx)} ${checkLink(ctx)} ${provenance(resolution.source, ctx)}`;
    case 'special':
      return html`${heading(ctx.level, t.specialTitle(resolution.idcc, resolution.label[lang]))}
      ${renderStatus('warning', resolution.message[lang])} ${checkLink(ctx)}`;
    case 'unknown':
      return html`${heading(ctx.level, t.unknownTitle)}
      ${renderStatus('info', resolution.message[lang], { hint: t.payslip })} ${checkLink(ctx)}`;
    case 'invalid':
      return renderStatus('warning', resolution.message[lang], { hint: t.payslip });
  }
}

/** The answer block: everything is text nodes and attributes, never markup from data or input. */
export function renderAnswer(answer: Answer, ctx: AnswerContext): TemplateResult {
  const body =
    answer.kind === 'no-result'
      ? renderStatus('empty', ctx.t.noResult(answer.query), { hint: ctx.t.noResultHint })
      : answer.kind === 'company-id'
        ? html`${renderStatus('warning', ctx.t.companyId, { hint: ctx.t.payslip })} ${checkLink(ctx)}`
        : renderResolution(answer.resolution, ctx);
  const kind = answer.kind === 'resolution' ? answer.resolution.kind : answer.kind;
  return html`<section part="answer" class="answer" aria-label=${ctx.t.answerRegion} data-kind=${kind}>
    ${body} ${actions(ctx)}
  </section>`;
}

/** The one sentence a screen reader hears when an answer appears. */
export function announcement(answer: Answer, ctx: Pick<AnswerContext, 't' | 'lang'>): string {
  if (answer.kind === 'no-result') return ctx.t.noResult(answer.query);
  if (answer.kind === 'company-id') return ctx.t.companyId;
  return answer.resolution.message[ctx.lang];
}
