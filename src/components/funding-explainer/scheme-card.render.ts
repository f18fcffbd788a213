// One scheme card: summary, steps (with the visitor's OPCO), who pays whom, eligibility, notes,
// legal references, sources and date. Long parts are <details> so the card stays scannable.
import { html, nothing, type TemplateResult } from 'lit';
import type { OpcoProfile } from '../../data/types.js';
import { renderNextStep } from '../../platform/next-step.render.js';
import { keepAmounts } from '../../platform/amounts.js';
// the funding modules one by one, not their index: it holds every card and every source (fetched: explainer-data.ts)
import { ACTORS } from '../../data/funding/actors.js';
import { SOURCES_READ_ON } from '../../data/generated/funding-sources.js';
import { termsIn } from '../../data/funding/glossary.js';
import type { PaymentRow, Scheme, SchemeStep } from '../../data/funding/scheme-types.js';
import type { Audience, Bilingual, LegalReference, SourceInfo, Sourced, Statement, Validity } from '../../data/funding/types.js';
import { formatDate, type Lang } from '../../platform/i18n.js';
import { hasEnded, partialDate } from './dates.js';
import { isHttpsUrl, isWebUrl } from '../../platform/attributes.js';
import type { FundingMessages } from './opco-funding-explainer.messages.js';

import { renderHeadingElement } from '../../platform/heading.render.js';
// the answer shows an <opco-card>: this file defines it, so the element's own file works alone
import '../card/opco-card.js';

export interface CardContext {
  readonly t: FundingMessages;
  readonly lang: Lang;
  /** Heading level of the card's title. */
  readonly level: number;
  readonly audience: Audience;
  /** The audience was chosen by the editor: steps for it are marked. */
  readonly markAudience: boolean;
  /** Today (YYYY-MM-DD): rules that ended before it are marked "ended". */
  readonly today: string;
  /** The visitor's OPCO (attribute or found on the page). */
  readonly opco?: { readonly id: string; readonly name: string; readonly profile?: OpcoProfile };
  /** Theme for the nested <opco-card> (it does not see our host's own `theme`). */
  readonly theme: string;
  /** The simulator, placed in the apprenticeship card. */
  readonly simulator?: TemplateResult;
  /** The funding sources (fetched after the first tab: explainer-data.ts), or what to say until they are in. */
  readonly sources: { readonly list: Readonly<Record<string, SourceInfo>> } | { readonly status: TemplateResult };
}

/** Text of a bilingual value; in English, French official terms stay French for screen readers' sake. */
const text = (value: Bilingual, lang: Lang) => keepAmounts(value[lang]);

/** "à confirmer" as words (not only a colour), with what exactly is unconfirmed. */
export function renderUnconfirmed(ctx: Pick<CardContext, 't' | 'lang'>, item: Sourced): TemplateResult | typeof nothing {
  if (item.confirmed) return nothing;
  return html` <span class="tbc" part="unconfirmed">${ctx.t.unconfirmed}</span>${
    item.unconfirmedNote ? html` <span class="tbc-note">${text(item.unconfirmedNote, ctx.lang)}</span>` : nothing
  }`;
}

export function validityText(ctx: Pick<CardContext, 't' | 'lang'>, v: Validity | undefined): string {
  if (!v?.from && !v?.to) return '';
  const { t, lang } = ctx;
  if (v.from && v.to) return t.between(formatDate(lang, v.from), formatDate(lang, v.to));
  return v.from ? t.since(formatDate(lang, v.from)) : t.until(formatDate(lang, v.to!));
}

function renderValidity(ctx: CardContext, v: Validity | undefined, written?: Bilingual) {
  const dates = written ? text(written, ctx.lang) : validityText(ctx, v);
  if (!dates) return nothing;
  const ended = hasEnded(v, ctx.today);
  return html`<span class="meta">${dates}${ended ? html` — <strong class="ended">${ctx.t.ended}</strong>` : nothing}</span>`;
}

export function renderLegal(ctx: Pick<CardContext, 't' | 'lang'>, ref: LegalReference): TemplateResult {
  const label = text(ref.label, ctx.lang);
  return html`<li>
    ${
      isHttpsUrl(ref.url)
        ? html`<a part="link" href=${ref.url} target="_blank" rel="noopener noreferrer"
          >${label}<span class="visually-hidden"> — ${ctx.t.legifrance} ${ctx.t.newWindow}</span></a
        >`
        : html`<span>${label}</span> <span class="meta">(${ctx.t.noUrl})</span>`
    }${renderUnconfirmed(ctx, ref)}
  </li>`;
}

function renderStatement(ctx: CardContext, s: Statement): TemplateResult {
  return html`<li>${text(s.text, ctx.lang)} ${renderValidity(ctx, s.validity)}${renderUnconfirmed(ctx, s)}</li>`;
}

