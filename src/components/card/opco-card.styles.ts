import { css } from 'lit';

export const styles = css`
  .card {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .heading {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  .official {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
  }
  dl {
    margin: calc(var(--_space) * 1.5) 0 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  dt {
    font-weight: 600;
    font-size: 0.875em;
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
    font-size: 0.85em;
    color: var(--_muted);
  }
  :host([compact]) .card {
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  :host([compact]) dl {
    display: none;
  }
`;
