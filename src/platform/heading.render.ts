// A widget's title as a template: `<h2>`…`<h6>` (the levels and the page's choices are heading.ts's).
import { html, nothing, type TemplateResult } from 'lit';
import { MAX_HEADING_LEVEL, MIN_HEADING_LEVEL, type Heading } from './heading.js';

export interface HeadingRenderOptions {
  readonly id?: string;
  readonly part?: string;
  readonly className?: string;
}

/**
 * `<h2>`…`<h6>` around `content` (text, or a template: never markup from a string); levels past 6
 * stay at `h6` (deep nesting never breaks the page). Five plain templates rather than
 * lit/static-html's dynamic tag: 0.4 kB less in every file.
 */
export function renderHeadingElement(level: number, content: unknown, { id, part, className }: HeadingRenderOptions = {}): TemplateResult {
  const [i, p, c] = [id ?? nothing, part ?? nothing, className ?? nothing];
  switch (Math.min(MAX_HEADING_LEVEL, Math.max(MIN_HEADING_LEVEL, Math.trunc(level) || MIN_HEADING_LEVEL))) {
    case 2:
      return html`<h2 id=${i} part=${p} class=${c}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} part=${p} class=${c}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} part=${p} class=${c}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} part=${p} class=${c}>${content}</h5>`;
    default:
      return html`<h6 id=${i} part=${p} class=${c}>${content}</h6>`;
  }
}

/** The title element (`<h2>`…`<h6>`), or nothing when the page dropped it. Text only, never markup. */
export function renderHeading(heading: Heading, options: HeadingRenderOptions = {}): TemplateResult | typeof nothing {
  if (heading.text === null) return nothing;
  return renderHeadingElement(heading.level, heading.text, options);
}
