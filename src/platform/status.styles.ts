// The styles of renderStatus() (status.render.ts): every element that shows a status adds them.
import { css } from 'lit';

/** The styles of the status block (loading, info, empty, warning, error). */
export const statusStyles = css`
  .status {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_divider);
    background: var(--_raised);
    margin-block: var(--_space);
  }
  .status--error {
    border-color: var(--_danger);
  }
  .status--warning {
    border-color: var(--_warning);
  }
  .status__icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.4em;
    height: 1.4em;
    border-radius: 50%;
    font-weight: 700;
    font-size: var(--_fs-sm);
    color: var(--_opaque);
    background: var(--_muted);
  }
  .status--error .status__icon {
    background: var(--_danger);
  }
  .status--warning .status__icon {
    background: var(--_warning);
  }
  .status__message,
  .status__hint {
    margin: 0;
  }
  .status__hint {
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  .status__spinner {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    border-radius: 50%;
    border: 2px solid var(--_divider);
    border-top-color: var(--_accent);
    animation: opco-spin 0.8s linear infinite;
  }
  @keyframes opco-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .status__spinner {
      animation: none;
    }
  }
`;
