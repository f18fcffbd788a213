/* eslint-disable lit-a11y/no-redundant-role -- role="list" on purpose: Safari drops a list's semantics when its markers are hidden */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Opco, OpcoData, OpcoId } from '../../data/index.js';
import { renderHeadingElement } from '../../platform/heading.render.js';
import { renderStatus } from '../../platform/status.render.js';
import { SORT_KEYS, countText, type BranchGroup, type BranchView, type GroupId, type SortKey } from './branch-groups.js';
import { renderRow, type RowContext } from './branch-row.render.js';
import type { BranchListMessages } from './opco-branch-list.messages.js';

/**
 * The templates of `<opco-branch-list>` other than the rows. The element keeps the state and
 * passes it with its handlers, so these stay plain functions of their arguments.
 */

export function renderPicker(t: BranchListMessages, opcos: readonly Opco[], countOf: (id: OpcoId) => number, onChange: (event: Event) => void): TemplateResult {
  return html`<div class="controls">
    <div class="field field--grow">
      <label for="picker">${t.pickerLabel}</label>
      <select id="picker" part="picker" @change=${onChange}>
        <option value="">${t.pickerPlaceholder}</option>
        ${opcos.map((o) => html`<option value=${o.id}>${t.pickerOption(o.shortName, countOf(o.id))}</option>`)}
      </select>
    </div>
  </div>`;
}

export interface ControlsOptions {
  readonly filter: string;
  readonly sort: SortKey;
  readonly compact: boolean;
  readonly fullTitles: boolean;
  readonly onInput: (event: Event) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onSort: (event: Event) => void;
  readonly onFullTitles: () => void;
}

export function renderControls(t: BranchListMessages, o: ControlsOptions): TemplateResult {
  return html`<div class="controls">
    <div class="field field--grow">
      <label for="filter">${t.filterLabel}</label>
      <input id="filter" part="filter" type="search" autocomplete="off" spellcheck="false"
        aria-describedby="filter-hint count" aria-controls="groups"
        .value=${live(o.filter)} @input=${o.onInput} @keydown=${o.onKeyDown} />
      <p id="filter-hint" class="hint">${t.filterHint}</p>
    </div>
    ${
      o.compact
        ? nothing
        : html`<div class="field">
            <label for="sort">${t.sortLabel}</label>
            <select id="sort" part="sort" @change=${o.onSort}>
              ${SORT_KEYS.map((k) => html`<option value=${k} ?selected=${k === o.sort}>${t.sortOption(k)}</option>`)}
            </select>
          </div>
          <button type="button" class="more" part="titles-toggle" @click=${o.onFullTitles}>${t.fullTitles(o.fullTitles)}</button>`
    }
  </div>`;
}

/**
 * The visible count, then the polite live region. The region is separate and filled after a
 * pause in typing (by the element), so a screen reader hears one count, not one per key.
 */
export function renderCount(t: BranchListMessages, view: BranchView, filtering: boolean, compact: boolean, announcement: string) {
  // the visible line says what a reader wants (how many conventions); the IDCC total and the note are detail
  return html`<div id="count" part="count" class="count">
      ${
        filtering
          ? html`<p>${countText(t, view, filtering)}</p>`
          : compact
            ? html`<p>${t.headlineShort(view.headline)}</p>`
            : html`<details class="count__about">
              <summary>${t.headlineShort(view.headline)} <span class="visually-hidden">— ${t.aboutCounts}</span></summary>
              <p>${countText(t, view, filtering)}. <span class="note">${t.countNote}</span></p>
            </details>`
      }
    </div>
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${announcement}</div>`;
}

export function renderNoMatch(t: BranchListMessages, query: string, onClear: () => void) {
  return renderStatus('empty', t.noMatch(query), {
    hint: html`${t.noMatchHint} <button type="button" class="more" @click=${onClear}>${t.clearFilter}</button>`,
  });
}

export interface GroupOptions {
  readonly level: number;
  readonly open: boolean;
  /** Rows shown before "show more". */
  readonly limit: number;
  readonly pageSize: number;
  readonly filtering: boolean;
  readonly onToggle: (id: GroupId, open: boolean) => void;
  readonly onMore: (id: GroupId, from: number) => void;
  /** The section shows its first rows only (the compact first view): its button shows them all. */
  readonly first: boolean;
  readonly onAll: (id: GroupId, from: number, all: number) => void;
}

/** One section: a heading holding a disclosure button, the rows, and "show more". */
export function renderGroup(g: BranchGroup, t: BranchListMessages, row: RowContext, o: GroupOptions): TemplateResult {
  const rows = g.entries.slice(0, o.limit);
  const remaining = g.entries.length - rows.length;
  return html`<div class="group" part="group">
    ${renderHeadingElement(
      o.level,
      html`<button type="button" class="toggle" id="toggle-${g.id}"
      aria-expanded=${o.open ? 'true' : 'false'} aria-controls="group-${g.id}" @click=${() => o.onToggle(g.id, !o.open)}
    ><span class="toggle__chevron" aria-hidden="true">▸</span><span>${t.group(g.id)}</span>
      <span class="toggle__count">(${t.groupCount(g.entries.length, g.total, o.filtering)})</span></button>`,
      { className: 'group__heading' },
    )}
    <div id="group-${g.id}" ?hidden=${!o.open}>
      <ul role="list">
        ${repeat(
          rows,
          (e) => e.convention.idcc,
          (e) => renderRow(e, row),
        )}
      </ul>
      ${
        remaining > 0 && o.first
          ? html`<button type="button" class="more" part="more" @click=${() => o.onAll(g.id, rows.length, g.entries.length)}>
            ${t.showAll(g.entries.length)}
          </button>`
          : remaining > 0
            ? html`<button type="button" class="more" part="more" @click=${() => o.onMore(g.id, rows.length)}>
              ${t.showMore(Math.min(o.pageSize, remaining), remaining)}
            </button>`
            : nothing
      }
    </div>
  </div>`;
}

/** Provenance of the whole list: the sources its rows come from and the month of the data. */
export function renderSource(t: BranchListMessages, data: OpcoData, opcoId: OpcoId, month: string): TemplateResult {
  const used = new Set(data.conventionsOf(opcoId).flatMap((c) => c.sources));
  const labels = data.dataset.sources.filter((s) => used.has(s.id)).map((s) => s.label);
  return html`<p class="provenance" part="source">
    ${t.source(labels.join(' ; '), month)}
    <span>${t.check}</span>
  </p>`;
}
