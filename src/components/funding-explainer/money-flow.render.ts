// The money flow: an inline SVG at usual widths, a numbered list of flows at narrow ones (Lit
// templates only: no HTML strings, no inline styles), and the text version in both cases.
//
// Wide layout: one row of boxes per rank of the data. A line between two neighbouring rows stays in
// the gap between them, so it cannot pass behind a box; a line that skips rows leaves its box into
// the gap, runs down a side gutter (left of every box, or right of every box) and comes back
// through the gap above its target. Every line carries its number, explained under the diagram.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { keepAmounts } from '../../platform/amounts.js';
import { ACTORS } from '../../data/funding/actors.js';
import type { MoneyFlowEdge, MoneyFlowKind, MoneyFlowNode } from '../../data/funding/money-flow.js';
import type { ActorId } from '../../data/funding/types.js';
import type { Lang } from '../../platform/i18n.js';
import type { FundingMessages } from './opco-funding-explainer.messages.js';
import { renderUnconfirmed } from './scheme-card.render.js';
import { renderHeadingElement } from '../../platform/heading.render.js';

const KINDS: readonly MoneyFlowKind[] = ['contribution', 'transfer', 'funding', 'aid'];
const LINE_H = 16;
const ROW_GAP = 64;
const BOX = 150;
const GAP = 16;
const GUTTER = 36;
const WRAP = 19;
/** Radius of a line's number badge. */
const BADGE = 9;

interface Box {
  readonly id: ActorId;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly row: number;
}

