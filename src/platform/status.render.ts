import { html, nothing, type TemplateResult } from 'lit';
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
