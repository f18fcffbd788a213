// A small bar chart (SVG) of one amount per contract year, with its text version. Lit templates only.
import { html, svg, type TemplateResult } from 'lit';

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
  readonly months: number;
}

const W = 360;
const H = 170;
const TOP = 22;
const BOTTOM = 28;

/**
 * The SVG is one image (`role="img"`, named by `title`); the same figures follow as a list in a
 * `<details>`, so a screen-reader user or a text-only reader gets them without the drawing.
 */
export function renderChart(id: string, title: string, textLabel: string, bars: readonly Bar[], item: (b: Bar) => string): TemplateResult {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = W / Math.max(1, bars.length);
  const width = Math.min(72, slot * 0.6);
  const plot = H - TOP - BOTTOM;
  return html`<figure class="chart" part="chart">
    <figcaption id="${id}-title" class="chart__title">${title}</figcaption>
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title" focusable="false" class="chart__svg">
      <line x1="0" x2=${W} y1=${H - BOTTOM} y2=${H - BOTTOM} class="chart__axis"></line>
      ${bars.map((b, i) => {
        const h = (b.value / max) * plot;
        const x = i * slot + (slot - width) / 2;
        const y = H - BOTTOM - h;
        return svg`<g aria-hidden="true">
          <rect x=${x} y=${y} width=${width} height=${Math.max(h, 1)} rx="3" class="chart__bar"></rect>
          <text x=${x + width / 2} y=${y - 6} text-anchor="middle" class="chart__value">${b.valueText}</text>
          <text x=${x + width / 2} y=${H - 9} text-anchor="middle" class="chart__label">${b.label}</text>
        </g>`;
      })}
    </svg>
    <details class="chart__text" part="chart-text">
      <summary>${textLabel}</summary>
      <ul>
        ${bars.map((b) => html`<li>${item(b)}</li>`)}
      </ul>
    </details>
  </figure>`;
}