function renderPayment(ctx: CardContext, row: PaymentRow): TemplateResult {
  const { t, lang } = ctx;
  return html`<li class="pay">
    <p class="pay__item"><strong>${text(row.item, lang)}</strong>${renderUnconfirmed(ctx, row)}</p>
    <p class="pay__flow">${t.flow(text(ACTORS[row.payer].name, lang), text(ACTORS[row.receiver].name, lang))}</p>
    <p class="pay__amount">${text(row.amount, lang)} ${renderValidity(ctx, row.validity, row.validityText)}</p>
    ${row.legal?.length ? html`<ul class="refs">${row.legal.map((r) => renderLegal(ctx, r))}</ul>` : nothing}
  </li>`;
}

/** A step as this audience reads it. */
export const stepText = (step: SchemeStep, audience: Audience): Bilingual => step.audienceText?.[audience] ?? step.text;

function renderStep(ctx: CardContext, step: SchemeStep, firstOpcoStep: boolean, mark: boolean): TemplateResult {
  const { t, lang } = ctx;
  const forYou = mark && step.audiences.includes(ctx.audience);
  return html`<li class="step" part="step" data-opco=${step.involvesOpco ? 'true' : nothing} data-for-you=${forYou ? 'true' : nothing}>
    <p>
      ${forYou ? html`<span class="for-you">${t.forYou}</span> ` : nothing}${text(stepText(step, ctx.audience), lang)}${renderUnconfirmed(ctx, step)}
    </p>
    ${step.deadline ? html`<p class="meta"><strong>${t.deadline}</strong> ${text(step.deadline, lang)}</p>` : nothing}
    ${step.involvesOpco ? renderOpcoAt(ctx, firstOpcoStep) : nothing}
  </li>`;
}

/** Where a step says "the OPCO": the visitor's OPCO card the first time, its name after that. */
function renderOpcoAt(ctx: CardContext, first: boolean) {
  const { t, opco } = ctx;
  if (!opco) return first ? html`<p class="meta opco-hint">${t.opcoHint}</p>` : nothing;
  if (!first) return html`<p class="meta opco-ref">${t.yourOpco(opco.name)}</p>`;
  return html`<opco-card
    class="opco-card"
    compact
    opco=${opco.id}
    theme=${ctx.theme}
    heading-level=${String(Math.min(6, ctx.level + 2))}
    link="off"
  ></opco-card>`;
}

function renderSources(ctx: CardContext, scheme: Scheme): TemplateResult {
  const { t, lang } = ctx;
  const newest = scheme.asOf ? t.newest(partialDate(lang, scheme.asOf)) : t.noNewest;
  // the legal texts and the sources are one fold-out, "Sources et base légale"
  // the date stays in sight on the fold-out's own line (one line, not two, above the fold)
  return html`<footer class="provenance" part="provenance">
    <details class="sources-legal" part="sources-legal">
      <summary>${t.sourcesAndLegal} <span class="meta as-of">· ${t.asOf(formatDate(lang, SOURCES_READ_ON))}</span></summary>
      <p class="meta">${newest}</p>
      ${scheme.hasUnconfirmed ? html`<p class="meta tbc-all">${t.hasUnconfirmed}</p>` : nothing}
      <div part="legal">
        <p class="sub">${t.legal(scheme.legalReferences.length)}</p>
        <ul class="refs">${scheme.legalReferences.map((r) => renderLegal(ctx, r))}</ul>
      </div>
      <div part="sources">
      <p class="sub">${t.sources(scheme.sources.length)}</p>
      ${'status' in ctx.sources ? ctx.sources.status : renderSourceList(ctx, scheme, ctx.sources.list)}
      </div>
    </details>
  </footer>`;
}

