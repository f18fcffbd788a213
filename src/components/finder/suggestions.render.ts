/* eslint-disable lit-a11y/click-events-have-key-events -- ARIA combobox pattern: the keyboard stays on the input (aria-activedescendant); a click on an option is the mouse's way */
// The combobox popup: convention suggestions (offline, at once) and company suggestions (from the
// API, after the debounce), in two labelled option groups when both are there.
import { html, nothing, type TemplateResult } from 'lit';
import type { OpcoId, SearchHit } from '../../data/index.js';
import type { Messages } from '../../platform/i18n.js';
import type { Company } from '../../services/company-search/index.js';
import { formatCompanyId } from './company/company-groups.js';
import { nameOf } from './convention-name.js';
import type { messages } from './opco-finder.messages.js';

export type Suggestion = { readonly kind: 'convention'; readonly hit: SearchHit } | { readonly kind: 'company'; readonly company: Company };

export interface SuggestionsContext {
  readonly t: Messages<(typeof messages)['fr']>;
  readonly items: readonly Suggestion[];
  readonly open: boolean;
  readonly active: number;
  readonly optionId: (index: number) => string;
  readonly opcoName: (id: OpcoId) => string;
  readonly choose: (index: number) => void;
  readonly onPointerDown: (event: Event) => void;
}

// the hidden commas give screen readers pauses between the parts of an option's name; no white
// space around them (it would read "IDCC 0843 , OPCO EP"), the flex gap spaces the parts
const comma = html`<span class="visually-hidden">, </span>`;

/** One option of the listbox around its parts: its id, its selected state, a click chooses it. */
function optionShell(index: number, ctx: SuggestionsContext, className: string, parts: TemplateResult): TemplateResult {
  return html`<div
    id=${ctx.optionId(index)}
    role="option"
    part="option"
    class=${className}
    aria-selected=${index === ctx.active ? 'true' : 'false'}
    @click=${() => ctx.choose(index)}
  >${parts}</div>`;
}

function conventionOption(hit: SearchHit, index: number, ctx: SuggestionsContext): TemplateResult {
  const { t } = ctx;
  const c = hit.convention;
  const opco = c.candidates.length > 1 ? t.optionShared(c.candidates.map(ctx.opcoName).join(', ')) : c.opco ? ctx.opcoName(c.opco) : t.optionNoOpco;
  const replaced = c.replacedBy.length ? t.optionReplaced(c.replacedBy) : null;
  return optionShell(
    index,
    ctx,
    'option',
    html`<span class="option__title" lang=${nameOf(c) ? 'fr' : nothing}>${nameOf(c) ?? t.optionNoTitle(c.idcc)}</span
      >${comma}<span class="option__meta"
        ><span class="option__idcc">${t.optionIdcc(c.idcc)}</span
        >${replaced ? html`${comma}<span class="option__replaced">${replaced}</span>` : nothing}${comma}<span class="option__opco"
          >${opco}</span
        ></span
      >`,
  );
}

function companyOption(company: Company, index: number, ctx: SuggestionsContext): TemplateResult {
  const { t } = ctx;
  // the establishment the visitor asked for, else the head office: its town and SIRET identify it
  const shown = company.establishments.find((e) => e.siret === company.queriedSiret) ?? company.headOffice ?? company.establishments[0];
  const count = company.openEstablishmentCount;
  return optionShell(
    index,
    ctx,
    'option option--company',
    html`<span class="option__title">${company.name ?? t.nonDiffusibleName}</span>${comma}<span class="option__meta"
      >${shown?.town ? html`<span>${shown.town}</span>${comma}` : nothing}<span class="option__idcc"
        >${shown ? t.optionSiret(formatCompanyId(shown.siret)) : t.optionSiren(formatCompanyId(company.siren))}</span
      >${comma}<span class=${company.active ? 'option__state' : 'option__state option__state--closed'}
        >${company.active ? t.optionActive : t.optionClosed}</span
      >${count !== null && count > 1 ? html`${comma}<span>${t.optionEstablishments(count)}</span>` : nothing}</span
    >`,
  );
}

const option = (s: Suggestion, index: number, ctx: SuggestionsContext): TemplateResult =>
  s.kind === 'convention' ? conventionOption(s.hit, index, ctx) : companyOption(s.company, index, ctx);

/**
 * The listbox. Option ids follow the one list the combobox walks (conventions first), so the
 * active option keeps its id when company suggestions arrive below the conventions.
 */
export function renderListbox(ctx: SuggestionsContext): TemplateResult {
  const { t, items, open } = ctx;
  const firstCompany = items.findIndex((s) => s.kind === 'company');
  const grouped = open && firstCompany >= 0;
  const indexed = items.map((s, i) => ({ s, i }));
  const groupOf = (id: string, label: string, list: typeof indexed) =>
    list.length
      ? html`<div role="group" class="group" aria-labelledby=${id}>
          <span class="group__label" id=${id}>${label}</span>
          ${list.map(({ s, i }) => option(s, i, ctx))}
        </div>`
      : nothing;
  return html`<div
    id="listbox"
    part="listbox"
    class="listbox"
    role="listbox"
    aria-label=${grouped ? t.listboxMixed : t.listbox}
    ?hidden=${!open}
    @mousedown=${ctx.onPointerDown}
  >
    ${
      !open
        ? nothing
        : grouped
          ? html`${groupOf('group-conventions', t.groupConventions, indexed.slice(0, firstCompany))}
          ${groupOf('group-companies', t.groupCompanies, indexed.slice(firstCompany))}`
          : items.map((s, i) => option(s, i, ctx))
    }
  </div>`;
}
