// What the company look-up is doing, in words: searching, or why it cannot answer right now.
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, Messages } from '../../../platform/i18n.js';
import type { CompanySearchError, CompanySearchState } from '../../../services/company-search/index.js';
import type { messages } from '../opco-finder.messages.js';

type T = Messages<(typeof messages)['fr']>;

interface Notice {
  readonly kind: 'loading' | 'warning';
  readonly message: string;
  readonly hint?: string;
}

function errorNotice(error: CompanySearchError, t: T, lang: Lang): Notice | null {
  switch (error.kind) {
    case 'invalid-input':
      // a mistyped SIRET (check digit): the data module says what is wrong with it
      return error.message ? { kind: 'warning', message: error.message[lang] } : null;
    case 'rate-limited':
      // a wait cut to what a visitor can bear says so: the service asked for longer
      return {
        kind: 'warning',
        message: error.capped ? t.rateLimitedCapped(error.retryAfter) : t.rateLimited(error.retryAfter),
        hint: t.rateLimitedHint,
      };
    case 'network':
    case 'timeout':
    case 'http':
    case 'bad-response':
      // one plain sentence for every failure (an oversized or non-JSON reply too): the visitor can
      // do nothing about which one it was
      return { kind: 'warning', message: t.serviceDown, hint: t.serviceDownHint };
    case 'aborted':
    case 'disabled':
      return null;
  }
}

function notice(state: CompanySearchState, t: T, lang: Lang): Notice | null {
  if (state.status === 'loading') return { kind: 'loading', message: t.companySearching };
  if (state.status === 'error') return errorNotice(state.error, t, lang);
  return null;
}

/**
 * The notice under the field (inside the finder's polite live region), or its one-line copy at
 * the foot of the open suggestion list, hidden from assistive technology since it repeats it.
 * Same look as `renderStatus`, without its role: the region around it is the live one.
 */
export function renderCompanyNotice(state: CompanySearchState, t: T, lang: Lang, inPopup: boolean): TemplateResult | typeof nothing {
  const n = notice(state, t, lang);
  if (!n) return nothing;
  const icon =
    n.kind === 'loading' ? html`<span class="status__spinner" aria-hidden="true"></span>` : html`<span class="status__icon" aria-hidden="true">!</span>`;
  if (inPopup) {
    return html`<p class="popup__note" aria-hidden="true">${icon}<span>${n.message}</span></p>`;
  }
  return html`<div class="status status--${n.kind}" data-notice=${state.status === 'error' ? state.error.kind : 'loading'}>
    ${icon}
    <div class="status__text">
      <p class="status__message">${n.message}</p>
      ${n.hint ? html`<p class="status__hint">${n.hint}</p>` : nothing}
    </div>
  </div>`;
}
