// The money flow as an inline SVG (Lit `svg` templates: no HTML strings, no inline styles), laid out
// in rows by the data's rank, with a text alternative from moneyFlowText(). Narrow widths get two
// boxes per row so the labels stay readable at 320 px instead of shrinking with the viewBox.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import {
  MONEY_FLOW_EDGES,
  MONEY_FLOW_NODES,
  moneyFlowText,
  type ActorId,
  type MoneyFlowEdge,
  type MoneyFlowKind,
} from '../../data/funding/index.js';
import type { Lang } from '../../platform/i18n.js';
import type { FundingMessages } from './opco-funding-explainer.messages.js';
import { headingTag, renderUnconfirmed } from './scheme-card.render.js';

const KINDS: readonly MoneyFlowKind[] = ['contribution', 'transfer', 'funding', 'aid'];
const LINE_H = 16;
const ROW_GAP = 56;

/**
 * Geometry per layout, in viewBox units (text is 13 units). The narrow one is about as wide as a
 * phone column, so its text is drawn near 12 px instead of shrinking to 9 px.
 * `gutter` leaves room on both sides for the long edges, routed around the boxes they would cross.
 */
interface Geometry {
  readonly perRow: number;
  readonly box: number;
  readonly gap: number;
  readonly gutter: number;
  /** Characters per line of a box label. */
  readonly wrap: number;
}
const WIDE: Geometry = { perRow: 4, box: 150, gap: 16, gutter: 28, wrap: 19 };
const NARROW: Geometry = { perRow: 2, box: 124, gap: 8, gutter: 14, wrap: 15 };