function renderSourceList(ctx: CardContext, scheme: Scheme, sources: Readonly<Record<string, SourceInfo>>): TemplateResult {
  const { t, lang } = ctx;
  return html`<ul class="sources">
        ${scheme.sources.map((key) => {
          const s = sources[key];
          if (!s) return nothing;
          return html`<li>
            ${
              isWebUrl(s.url)
                ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer"
                  >${s.label}<span class="visually-hidden"> ${t.newWindow}</span></a
                >`
                : s.label
            }
            <span class="meta">(${s.date ? partialDate(lang, s.date) : t.undated})</span>
          </li>`;
        })}
      </ul>`;
}

function disclosure(summary: string, body: TemplateResult, part: string): TemplateResult {
  return html`<details part=${part}><summary>${summary}</summary>${body}</details>`;
}

/** The words of the card a newcomer may not know, defined in one small disclosure under the lead. */
function renderGlossary(ctx: CardContext, texts: readonly string[]): TemplateResult | typeof nothing {
  const terms = termsIn(texts);
  if (terms.length === 0) return nothing;
  return html`<details class="glossary" part="glossary">
    <summary>${ctx.t.glossary(terms.map((g) => g.term).join(', '))}</summary>
    <dl>
      ${terms.map(
        (g) => html`<div class="glossary__entry">
          <dt><dfn lang="fr">${g.term}</dfn>${g.expansion ? html` <span class="meta" lang="fr">(${g.expansion})</span>` : nothing}</dt>
          <dd>${text(g.definition, ctx.lang)}</dd>
        </div>`,
      )}
    </dl>
  </details>`;
}

/** The scheme's name; in English, its French name in the brackets is marked French (read with a French voice). */
function schemeTitle(scheme: Scheme, lang: Lang): TemplateResult | string {
  const name = text(scheme.name, lang);
  const at = lang === 'en' ? name.toLowerCase().indexOf(scheme.frenchTerm.toLowerCase()) : -1;
  if (at < 0) return name;
  const end = at + scheme.frenchTerm.length;
  return html`${name.slice(0, at)}<span lang="fr">${name.slice(at, end)}</span>${name.slice(end)}`;
}

/**
 * The reader's summary, one plain line per payer ("what you pay; what the OPCO pays; what the State
 * pays"): the data writes it as one sentence in parts separated by semicolons.
 */
function renderLead(lead: string): TemplateResult {
  const parts = lead.split(/\s*;\s*/).filter((p) => p !== '');
  if (parts.length < 2) return html`<p class="lead">${lead}</p>`;
  const line = (p: string, i: number) => (i === 0 ? p : p.charAt(0).toLocaleUpperCase('fr') + p.slice(1));
  return html`<ul class="lead lead--lines" part="lead">
    ${parts.map((p, i) => html`<li>${line(p.replace(/\.$/, ''), i)}.</li>`)}
  </ul>`;
}

export function renderSchemeCard(ctx: CardContext, scheme: Scheme): TemplateResult {
  const { t, lang, audience } = ctx;
  const steps = [...scheme.steps].sort((a, b) => a.order - b.order);
  const firstOpco = steps.find((s) => s.involvesOpco);
  const mine = steps.filter((s) => s.audiences.includes(audience));
  // "vous concerne" only where it tells steps apart: not when every step (or none) is the reader's
  const mark = ctx.markAudience && mine.length > 0 && mine.length < steps.length;
  const next = mine[0] ?? steps[0]!;
  const lead = text(scheme.audienceSummary[audience], lang);
  const words = [lead, text(scheme.summary.text, lang), ...steps.map((s) => text(stepText(s, audience), lang))];
  return html`<article class="scheme" part="scheme" data-scheme=${scheme.id} aria-labelledby="title-${scheme.id}">
    ${renderHeadingElement(ctx.level, schemeTitle(scheme, lang), { id: `title-${scheme.id}`, className: 'scheme__title' })}
    <p class="meta">
      ${
        lang === 'en' && !scheme.name.en.toLowerCase().includes(scheme.frenchTerm.toLowerCase())
          ? html`<span lang="fr">${scheme.frenchTerm}</span>`
          : nothing /* the French name is given once: in the title's brackets when it is there */
      }
      ${renderValidity(ctx, scheme.validity)}
      ${scheme.status === 'closed' ? html`<strong class="ended">${t.closed}</strong>` : nothing}
    </p>
    ${renderLead(lead)}
    <div class="next" part="next-step">
      ${renderHeadingElement(ctx.level + 1, t.nextStep, { className: 'next__title' })}
      <p>${text(stepText(next, audience), lang)}${renderUnconfirmed(ctx, next)}</p>
      ${next.deadline ? html`<p class="meta"><strong>${t.deadline}</strong> ${text(next.deadline, lang)}</p>` : nothing}
      ${scheme.id === 'apprentissage' && ctx.opco?.profile ? renderNextStep(ctx.opco.profile, ctx.audience, lang, { part: 'opco-step' }) : nothing}
    </div>
    ${ctx.simulator ?? nothing}
    <!-- the fold-outs: the words used first, then the rest of the scheme; side by side while closed -->
    <div class="more">
    ${renderGlossary(ctx, words)}
    <details part="all-steps" class="all-steps">
      <summary>${t.allSteps(steps.length)}</summary>
      <ol class="steps" part="steps">
        ${steps.map((s) => renderStep(ctx, s, s === firstOpco, mark))}
      </ol>
    </details>
    ${disclosure(t.payments(scheme.payments.length), html`<ul class="pays">${scheme.payments.map((p) => renderPayment(ctx, p))}</ul>`, 'payments')}
    <details part="eligibility-details">
      <summary>${t.eligibility(scheme.eligibility.length)}</summary>
      <div part="eligibility"><ul>${scheme.eligibility.map((s) => renderStatement(ctx, s))}</ul></div>
      <div part="notes">
        <p class="sub">${t.inShort}</p>
        <p>${text(scheme.summary.text, lang)}${renderUnconfirmed(ctx, scheme.summary)}</p>
        ${scheme.notes.length ? html`<ul>${scheme.notes.map((s) => renderStatement(ctx, s))}</ul>` : nothing}
      </div>
    </details>
    </div>
    ${renderSources(ctx, scheme)}
  </article>`;
}
