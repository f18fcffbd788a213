// The answer to an APE (NAF) code: the conventions whose own texts point to that activity, marked as suggestions
// to check, each with its evidence, under the caveat that the code does not decide the convention.
import { html, nothing, type TemplateResult } from 'lit';
import type { NafCandidate, NafResult, Opco } from '../../data/index.js';
import { renderStatus } from '../../platform/status.render.js';
import { MAX_NAF_CANDIDATES } from './answer.js';
import { checkLink, conventionTitle, externalLink, heading, headline, titleLang, type AnswerContext } from './answer-parts.render.js';

/** What the finder lends an APE answer (and a company answer's activity suggestions). */
export interface NafLinks {
  readonly opcoOf: (candidate: NafCandidate) => Opco | undefined;
  /** "Voir l'OPCO de cette convention": answers that IDCC. */
  readonly pick: (idcc: string) => void;
  /** The candidate conventions of an APE code, against the finder's data; undefined while the APE/NAF tables are on their way. */
  readonly suggest: (code: string) => NafResult | undefined;
}

export interface NafAnswerContext extends AnswerContext {
  readonly opcoOf: (candidate: NafCandidate) => Opco | undefined;
  /** "Voir l'OPCO de cette convention": answers that IDCC. */
  readonly pick: (idcc: string) => void;
}

function evidence(c: NafCandidate, ctx: NafAnswerContext): TemplateResult {
  const { t } = ctx;
  const e = c.evidence[0];
  if (!e) return html``;
  const via = c.via ? html` <span class="naf__via">${t.nafVia(c.via.naf, c.via.relation === 'multiple')}</span>` : nothing;
  if (e.kind === 'label') return html`<span class="naf__why">${t.nafWhyLabel(e.words.join(', '))}</span>${via}`;
  if (e.kind === 'words') return html`<span class="naf__why">${t.nafWhyWords(e.words.join(', '))}</span>${via}`;
  if (e.kind === 'neighbour') return html`<span class="naf__why">${t.nafWhyNeighbour(e.naf)}</span>${via}`;
  if (e.kind === 'scope') return html`<span class="naf__why">${externalLink(e.url, t.nafWhyScope(e.num, e.words.join(', ')), ctx)}</span>${via}`;
  const text = e.kind === 'mapped' ? t.nafWhyMapped(e.num, e.old, e.split) : c.strength === 'cited-past' ? t.nafWhyCitedPast(e.num) : t.nafWhyCited(e.num);
  return html`<span class="naf__why">${externalLink(e.url, text, ctx)}</span>${via}`;
}

function candidate(c: NafCandidate, ctx: NafAnswerContext): TemplateResult {
  const { t } = ctx;
  const conv = c.convention;
  const opco = ctx.opcoOf(c);
  // the OPCO first (what the visitor came for), then the convention that leads to it and why
  return html`<li class="naf__candidate">
    ${opco ? html`<strong class="naf__opco">${opco.shortName}</strong>` : nothing}
    <span class="naf__convention"
      ><span lang=${titleLang(conv)}>${conventionTitle(conv, ctx)}</span> <span class="answer__idcc">(${t.idcc(conv.idcc)})</span></span
    >
    ${evidence(c, ctx)}
    <button type="button" part="choose" class="button choose" @click=${() => ctx.pick(conv.idcc)}>
      ${t.nafPick}<span class="visually-hidden"> ${t.idcc(conv.idcc)}</span>
    </button>
  </li>`;
}

export function renderNafAnswer(result: NafResult, ctx: NafAnswerContext): TemplateResult {
  const { t, lang } = ctx;
  const caveat = renderStatus('warning', result.caveat[lang]);
  // a sentence a visitor reads, not the name and version of the package the links were built from
  const source = html`<p class="provenance" part="provenance">${t.nafSource}</p>`;
  if (result.kind !== 'ok') {
    return html`${heading(ctx.level, t.nafTitleBad)} ${renderStatus('warning', result.message[lang])} ${caveat}`;
  }
  const shown = result.candidates.slice(0, MAX_NAF_CANDIDATES);
  const names = [...new Set(shown.map((c) => ctx.opcoOf(c)?.shortName).filter((n): n is string => !!n))];
  // INSEE's label is French
  const activity = result.label ? html`<p class="answer__activity" lang="fr">${result.label}</p>` : nothing;
  const list = shown.length || !result.advice ? renderNafCandidates(shown, ctx) : renderStatus('info', result.advice[lang], { hint: t.payslip });
  if (!names.length) {
    return html`${heading(ctx.level, t.nafTitle(result.naf, result.label))} ${nomenclatureLine(result, ctx)} ${list} ${caveat}
      ${source} ${checkLink(ctx, true)}`;
  }
  // the answer leads with the OPCO(s) the code points to; the SIRET check decides, so it is the next step
  return html`${headline(ctx.level, t.nafLead(result.naf, names.length), names.join(', '), t.headlineColon)} ${activity}
    ${nomenclatureLine(result, ctx)} ${list} ${caveat} ${source} ${checkLink(ctx, true)}`;
}

/** Which nomenclature the code is in and, for a NAF 2025 code, the NAF rév. 2 code(s) it comes from. */
export function nomenclatureLine(result: Extract<NafResult, { kind: 'ok' }>, ctx: Pick<AnswerContext, 't'>): TemplateResult {
  const { t } = ctx;
  if (result.nomenclature === 'rev2') return html`<p class="naf__nomenclature" part="nomenclature">${t.nafRev2}</p>`;
  return html`<p class="naf__nomenclature" part="nomenclature">
    ${t.naf2025}${result.from.length ? html` ${t.nafFrom(result.from.map((f) => `${f.naf} (${f.label})`).join(' ; '))}` : nothing}
  </p>`;
}

/** The candidates, each with its OPCO, its evidence and "see its OPCO". */
export function renderNafCandidates(shown: readonly NafCandidate[], ctx: NafAnswerContext): TemplateResult {
  return html`<p class="answer__summary" part="summary">${ctx.t.nafSuggestions(shown.length)}</p>
    <ul class="naf__list" part="candidates">
      ${shown.map((c) => candidate(c, ctx))}
    </ul>`;
}
