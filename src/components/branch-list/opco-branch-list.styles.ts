import { css } from 'lit';

export const styles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    /* fields line up by their labels, so a hint under the filter does not push the others down */
    align-items: flex-start;
    margin-block: var(--_space);
  }
  /* the titles toggle has no label: it starts where the inputs start (one label line + the gap) */
  .controls > .more {
    margin: calc(1.5em + var(--_space) / 2) 0 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  .field--grow {
    flex: 1 1 16rem;
  }
  label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  input,
  select {
    min-height: 2.75rem;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    max-width: 100%;
  }
  .count {
    margin: var(--_space) 0;
    font-weight: 600;
  }
  .count p {
    margin: 0;
  }
  .count__about > summary {
    cursor: pointer;
    padding-block: var(--_space-xs);
  }
  .count__about > p {
    font-weight: 400;
    font-size: var(--_fs-sm);
  }
  .note {
    display: block;
    font-weight: 400;
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .group {
    margin-top: var(--_space);
    border-top: 1px solid var(--_divider);
  }
  .group__heading {
    margin: 0;
    font-size: var(--_fs-md);
  }
  .toggle {
    display: flex;
    width: 100%;
    align-items: center;
    gap: var(--_space);
    min-height: 2.75rem;
    padding: var(--_space) 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .toggle__chevron {
    flex: none;
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] .toggle__chevron {
    transform: rotate(90deg);
  }
  .toggle__count {
    font-weight: 400;
    color: var(--_muted);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    padding: calc(var(--_space) / 4) 0;
    border-bottom: 1px solid var(--_divider);
  }
  .row:last-child {
    border-bottom: 0;
  }
  .choose {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space);
    width: 100%;
    min-height: 2.75rem;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .choose:hover {
    background: var(--_raised);
  }
  /* the chosen row: a bar, bold text and the word "Choisie", not a colour alone */
  .choose[aria-current='true'] {
    border-color: var(--_accent);
    border-inline-start-width: 4px;
    background: var(--_raised);
    font-weight: 600;
  }
  .choose__chosen {
    flex: none;
    order: -1;
    flex-basis: 100%;
    font-size: var(--_fs-sm);
    font-weight: 700;
    color: var(--_accent);
  }
  .choose__name {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .choose__idcc {
    flex: none;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .choose__untitled {
    font-style: italic;
  }
  .official {
    margin: 0 var(--_space);
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .mark {
    display: flex;
    gap: calc(var(--_space) / 2);
    margin: calc(var(--_space) / 4) var(--_space) 0;
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .mark__icon {
    flex: none;
    font-weight: 700;
    color: var(--_warning);
  }
  details {
    margin: calc(var(--_space) / 4) var(--_space) 0;
    font-size: var(--_fs-sm);
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .replaced {
    margin-inline-start: calc(var(--_space) * 2);
  }
  .replaced .row {
    border-bottom: 0;
  }
  .more {
    margin: var(--_space) 0;
    min-height: 2.75rem;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .more:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .provenance {
    margin: calc(var(--_space) * 1.5) 0 0;
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .provenance span {
    display: block;
  }
  :host([compact]) .row {
    padding: 0;
  }
  :host([compact]) .choose {
    min-height: 2.25rem;
    padding-block: calc(var(--_space) / 4);
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle__chevron {
      transition: none;
    }
  }
  /* the chosen convention's details, under its row */
  .detail {
    margin: var(--_space-xs) 0 var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_raised);
    container-type: inline-size;
  }
  .detail dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-s);
  }
  .detail dl > div {
    display: contents;
  }
  .detail dt {
    font-weight: 600;
  }
  .detail dd {
    margin: 0;
  }
  .detail p {
    margin: 0;
  }
  /* narrow (a phone, a sidebar): each value under its name, not squeezed into a column beside it */
  @container (max-width: 22rem) {
    .detail dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .detail dl > div + div > dt {
      margin-block-start: var(--_space-xs);
    }
  }
`;
