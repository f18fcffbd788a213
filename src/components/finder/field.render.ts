/* eslint-disable lit-a11y/accessible-name -- the combobox is named by its <label for="input">, which the rule does not follow */
// The search field and what it says: label, help text, the combobox input with its popup of
// suggestions, the polite live region, and the company look-up's notice under the field.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { OpcoId } from '../../data/index.js';
import type { Lang, Messages } from '../../platform/i18n.js';
import type { CompanySearchState } from '../../services/company-search/index.js';
import type { ComboboxController } from './combobox.controller.js';
import { renderCompanyNotice } from './company/company-notice.render.js';
import type { messages } from './opco-finder.messages.js';
import { MAX_QUERY } from './query-route.js';
import { renderListbox, type Suggestion } from './suggestions.render.js';

export interface FieldContext {
  readonly t: Messages<(typeof messages)['fr']>;
  readonly lang: Lang;
  /** The company look-up is on: the label and hint mention companies, and its notice is shown. */
  readonly lookup: boolean;
  /** The editor's label, else ours. */
  readonly label: string | undefined;
  readonly placeholder: string | undefined;
  /** The text in the field. */
  readonly value: string;
  /** What the polite live region says. */
  readonly spoken: string;
  readonly combobox: ComboboxController<Suggestion>;
  readonly companies: CompanySearchState;
  readonly opcoName: (id: OpcoId) => string;
  readonly onInput: (event: Event) => void;
  /** An answer is shown under the field. */
  readonly answered: boolean;
  /** The visible "Rechercher" button: the same as Enter in the field. */
  readonly onSearch: () => void;
  /** The optional town-or-postcode field (company look-up on only). */
  readonly place: {
    readonly value: string;
    /** What was typed when it is neither a postcode nor a town. */
    readonly invalid: string | undefined;
    readonly onInput: (event: Event) => void;
    readonly onKeydown: (event: KeyboardEvent) => void;
  };
}

/** A second, optional field: a town or a postcode narrows a search by company name. */
function renderPlace(ctx: FieldContext): TemplateResult {
  const { t, place } = ctx;
  return html`<div class="place">
    <label class="label" for="place" part="label">${t.placeLabel}</label>
    <p class="hint" part="hint" id="place-hint">${t.placeHint}</p>
    <input
      id="place"
      part="place"
      class="input"
      type="text"
      aria-describedby=${place.invalid ? 'place-hint place-invalid' : 'place-hint'}
      aria-invalid=${place.invalid ? 'true' : 'false'}
      autocomplete="off"
      spellcheck="false"
      enterkeyhint="search"
      maxlength="60"
      .value=${live(place.value)}
      @input=${place.onInput}
      @keydown=${place.onKeydown}
    />
    ${place.invalid ? html`<p class="hint" id="place-invalid">${t.placeInvalid(place.invalid)}</p>` : nothing}
  </div>`;
}

export function renderField(ctx: FieldContext): TemplateResult {
  const { t, lang, lookup, combobox } = ctx;
  const { items, open } = combobox;
  // the question the widget answers, then what to type: one label, so the field's name says both
  const label =
    ctx.label ??
    html`<span class="label__question">${t.question}</span>
      <span class="label__field">${lookup ? t.labelCompany : t.label}</span>`;
  return html`<label class="label" part="label" for="input">${label}</label>
    <!-- once an answer is shown the hint folds away (the field still has it as its description) -->
    <p class="hint" part="hint" id="hint" ?hidden=${ctx.answered}>${lookup ? t.hintCompany : t.hint}</p>
    <div class="field">
      <input
        id="input"
        part="input"
        class="input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="listbox"
        aria-activedescendant=${ifDefined(combobox.activeDescendant)}
        aria-describedby="hint"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        enterkeyhint="search"
        maxlength=${MAX_QUERY}
        placeholder=${ifDefined(ctx.placeholder || undefined)}
        .value=${live(ctx.value)}
        @input=${ctx.onInput}
        @keydown=${combobox.onKeydown}
        @blur=${combobox.onBlur}
      />
      <button type="button" class="button button--primary search" part="search" @click=${ctx.onSearch}>${t.search}</button>
      <div class="popup" ?hidden=${!open}>
        ${renderListbox({
          t,
          items,
          open,
          active: combobox.active,
          optionId: (i) => combobox.optionId(i),
          opcoName: ctx.opcoName,
          choose: (i) => combobox.choose(i),
          onPointerDown: combobox.onListboxPointerDown,
        })}
        ${open ? renderCompanyNotice(ctx.companies, t, lang, true) : nothing}
      </div>
    </div>
    ${lookup ? renderPlace(ctx) : nothing}
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${ctx.spoken}</div>
    <!-- no whitespace inside: an idle look-up leaves it :empty, and it takes no room -->
    <div class="company-status" part="company-status" role="status" aria-live="polite">${
      lookup ? renderCompanyNotice(ctx.companies, t, lang, false) : nothing
    }</div>`;
}
