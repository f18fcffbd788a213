import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .explainer {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .heading {
    margin: 0 0 var(--_space);
    font-size: var(--_fs-xl);
    line-height: 1.25;
  }
  p {
    margin: 0 0 var(--_space);
  }
  ul,
  ol {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: calc(var(--_space) / 2);
  }
  .meta,
  .hint {
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  .lead {
    font-weight: 600;
  }
  .lead--lines {
    margin: 0;
    padding-inline-start: 1.25em;
    font-weight: 400;
    display: grid;
    gap: var(--_space-xs);
  }

  /* tabs */
  /* the tabs wrap onto as many rows as they need: every scheme stays in sight (a row that scrolls
     sideways hid three of five at 320 px, with no cue) */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block: var(--_space) calc(var(--_space) * 1.5);
    padding: 4px 4px calc(var(--_space) / 2);
  }
  .tab {
    flex: 0 1 auto;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    white-space: nowrap;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .tab:not([aria-selected='true']):hover {
    background: var(--_raised);
  }

  /* cards */
  /* the card is the panel itself: no box inside the widget's box */
  .scheme {
    padding: 0;
  }
  .scheme + .scheme {
    margin-top: calc(var(--_space) * 2);
  }
  .scheme__title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: var(--_fs-lg);
    line-height: 1.25;
  }
  .section-title {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: var(--_fs-md);
  }
  /* the fold-outs, close together: a line each above the fold */
  details {
    margin-block: var(--_space-xs);
    border-top: 1px solid var(--_divider);
    padding-top: var(--_space-xs);
  }
  /* the card's fold-outs share rows while closed (a reader scans their titles); an open one takes a row */
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    column-gap: var(--_space-l);
  }
  .more > details {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .more > details[open] {
    flex-basis: 100%;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2rem;
  }
  details[open] > summary {
    margin-bottom: var(--_space);
  }
  .tbc {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--_warning);
    border-radius: 0.25em;
    color: var(--_warning);
    font-size: var(--_fs-sm);
    font-weight: 700;
  }
  .tbc-note {
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  .ended {
    color: var(--_danger);
    font-weight: 700;
  }
  .for-you {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 0.25em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: var(--_fs-sm);
    font-weight: 700;
  }
  .pays {
    list-style: none;
    padding: 0;
  }
  .pay {
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_divider);
  }
  .pay p {
    margin: 0;
  }
  .pay__flow {
    font-size: var(--_fs-sm);
  }
  .refs {
    font-size: var(--_fs-sm);
  }
  .steps > li {
    padding-inline-start: calc(var(--_space) / 2);
  }
  .opco-card {
    display: block;
    margin-block: var(--_space);
  }
  .provenance {
    margin-top: calc(var(--_space) * 1.5);
  }

  /* simulator */
  /* the simulator is a section of the card, set apart by a rule, not a box: its result is the one box */
  .sim {
    margin-block: calc(var(--_space) * 1.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_divider);
  }
  .sim .section-title {
    margin-top: 0;
  }
  .sim__fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: start;
    margin-bottom: calc(var(--_space) * 1.5);
  }
  /* each field takes three rows of the form's grid (label, control, hint), so the controls line up
     even when one label wraps to two lines */
  .field {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
    row-gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  .field > label {
    align-self: end;
  }
  .field--check {
    display: flex;
    flex-direction: row;
    gap: calc(var(--_space) / 2);
    align-items: center;
    align-self: center;
  }
  .field--check input {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
  }
  label {
    font-weight: 600;
  }
  input:not([type='checkbox']),
  select {
    min-height: 2.75rem;
    width: 100%;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .hint {
    margin: 0;
  }
  .from-selection {
    display: block;
    color: var(--_text);
  }
  .result {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_border);
    background: var(--_raised);
    border-radius: calc(var(--_radius) / 2);
  }
  .result--eligible {
    border-color: var(--_success);
  }
  .result--unknown-rule,
  .result--not-eligible {
    border-color: var(--_warning);
  }
  .result--invalid {
    border-color: var(--_danger);
  }
  .result__headline {
    font-size: var(--_fs-lg);
    font-weight: 700;
  }
  /* a prompt to fill the form is no result: never larger than the simulator's own heading */
  .result--incomplete .result__headline {
    font-size: var(--_fs-md);
    font-weight: 600;
  }
  .result p:last-child {
    margin-bottom: 0;
  }
  .quiet {
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  .rule {
    margin: calc(var(--_space) / 2) 0 0;
  }
  /* the figures: the aid, what the employer pays the CFA, the net; labels beside values when wide */
  .figures {
    max-width: 38rem;
    margin: 0 0 var(--_space);
  }
  .figure {
    display: flex;
    flex-wrap: nowrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 2);
    padding-block: calc(var(--_space) / 2);
  }
  .figure dt {
    flex: 1 1 auto;
    min-width: 0;
  }
  .figure dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    white-space: nowrap;
  }
  .figure--net {
    border-top: 1px solid var(--_border);
  }
  .figure--net dt {
    font-weight: 600;
  }
  .figure--net dd {
    font-size: var(--_fs-lg);
  }
  .figure__note {
    color: var(--_muted);
    font-size: var(--_fs-sm);
    font-weight: 400;
  }
  .for-audience {
    font-weight: 600;
  }
  .next {
    margin-block: calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_raised);
    border-radius: calc(var(--_radius) / 2);
  }
  .next__title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: var(--_fs-md);
  }
  .next p:last-child {
    margin-bottom: 0;
  }
  /* the OPCO's own next step sits in the next-step box as its last lines, not as a box in the box */
  .next .next-step {
    margin-top: var(--_space-s);
    padding: 0;
    border: 0;
    background: none;
  }
  .glossary {
    font-size: var(--_fs-sm);
  }
  .glossary > summary {
    font-weight: 400;
    color: var(--_muted);
  }
  .glossary dl {
    margin: 0;
  }
  .glossary__entry + .glossary__entry {
    margin-top: calc(var(--_space) / 2);
  }
  .glossary dd {
    margin: 0 0 0 var(--_space);
  }
  dfn {
    font-style: normal;
    font-weight: 700;
  }

  /* money flow */
  .flow {
    margin-top: calc(var(--_space) * 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_divider);
  }
  /* the title and "Voir le schéma" share a line while it is closed: one line above the fold */
  .flow {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-l);
  }
  .flow .section-title {
    margin: 0;
  }
  .flow__details {
    flex: 1 1 12rem;
    margin: 0;
    border-top: 0;
    padding-top: 0;
  }
  .flow__details[open] {
    flex-basis: 100%;
  }
  .badge circle {
    fill: var(--_opaque);
    stroke-width: 1.5;
  }
  .badge text {
    fill: var(--_text);
    font-size: var(--_fs-drawing-sm);
    font-weight: 700;
    font-family: var(--_font);
  }
  .badge--contribution circle {
    stroke: var(--_text);
  }
  .badge--transfer circle {
    stroke: var(--_muted);
  }
  .badge--funding circle {
    stroke: var(--_accent);
  }
  .badge--aid circle {
    stroke: var(--_success);
  }
  .flow__list {
    list-style: none;
    padding: 0;
  }
  .flow__item {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding-block: calc(var(--_space) / 2);
    border-bottom: 1px solid var(--_divider);
  }
  .flow__item + .flow__item {
    margin-top: 0;
  }
  .flow__n {
    flex: none;
    min-width: 1.6em;
    line-height: 1.6em;
    border: 1.5px solid var(--_border);
    border-radius: 999px;
    text-align: center;
    font-size: var(--_fs-sm);
    font-weight: 700;
  }
  .flow__body {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .flow__what {
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  .flow__what .flow__swatch {
    vertical-align: middle;
  }
  .flow__text > li {
    font-size: var(--_fs-sm);
  }
  .flow__svg {
    display: block;
    width: 100%;
    max-width: 48rem;
    height: auto;
  }
  .node rect {
    fill: var(--_raised);
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .node text {
    fill: var(--_text);
    font-size: var(--_fs-drawing);
    font-family: var(--_font);
  }
  .edge__line {
    fill: none;
    stroke-width: 2;
  }
  .edge--contribution {
    stroke: var(--_text);
    fill: var(--_text);
  }
  .edge--transfer {
    stroke: var(--_muted);
    fill: var(--_muted);
  }
  .edge--transfer .edge__line {
    stroke-dasharray: 8 4;
  }
  .edge--funding {
    stroke: var(--_accent);
    fill: var(--_accent);
  }
  .edge--aid {
    stroke: var(--_success);
    fill: var(--_success);
  }
  .edge--aid .edge__line {
    stroke-dasharray: 2 4;
    stroke-linecap: round;
  }
  .edge--tbc .edge__line {
    stroke-dasharray: 1 5;
  }
  .edge__head {
    stroke: none;
  }
  .flow__legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: center;
    font-size: var(--_fs-sm);
  }
  .flow__key {
    display: inline-flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .flow__swatch {
    width: 2rem;
    height: 0.5rem;
  }

  @container (max-width: 30rem) {
    .explainer {
      padding: var(--_space);
    }
    .figure {
      flex-direction: column;
    }
    .next {
      padding: var(--_space);
    }
  }
  @media (forced-colors: active) {
    .node rect {
      stroke: CanvasText;
    }
    .node text,
    .edge {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .tab[aria-selected='true'] {
      border: 3px solid Highlight;
    }
    .badge circle {
      stroke: CanvasText;
      fill: Canvas;
    }
    .badge text {
      fill: CanvasText;
    }
  }
  .sources-legal .sub {
    margin: var(--_space-s) 0 var(--_space-xs);
    font-weight: 600;
  }
`;
