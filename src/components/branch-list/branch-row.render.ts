/* eslint-disable lit-a11y/no-redundant-role -- role="list" on purpose: Safari drops a list's semantics when its markers are hidden */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Convention, OpcoId } from '../../data/index.js';
import { externalLink } from '../../platform/external-link.render.js';
import { FRANCE_COMPETENCES_URL } from '../../platform/links.js';
import { displayName, type BranchEntry } from './branch-groups.js';
import type { BranchListMessages } from './opco-branch-list.messages.js';

/** What rendering a row needs from the element (kept out of the element to keep it small). */
export interface RowContext {
  readonly t: BranchListMessages;
  /** The short name of an OPCO, for the "shared with" mark. */
  readonly nameOf: (id: OpcoId) => string;
  /** The OPCO whose list this is. */
  readonly own: OpcoId;
  /** The IDCC the user (or a finder on the page) chose, marked with aria-current. */
  readonly current: string | undefined;
  /** Show the official title under rows that show a short label (the "official titles" toggle). */
  readonly fullTitles: boolean;
  /** A filter is active: nested replaced IDCCs that match are shown unfolded. */
  readonly filtering: boolean;
  /** Month of the legal states (KALI/Légifrance), formatted, e.g. "février 2024". */
  readonly legalAsOf: string;
  /** The IDCC whose details are shown under its row (the row chosen last, until chosen again). */
  readonly opened: string | undefined;
}

const list = (items: readonly string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

/**
 * Why a row deserves a second look, as text (colour alone says nothing to a screen reader or
 * to someone printing the page). The reasons mirror how SOURCES.md computes `confidence`.
 */
export function marksOf(c: Convention, ctx: RowContext): string[] {
  const { t } = ctx;
  const marks: string[] = [];
  const others = c.candidates.filter((id) => id !== ctx.own);
  if (others.length > 0 && c.share !== null) {
    marks.push(t.shared(ctx.nameOf(ctx.own), c.share, list(others.map(ctx.nameOf), t.and)));
  } else if (c.confidence === 'low') {
    if (c.establishments === null) marks.push(t.only2019);
    else if (c.establishments < 5) marks.push(t.few(c.establishments));
    else marks.push(t.lowOther);
  }
  if (c.legalStatus) {
    const legal = t.legal(c.legalStatus, ctx.legalAsOf);
    if (legal) marks.push(legal);
  }
  return marks;
}

/** A row's id in the page: replaced IDCCs appear both as rows and nested under their successor. */
const detailId = (c: Convention, nested: boolean) => `detail-${c.idcc}${nested ? '-replaced' : ''}`;

function renderChoose(c: Convention, ctx: RowContext, nested = false): TemplateResult {
  const name = displayName(c);
  const open = ctx.opened === c.idcc;
  // a disclosure button: choosing the row shows its convention's details just under it
  return html`<button
    type="button"
    class="choose"
    part="row-button"
    data-idcc=${c.idcc}
    aria-current=${ctx.current === c.idcc ? 'true' : nothing}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${open ? detailId(c, nested) : nothing}
  >
    ${name ? html`<span class="choose__name" lang="fr">${name}</span>` : html`<span class="choose__name choose__untitled">${ctx.t.untitled(c.idcc)}</span>`}
    ${name ? html`<span class="choose__idcc">${ctx.t.idcc(c.idcc)}</span>` : nothing}
    ${ctx.current === c.idcc ? html`<span class="choose__chosen"><span aria-hidden="true">✓ </span>${ctx.t.chosen}</span>` : nothing}
  </button>`;
}

function renderDetails(c: Convention, ctx: RowContext): TemplateResult | typeof nothing {
  const marks = marksOf(c, ctx).map((text) => html`<p class="mark" part="mark"><span class="mark__icon" aria-hidden="true">!</span>${text}</p>`);
  // the official title on demand, when the row shows a shorter label
  const full =
    ctx.fullTitles && c.title && c.shortTitle && c.shortTitle !== c.title ? html`<p class="official" part="full-title" lang="fr">${c.title}</p>` : nothing;
  return html`${full}${marks}`;
}

/**
 * The chosen convention's details: its IDCC, its full official title, its OPCO (and the others that
 * share it), and where to check it. The data has no link to the convention's own text: the check
 * is France compétences' site, the authority on OPCO assignments.
 */
function renderConventionDetail(c: Convention, ctx: RowContext, nested: boolean): TemplateResult | typeof nothing {
  if (ctx.opened !== c.idcc) return nothing;
  const { t } = ctx;
  const others = c.candidates.filter((id) => id !== (c.opco ?? ctx.own));
  return html`<div class="detail" id=${detailId(c, nested)} part="row-detail">
    <dl>
      <div><dt>${t.detailIdcc}</dt><dd>${c.idcc}</dd></div>
      <div><dt>${t.detailTitle}</dt><dd lang=${c.title ? 'fr' : nothing}>${c.title ?? t.untitled(c.idcc)}</dd></div>
      <div>
        <dt>${t.detailOpco}</dt>
        <dd>${ctx.nameOf(c.opco ?? ctx.own)}${others.length ? ` ${t.detailAlso(list(others.map(ctx.nameOf), t.and))}` : ''}</dd>
      </div>
    </dl>
    <p>${externalLink(FRANCE_COMPETENCES_URL, t.detailCheck, t.newWindow)}</p>
  </div>`;
}

function renderReplaced(entry: BranchEntry, ctx: RowContext): TemplateResult | typeof nothing {
  if (entry.replaced.length === 0) return nothing;
  return html`<details class="replaced" ?open=${ctx.filtering}>
    <summary>${ctx.t.replaces(entry.replaced.length)}</summary>
    <ul role="list">
      ${repeat(
        entry.replaced,
        (c) => c.idcc,
        (c) => html`<li class="row" part="row">
          ${renderChoose(c, ctx, true)} ${renderConventionDetail(c, ctx, true)}
          <p class="mark">${ctx.t.replacedBy(list(c.replacedBy, ctx.t.and))}</p>
          ${renderDetails(c, ctx)}
        </li>`,
      )}
    </ul>
  </details>`;
}

export function renderRow(entry: BranchEntry, ctx: RowContext): TemplateResult {
  const c = entry.convention;
  return html`<li class="row" part="row">
    ${renderChoose(c, ctx)} ${renderConventionDetail(c, ctx, false)} ${renderDetails(c, ctx)}
    ${c.replacedBy.length > 0 ? html`<p class="mark">${ctx.t.replacedBy(list(c.replacedBy, ctx.t.and))}</p>` : nothing}
    ${renderReplaced(entry, ctx)}
  </li>`;
}
