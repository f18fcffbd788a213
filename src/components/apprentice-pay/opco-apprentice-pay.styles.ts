import { css } from 'lit';

export const styles = css`
  .pay {
    padding: calc(var(--_space) * 2);
  }
  .heading {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }
  h4 {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: 1.05em;
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
  .form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: calc(var(--_space) * 1.5);
    align-items: end;
    margin-bottom: calc(var(--_space) * 2);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .field--check {
    flex-direction: row;
    align-items: center;
  }
  .hint {
    font-size: 0.875em;
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
    font-size: 1.2em;
    color: var(--_text);
  }
  .table-wrap {
    overflow-x: auto;
    margin-block: calc(var(--_space) * 2);
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
    font-size: 12px;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .sources {
    margin-top: var(--_space);
  }
  .source {
    font-size: 0.875em;
  }
`;