/** Splits a label into lines of at most `max` characters (words are never cut). */
function wrap(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function layout(flow: Flow, lang: Lang) {
  const ranks = [...new Set(flow.nodes.map((n) => n.rank))].sort((a, b) => a - b);
  const perRow = Math.max(...ranks.map((r) => flow.nodes.filter((n) => n.rank === r).length));
  const width = GUTTER * 2 + perRow * BOX + (perRow - 1) * GAP;
  const boxes = new Map<ActorId, Box>();
  const rows: { top: number; bottom: number }[] = [];
  let y = 8;
  ranks.forEach((rank, row) => {
    const nodes = flow.nodes.filter((n) => n.rank === rank).map((n) => ({ id: n.id, lines: wrap(n.label[lang], WRAP) }));
    const h = 16 + LINE_H * Math.max(...nodes.map((c) => c.lines.length));
    const span = (width - GUTTER * 2 + GAP) / nodes.length;
    nodes.forEach((c, k) => boxes.set(c.id, { ...c, x: GUTTER + span * (k + 0.5) - GAP / 2 - BOX / 2, y, w: BOX, h, row }));
    rows.push({ top: y, bottom: y + h });
    y += h + ROW_GAP;
  });
  return { width, height: y - ROW_GAP + 8, boxes, rows };
}

/**
 * The lines that skip rows, per side, nested so that they never cross each other: the outer one
 * (k = 0) goes to the target nearest its gutter, leaves its box nearest the gutter, runs shallowest in
 * the source's gap, furthest out in the gutter and deepest in the target's gap.
 */
function nesting(edges: readonly MoneyFlowEdge[], boxes: Map<ActorId, Box>) {
  const out = new Map<string, { side: 'left' | 'right'; k: number; n: number }>();
  for (const side of ['left', 'right'] as const) {
    const far = edges.filter((e) => {
      const a = boxes.get(e.from)!;
      const b = boxes.get(e.to)!;
      return Math.abs(b.row - a.row) > 1 && gutterSide(a, b) === side;
    });
    const dist = (e: MoneyFlowEdge) => (side === 'left' ? boxes.get(e.to)!.x : -boxes.get(e.to)!.x);
    far.sort((p, q) => dist(p) - dist(q)).forEach((e, k) => out.set(e.id, { side, k, n: far.length }));
  }
  return out;
}

/** Spreads the ends of the lines meeting on one side of a box so arrows do not overlap. */
function endOffsets(edges: readonly MoneyFlowEdge[], boxes: Map<ActorId, Box>, nest: ReturnType<typeof nesting>) {
  const sides = new Map<string, { key: string; toward: number }[]>();
  const add = (node: ActorId, side: 'top' | 'bottom', edge: string, toward: number) => {
    const k = `${node}:${side}`;
    sides.set(k, [...(sides.get(k) ?? []), { key: `${edge}:${node}`, toward }]);
  };
  const centre = (id: ActorId) => boxes.get(id)!.x + BOX / 2;
  for (const e of edges) {
    const a = boxes.get(e.from)!;
    const b = boxes.get(e.to)!;
    const down = b.row > a.row;
    const round = nest.get(e.id);
    const far = round !== undefined;
    // a line that goes round by a gutter leaves towards that gutter, the outer one nearest to it
    const side = round ? (round.side === 'left' ? -1e6 + round.k : 1e6 - round.k) : 0;
    add(e.from, down ? 'bottom' : 'top', e.id, far ? side : centre(e.to));
    add(e.to, down ? 'top' : 'bottom', e.id, far ? side : centre(e.from));
  }
  const offsets = new Map<string, number>();
  for (const list of sides.values()) {
    list.sort((p, q) => p.toward - q.toward);
    const step = Math.min(24, (BOX - 24) / list.length);
    list.forEach((item, i) => offsets.set(item.key, (i - (list.length - 1) / 2) * step));
  }
  return offsets;
}

/** A long line goes round on the side nearer to both its ends. */
const gutterSide = (a: Box, b: Box): 'left' | 'right' => (a.x + b.x < 2 * (GUTTER + 1.5 * (BOX + GAP)) ? 'left' : 'right');

interface Routed {
  readonly edge: MoneyFlowEdge;
  readonly n: number;
  readonly d: string;
  readonly head: string;
  readonly badge: { readonly x: number; readonly y: number };
}

function route(edges: readonly MoneyFlowEdge[], boxes: Map<ActorId, Box>, rows: readonly { top: number; bottom: number }[], width: number): Routed[] {
  const nest = nesting(edges, boxes);
  const offsets = endOffsets(edges, boxes, nest);
  return edges.map((edge, i) => {
    const a = boxes.get(edge.from)!;
    const b = boxes.get(edge.to)!;
    const down = b.row > a.row;
    const x1 = a.x + BOX / 2 + (offsets.get(`${edge.id}:${edge.from}`) ?? 0);
    const x2 = b.x + BOX / 2 + (offsets.get(`${edge.id}:${edge.to}`) ?? 0);
    const y1 = down ? a.y + a.h : a.y;
    const y2 = down ? b.y - 7 : b.y + b.h + 7; // stop short of the box: the arrowhead fills the gap
    let d: string;
    let badge: { x: number; y: number };
    let last: { x: number; y: number }; // the point the final segment comes from (for the arrowhead)
    const round = nest.get(edge.id);
    if (!round) {
      const bend = (down ? 1 : -1) * Math.min(28, Math.abs(y2 - y1) / 2);
      d = `M${x1} ${y1} C${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}`;
      last = { x: x2, y: y2 - bend };
      // the badge sits on the curve, nearer the target, where lines from one box have spread out
      const t = 0.62;
      const u = 1 - t;
      badge = {
        x: u ** 3 * x1 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x2,
        y: u ** 3 * y1 + 3 * u * u * t * (y1 + bend) + 3 * u * t * t * (y2 - bend) + t ** 3 * y2,
      };
    } else {
      const { side, k, n } = round;
      const inner = n - 1 - k;
      const gx = side === 'left' ? GUTTER - 12 - inner * 10 : width - GUTTER + 12 + inner * 10;
      // horizontal runs in the gap next to the source (below it going down, above it going up), then
      // in the gap next to the target; y is measured from the source's side of each gap
      const lane = (gapTop: number, gapBottom: number, depth: number, fromTop: boolean) => (fromTop ? gapTop + 14 + depth * 8 : gapBottom - 14 - depth * 8);
      const ya = down ? lane(rows[a.row]!.bottom, rows[a.row + 1]!.top, k, true) : lane(rows[a.row - 1]!.bottom, a.y, k, false);
      const yb = down ? lane(rows[b.row - 1]!.bottom, b.y, k, false) : lane(b.y + b.h, rows[b.row + 1]!.top, k, true);
      d = `M${x1} ${y1} L${x1} ${ya} L${gx} ${ya} L${gx} ${yb} L${x2} ${yb} L${x2} ${y2}`;
      last = { x: x2, y: yb };
      badge = { x: gx, y: ya + (yb - ya) * (n > 1 ? 0.35 + (0.3 * k) / (n - 1) : 0.5) };
    }
    const angle = Math.atan2(y2 - last.y, x2 - last.x);
    const tip = (r: number, da: number) => `${x2 + Math.cos(angle + da) * r} ${y2 + Math.sin(angle + da) * r}`;
    const head = `M${tip(7, 0)} L${tip(9, 2.6)} L${tip(9, -2.6)} Z`;
    return { edge, n: i + 1, d, head, badge };
  });
}

function renderSvg(t: FundingMessages, lang: Lang, flow: Flow): TemplateResult {
  const { width, height, boxes, rows } = layout(flow, lang);
  const routed = route(flow.edges, boxes, rows, width);
  return html`<svg
    class="flow__svg"
    part="money-flow-diagram"
    viewBox="0 0 ${width} ${height}"
    role="img"
    aria-labelledby="flow-title"
    aria-describedby="flow-text"
    focusable="false"
  >
    ${svg`<title id="flow-title">${t.flowTitle}</title>
    ${routed.map(
      ({ edge, d, head }) =>
        svg`<g class=${`edge edge--${edge.kind}${edge.confirmed ? '' : ' edge--tbc'}`} data-from=${edge.from} data-to=${edge.to}><path class="edge__line" d=${d}></path><path class="edge__head" d=${head}></path></g>`,
    )}
    ${[...boxes.values()].map(
      (b) => svg`<g class="node" data-id=${b.id}>
        <rect x=${b.x} y=${b.y} width=${b.w} height=${b.h} rx="8"></rect>
        ${b.lines.map(
          (line, i) => svg`<text x=${b.x + b.w / 2} y=${b.y + (b.h - LINE_H * b.lines.length) / 2 + LINE_H * (i + 0.8)} text-anchor="middle">${line}</text>`,
        )}
      </g>`,
    )}
    ${routed.map(
      ({ edge, n, badge }) => svg`<g class=${`badge badge--${edge.kind}`}>
        <circle cx=${badge.x} cy=${badge.y} r=${BADGE}></circle>
        <text x=${badge.x} y=${badge.y + 4} text-anchor="middle">${n}</text>
      </g>`,
    )}`}
  </svg>`;
}

/** The line style of a kind of flow, as a small sample (the same classes as the diagram). */
const swatch = (cls: string) =>
  html`<svg viewBox="0 0 32 8" class="flow__swatch" aria-hidden="true" focusable="false">${svg`<g class=${cls}><path class="edge__line" d="M2 4 H30"></path></g>`}</svg>`;

/** Every line style of the diagram, the "à confirmer" one included. */
function renderLegend(t: FundingMessages, flow: Flow): TemplateResult {
  const tbc = flow.edges.some((e) => !e.confirmed);
  return html`<p class="flow__legend">
    <span class="flow__legend-title">${t.legend}</span>
    ${KINDS.map((k) => html`<span class="flow__key">${swatch(`edge edge--${k}`)} ${t.flowKind(k)}</span>`)}
    ${tbc ? html`<span class="flow__key">${swatch('edge edge--transfer edge--tbc')} ${t.flowTbc}</span>` : nothing}
  </p>`;
}

const name = (id: ActorId, lang: Lang) => ACTORS[id].name[lang];

/** Narrow widths: each flow on its own line, numbered like the text version, instead of a shrunken web. */
function renderList(t: FundingMessages, lang: Lang, flow: Flow): TemplateResult {
  return html`<ol class="flow__list" part="money-flow-list">
    ${flow.edges.map(
      (e, i) => html`<li class="flow__item" data-from=${e.from} data-to=${e.to}>
        <span class="flow__n" aria-hidden="true">${i + 1}</span>
        <span class="flow__body">
          <span class="flow__ends"
            ><strong>${name(e.from, lang)}</strong> <span aria-hidden="true">→</span
            ><span class="visually-hidden">${t.flowTo}</span> <strong>${name(e.to, lang)}</strong></span
          >
          <span class="flow__what">${swatch(`edge edge--${e.kind}${e.confirmed ? '' : ' edge--tbc'}`)} ${keepAmounts(e.label[lang])}${renderUnconfirmed({ t, lang }, e)}</span>
        </span>
      </li>`,
    )}
  </ol>`;
}

/** Numbered text of every line: what flows, from whom to whom (the diagram's text alternative). */
function renderText(t: FundingMessages, lang: Lang, flow: Flow): TemplateResult {
  return html`<ol id="flow-text" class="flow__text">
    ${flow.edges.map(
      (e) => html`<li>
        <strong>${t.flowLine(name(e.from, lang), name(e.to, lang), e.label[lang])}</strong> ${keepAmounts(e.description[lang])}${renderUnconfirmed({ t, lang }, e)}
      </li>`,
    )}
  </ol>`;
}

/** The diagram's data (fetched after the first tab: explainer-data.ts). */
export interface Flow {
  readonly nodes: readonly MoneyFlowNode[];
  readonly edges: readonly MoneyFlowEdge[];
}

/**
 * The section and its closed fold render at once (`count`: the number of flows, built into the
 * script); inside the fold, the diagram once `flow` is in, else `status`. Opening the fold calls `onOpen`.
 */
export function renderMoneyFlow(
  t: FundingMessages,
  lang: Lang,
  level: number,
  narrow: boolean,
  flow: { readonly flow: Flow } | { readonly status: TemplateResult },
  count: number,
  onOpen: () => void,
): TemplateResult {
  return html`<section class="flow" part="money-flow" aria-labelledby="flow-heading">
    ${renderHeadingElement(level, t.flowHeading, { id: 'flow-heading', className: 'section-title' })}
    <details class="flow__details" part="money-flow-details" @toggle=${onOpen}>
      <summary>${narrow ? t.flowShowList(count) : t.flowShow(count)}</summary>
      <p class="flow__intro">${t.flowIntro}</p>
      ${'status' in flow ? flow.status : renderFlow(t, lang, narrow, flow.flow)}
    </details>
  </section>`;
}

function renderFlow(t: FundingMessages, lang: Lang, narrow: boolean, flow: Flow): TemplateResult {
  return html`${narrow ? renderList(t, lang, flow) : renderSvg(t, lang, flow)} ${renderLegend(t, flow)}
    <details part="money-flow-text" class="flow__text-details">
      <summary>${t.flowText}</summary>
      ${renderText(t, lang, flow)}
    </details>`;
}