interface Box {
  readonly id: ActorId;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
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

function layout(lang: Lang, g: Geometry) {
  const { perRow, box, gutter } = g;
  const width = gutter * 2 + perRow * (box + g.gap);
  const ranks = [...new Set(MONEY_FLOW_NODES.map((n) => n.rank))].sort((a, b) => a - b);
  const boxes = new Map<ActorId, Box>();
  let y = 8;
  let row = 0;
  for (const rank of ranks) {
    const nodes = MONEY_FLOW_NODES.filter((n) => n.rank === rank);
    for (let i = 0; i < nodes.length; i += perRow) {
      const chunk = nodes.slice(i, i + perRow).map((n) => ({ id: n.id, lines: wrap(n.label[lang], g.wrap) }));
      const h = 16 + LINE_H * Math.max(...chunk.map((c) => c.lines.length));
      const span = (width - gutter * 2) / chunk.length;
      chunk.forEach((c, k) => boxes.set(c.id, { ...c, x: gutter + span * (k + 0.5) - box / 2, y, h, row }));
      y += h + ROW_GAP;
      row++;
    }
  }
  return { width, height: y - ROW_GAP + 8, boxes };
}

/** Spreads the ends of the edges meeting on one side of a box so arrows do not overlap. */
function endOffsets(edges: readonly MoneyFlowEdge[], boxes: Map<ActorId, Box>, box: number) {
  const sides = new Map<string, { edge: string; otherX: number }[]>();
  const add = (node: ActorId, side: 'top' | 'bottom', edge: string, other: ActorId) => {
    const key = `${node}:${side}`;
    sides.set(key, [...(sides.get(key) ?? []), { edge: `${edge}:${node}`, otherX: boxes.get(other)!.x }]);
  };
  for (const e of edges) {
    const down = boxes.get(e.to)!.row > boxes.get(e.from)!.row;
    add(e.from, down ? 'bottom' : 'top', e.id, e.to);
    add(e.to, down ? 'top' : 'bottom', e.id, e.from);
  }
  const offsets = new Map<string, number>();
  for (const list of sides.values()) {
    list.sort((a, b) => a.otherX - b.otherX);
    list.forEach((item, i) => offsets.set(item.edge, (i - (list.length - 1) / 2) * Math.min(18, (box - 20) / list.length)));
  }
  return offsets;
}

function edgePath(e: MoneyFlowEdge, boxes: Map<ActorId, Box>, offsets: Map<string, number>, width: number, g: Geometry) {
  const half = g.box / 2;
  const a = boxes.get(e.from)!;
  const b = boxes.get(e.to)!;
  const down = b.row > a.row;
  const x1 = a.x + half + (offsets.get(`${e.id}:${e.from}`) ?? 0);
  const x2 = b.x + half + (offsets.get(`${e.id}:${e.to}`) ?? 0);
  const y1 = down ? a.y + a.h : a.y;
  const y2 = down ? b.y - 6 : b.y + b.h + 6; // stop short of the box: the arrowhead fills the gap
  const bend = (down ? 1 : -1) * Math.min(40, Math.abs(y2 - y1) / 2);
  // an edge across more than one row goes round the boxes, by the gutter on its side
  const far = Math.abs(b.row - a.row) > 1;
  const gx = (x1 + x2) / 2 < width / 2 ? g.gutter / 3 : width - g.gutter / 3;
  const c1x = far ? gx : x1;
  const c2x = far ? gx : x2;
  const c2y = y2 - bend;
  const d = `M${x1} ${y1} C${c1x} ${y1 + bend} ${c2x} ${c2y} ${x2} ${y2}`;
  // arrowhead along the curve's last tangent
  const angle = Math.atan2(y2 - c2y, x2 - c2x);
  const tip = (r: number, da: number) => `${x2 + Math.cos(angle + da) * r} ${y2 + Math.sin(angle + da) * r}`;
  const head = `M${tip(6, 0)} L${tip(8, 2.6)} L${tip(8, -2.6)} Z`;
  return { d, head };
}

function renderSvg(t: FundingMessages, lang: Lang, narrow: boolean): TemplateResult {
  const g = narrow ? NARROW : WIDE;
  const { width, height, boxes } = layout(lang, g);
  const offsets = endOffsets(MONEY_FLOW_EDGES, boxes, g.box);
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
    ${MONEY_FLOW_EDGES.map((e) => {
      const { d, head } = edgePath(e, boxes, offsets, width, g);
      const cls = `edge edge--${e.kind}${e.confirmed ? '' : ' edge--tbc'}`;
      return svg`<g class=${cls}><path class="edge__line" d=${d}></path><path class="edge__head" d=${head}></path></g>`;
    })}
    ${[...boxes.values()].map(
      (b) => svg`<g class="node">
        <rect x=${b.x} y=${b.y} width=${g.box} height=${b.h} rx="8"></rect>
        ${b.lines.map(
          (line, i) => svg`<text x=${b.x + g.box / 2} y=${b.y + (b.h - LINE_H * b.lines.length) / 2 + LINE_H * (i + 0.8)} text-anchor="middle">${line}</text>`,
        )}
      </g>`,
    )}`}
  </svg>`;
}

/** A line sample per kind of flow, drawn with the same classes as the diagram. */
function renderLegend(t: FundingMessages): TemplateResult {
  return html`<p class="flow__legend" aria-hidden="true">
    ${t.legend}
    ${KINDS.map(
      (k) => html`<span class="flow__key"
        ><svg viewBox="0 0 32 8" class="flow__swatch" focusable="false">${svg`<g class="edge edge--${k}"><path class="edge__line" d="M2 4 H30"></path></g>`}</svg>
        ${t.flowKind(k)}</span
      >`,
    )}
  </p>`;
}

export function renderMoneyFlow(t: FundingMessages, lang: Lang, level: number, narrow: boolean): TemplateResult {
  const tag = headingTag(level);
  const sentences = moneyFlowText(lang);
  return html`<section class="flow" part="money-flow" aria-labelledby="flow-heading">
    ${staticHtml`<${tag} id="flow-heading" class="section-title">${t.flowHeading}</${tag}>`}
    ${renderSvg(t, lang, narrow)} ${renderLegend(t)}
    <details part="money-flow-text">
      <summary>${t.flowText}</summary>
      <ol id="flow-text">
        ${sentences.map((s, i) => {
          const edge = MONEY_FLOW_EDGES[i];
          return html`<li>${s}${edge ? renderUnconfirmed({ t, lang }, edge) : nothing}</li>`;
        })}
      </ol>
    </details>
  </section>`;
}
