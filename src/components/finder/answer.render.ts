import { html, nothing, type TemplateResult } from 'lit';
import type { Convention, Resolution } from '../../data/index.js';
import { renderStatus } from '../../platform/status.render.js';
import { actions, card, checkLink, conventionTitle, titleLang, heading, headline, moreAbout, provenance, type AnswerContext } from './answer-parts.render.js';
import { renderNextStep } from '../../platform/next-step.render.js';
import type { Answer } from './answer.js';
import { renderCompanyAnswer, renderPublicCode } from './company/company-answer.render.js';
import { renderNafAnswer, type NafLinks } from './naf-answer.render.js';

const conventionLine = (label: string, conventions: readonly Convention[], ctx: AnswerContext): TemplateResult =>
  html`<p class="answer__convention" part="convention">
    ${label}
    ${conventions.map(
      (c, i) =>
        html`${i > 0 ? ' ; ' : nothing}<span lang=${titleLang(c)}>${conventionTitle(c, ctx)}</span>
          <span class="answer__idcc">(${ctx.t.idcc(c.idcc)})</span>`,
    )}
  </p>`;

/** Why an assignment is not certain, from the figures the data gives (establishments, share, source). */
function confidenceNote(resolution: Extract<Resolution, { kind: 'found' }>, ctx: AnswerContext) {
  const { confidence, share, opco, source } = resolution;
  // the convention whose figures decided the OPCO: the one given, else the one in force
  const decider = resolution.convention.opco ? resolution.convention : (resolution.current[0] ?? resolution.convention);
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
      // the OPCO, the convention once, what to do next, then the details (folded) and the source;
      // the summary sentence says it again for a plain match, so it stays for merges and splits only
      return html`${headline(ctx.level, t.yourOpco, resolution.opco.shortName, t.headlineColon)}
      ${conventionLine(shown.length > 1 ? t.conventionsNow : t.conventionOne, shown, ctx)}
      ${resolution.reason === 'match' ? nothing : summary} ${confidenceNote(resolution, ctx)}
      ${renderNextStep(resolution.opco, ctx.audience, lang)} ${moreAbout(resolution.opco, ctx)}
      ${provenance(resolution.source, ctx)}`;
    }
    case 'shared':
      return html`${heading(ctx.level, t.severalOpcos)} ${summary}
        <ul class="answer__cards" part="candidates">
          ${resolution.candidates.map((o) => html`<li>${card(o, { ...ctx, compact: true }, true, false)}</li>`)}
        </ul>
        <!-- the summary names the convention (once); which of them is decided by the establishment's SIRET: that check is the next step -->
        ${checkLink(ctx, true)} ${provenance(resolution.source, ctx)}`;
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
export function renderAnswer(answer: Answer, ctx: AnswerContext & { readonly naf?: NafLinks | undefined }): TemplateResult {
  const { t } = ctx;
  let body: TemplateResult;
  switch (answer.kind) {
    case 'no-result':
      body = renderStatus('empty', answer.companies ? t.noResultBoth(answer.query) : t.noResult(answer.query), {
        hint: t.noResultHint,
      });
      break;
    case 'company-id':
      body = html`${renderStatus('warning', t.lookupOff, { hint: t.payslip })} ${checkLink(ctx)}`;
      break;
    case 'company-none':
      body = html`${renderStatus('empty', t.companyNone(answer.query), { hint: t.companyNoneHint })} ${checkLink(ctx)}`;
      break;
    case 'company':
      body = renderCompanyAnswer(answer.model, ctx);
      break;
    case 'resolution':
      body = renderResolution(answer.resolution, ctx);
      break;
    case 'naf':
      body = renderNafAnswer(answer.result, { ...ctx, opcoOf: () => undefined, pick: () => undefined, ...ctx.naf });
      break;
    case 'public':
      body = renderPublicCode(answer.idcc, answer.service, ctx);
  }
  const kind = answer.kind === 'resolution' ? answer.resolution.kind : answer.kind;
  return html`<section part="answer" class="answer" aria-label=${t.answerRegion} data-kind=${kind}>
    ${body} ${actions(ctx)}
  </section>`;
}
