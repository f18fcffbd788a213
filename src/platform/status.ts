import { css, html, nothing, type TemplateResult } from 'lit';
import type { AttributeProblem } from './attributes.js';

/**
 * One way for every widget to show "loading", "nothing found", "invalid input" or "service
 * unavailable". Errors are `role="alert"` (announced at once); the rest `role="status"`.
 */
export type StatusKind = 'loading' | 'info' | 'empty' | 'warning' | 'error';

export interface StatusOptions {
  /** A second line: what the user can do now. */
  readonly hint?: string | TemplateResult;
}

const icons: Record<StatusKind, string> = {
  loading: '',
  info: 'ℹ',
  empty: 'ℹ',
  warning: '!',
  error: '!',
};

export function renderStatus(kind: StatusKind, message: string | TemplateResult, options: StatusOptions = {}) {
  return html`<div
    part="status"
    class="status status--${kind}"
    role=${kind === 'error' ? 'alert' : 'status'}
    aria-busy=${kind === 'loading' ? 'true' : nothing}
  >
    ${
      kind === 'loading'
        ? html`<span class="status__spinner" aria-hidden="true"></span>`
        : html`<span class="status__icon" aria-hidden="true">${icons[kind]}</span>`
    }
    <div class="status__text">
      <p class="status__message">${message}</p>
      ${options.hint ? html`<p class="status__hint">${options.hint}</p>` : nothing}
    </div>
  </div>`;
}

/** The attribute problems of an element, one status each (`error` by default: the widget is not as the page asked). */
export function renderProblems(problems: readonly AttributeProblem[], kind: StatusKind = 'error') {
  return problems.map((p) => renderStatus(kind, p.message, { hint: p.hint }));
}

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
