import { css } from 'lit';

export const styles = css`
  .heading {
    margin: 0;
  }
  .official,
  .about {
    margin: 0;
    color: var(--_muted);
  }
  .card {
    display: grid;
    gap: var(--_space-s);
  }
  .card > * {
    margin-block: 0;
  }
  .heading + .official {
    margin-top: var(--_space-xs);
  }
  dl {
    margin: calc(var(--_space) * 1.5) 0 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  dt {
    font-weight: 600;
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  dd {
    margin: 0 0 var(--_space);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-top: var(--_space);
  }
  .hint {
    display: block;
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .identity {
    margin: var(--_space-m) 0 0;
    font-size: var(--_fs-sm);
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  :host([compact]) dl,
  :host([compact]) .identity {
    display: none;
  }
`;
