import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 var(--_space);
    font-size: var(--_fs-xl);
  }
  h4 {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: var(--_fs-md);
  }
  .intro,
  .note,
  .hint,
  .source,
  .when {
    color: var(--_muted);
  }
  .intro {
    margin: 0 0 calc(var(--_space) * 2);
  }
  /* labels on one line at the top of each field, hints below the field's label, all aligned */
  .form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    gap: calc(var(--_space) * 1.5);
    align-items: start;
    margin-bottom: calc(var(--_space) * 2);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  .field--age,
  .field--level,
  .refine {
    grid-column: 1 / -1;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
  }
  .pair {
    max-inline-size: 36rem;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }
  .pair label {
    font-weight: normal;
  }
  select {
    max-inline-size: 100%;
  }
  .refine__what {
    color: var(--_muted);
    font-weight: normal;
  }
  .refine__fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    gap: calc(var(--_space) * 1.5);
    align-items: start;
    margin-top: var(--_space);
  }
  .field--check {
    flex-direction: row;
    align-items: center;
  }
  .hint {
    font-size: var(--_fs-sm);
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-height: 2.5rem;
  }
  input[type='checkbox'] {
    min-height: 0;
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .result {
    border-top: 1px solid var(--_divider);
    padding-top: calc(var(--_space) * 1.5);
  }
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: calc(var(--_space) * 2);
  }
  .summary {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .summary > div {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_raised);
    border-radius: var(--_radius);
  }
  .summary dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    text-align: end;
    font-weight: 600;
  }
  .summary .big {
    font-size: var(--_fs-lg);
    color: var(--_text);
  }
  .table-wrap {
    margin-block: calc(var(--_space) * 2);
  }
  /* narrow: one block per contract year, each figure under its column's name (no sideways scroll) */
  @container (max-width: 30rem) {
    table,
    tbody,
    tr,
    th,
    td,
    caption {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      padding-block: calc(var(--_space) / 2);
      border-bottom: 1px solid var(--_divider);
    }
    th,
    td {
      border: 0;
      padding-block: 2px;
    }
    td {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
    }
    td::before {
      content: attr(data-label);
      color: var(--_muted);
      white-space: normal;
    }
  }
  .summary dt {
    min-width: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-bottom: var(--_space);
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_divider);
    font-variant-numeric: tabular-nums;
  }
  .rate {
    font-weight: normal;
    color: var(--_muted);
  }
  .chart {
    margin: 0 0 calc(var(--_space) * 2);
    max-width: 28rem;
  }
  .chart__title {
    font-weight: 600;
    margin-bottom: var(--_space);
  }
  .chart__svg {
    width: 100%;
    height: auto;
    display: block;
  }
  .chart__bar {
    fill: var(--_accent);
  }
  .chart__axis {
    stroke: var(--_border);
  }
  .chart__value,
  .chart__label {
    fill: var(--_text);
    font-size: var(--_fs-drawing);
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .sources {
    margin-top: var(--_space);
  }
  .source {
    font-size: var(--_fs-sm);
  }
`;
