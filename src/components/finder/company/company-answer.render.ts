// The answer for a company: which OPCO each of its establishments leads to, with honest wording
// for closed, non-diffusible, no-IDCC, 9999 and overseas cases. Text nodes only, never markup.
import { html, nothing, type TemplateResult } from 'lit';
import type { PublicFact, PublicServiceInfo } from '../../../data/index.js';
import { formatDate } from '../../../platform/i18n.js';
import { renderStatus } from '../../../platform/status.render.js';
import type { Establishment } from '../../../services/company-search/index.js';
import { card, checkLink, conventionTitle, titleLang, externalLink, heading, provenance, type AnswerContext } from '../answer-parts.render.js';
import { pageNow } from '../../../services/clock.js';
import { MAX_NAF_CANDIDATES } from '../answer.js';
import { nomenclatureLine, renderNafCandidates, type NafLinks } from '../naf-answer.render.js';
import {
  activityCodes,
  companyName,
  formatCompanyId,
  type CompanyModel,
  type IdccLink,
  type OpcoGroup,
  type PublicLink,
  type Unresolved,
} from './company-groups.js';

/** The page cited in the shared notes (peers.md §1.8) for AKTO's overseas delegation. */
const AKTO_OVERSEAS_SOURCE = 'https://institutions-professionnelles.fr/2-non-categorise/2601-akto-delegue-de-plusieurs-opco-en-outre-mer';

function place(e: Establishment | null, ctx: AnswerContext, companyWide = false): TemplateResult {
  const { t } = ctx;
  if (companyWide) return html`<span>${t.companyWideTag}</span>`;
  if (e === null) return html`<span>${t.otherEstablishments}</span>`;
  const where = [e.isHeadOffice ? t.headOffice : t.establishment, e.town].filter(Boolean).join(', ');
  return html`<span>${where}</span> <span class="answer__idcc">(${t.siret(formatCompanyId(e.siret))})</span>${
    e.active ? nothing : html` <span class="tag">${t.closedTag}</span>`
  }`;
}

function linkLine(l: IdccLink, ctx: AnswerContext, extra?: string): TemplateResult {
  const title = conventionTitle(l.convention, ctx);
  return html`<li>
    ${place(l.establishment, ctx, l.companyWide === true)} : <span lang=${titleLang(l.convention)}>${title}</span> <span class="answer__idcc">(${ctx.t.idcc(l.idcc)})</span>${
      extra ? html` — ${extra}` : nothing
    }
  </li>`;
}

function group(g: OpcoGroup, several: boolean, ctx: AnswerContext): TemplateResult {
  const pressed = ctx.chosen === g.opco.id;
  return html`<li class="company-group" data-opco=${g.opco.id}>
    ${card(g.opco, ctx)}
    <p class="answer__subtitle">${ctx.t.ledBy}</p>
    <ul class="answer__list">
      ${g.links.map((l) => linkLine(l, ctx))}
    </ul>
    ${
      several && ctx.onChoose
        ? html`<div class="actions">
          <button
            type="button"
            class="button choose"
            part="choose"
            aria-pressed=${pressed ? 'true' : 'false'}
            @click=${() => ctx.onChoose?.(g)}
          >
            ${ctx.t.choose(g.opco.shortName)}
          </button>
        </div>`
        : nothing
    }
  </li>`;
}

function why(r: Unresolved['resolution'], ctx: AnswerContext): string {
  if (r.kind === 'shared') return ctx.t.sharedIdcc(r.candidates.map((o) => o.shortName).join(', '));
  // the data's 9999 text sends the visitor to a SIRET search: they have just made one
  if (r.kind === 'special' && r.idcc === '9999') return ctx.t.special9999;
  return r.message[ctx.lang];
}

function establishments(label: string, list: readonly Establishment[], ctx: AnswerContext): TemplateResult {
  return html`<p class="answer__subtitle">${label}</p>
    <ul class="answer__list">
      ${list.map((e) => html`<li>${place(e, ctx)}</li>`)}
    </ul>`;
}

function identity(model: CompanyModel, ctx: AnswerContext): TemplateResult {
  const { company } = model;
  const { t } = ctx;
  const band = company.headcount;
  return html`<p class="company" part="company">
    <strong class="company__name">${companyName(model, ctx)}</strong>
    <span class="answer__idcc">${t.siren(formatCompanyId(company.siren))}</span>
    ${
      band
        ? html`<span class="company__headcount"
          >${band.year ? t.headcountYear(band.label[ctx.lang], band.year) : t.headcount(band.label[ctx.lang])}</span
        >`
        : nothing
    }
  </p>`;
}

/** Says exactly what is closed: the company, the establishment asked for, or only the head office. */
function closedNote(model: CompanyModel, ctx: AnswerContext) {
  const { company, focus, closedWhat } = model;
  const date = (iso: string | null) => (iso ? formatDate(ctx.lang, iso) : null);
  switch (closedWhat) {
    case 'company':
      return renderStatus('warning', ctx.t.companyClosed(date(company.closedOn)), { hint: ctx.t.closedHint });
    case 'establishment':
      return renderStatus('warning', ctx.t.establishmentClosed(date(focus?.closedOn ?? null)), { hint: ctx.t.closedHint });
    case 'head-office':
      return renderStatus('info', ctx.t.headOfficeClosed(date(company.headOffice?.closedOn ?? null)), {
        hint: ctx.t.headOfficeClosedHint,
      });
    case null:
      return nothing;
  }
}

/** One wording per case, matching what is shown: the name is there (address masked), or neither is. */
function diffusionNote(model: CompanyModel, ctx: AnswerContext) {
  const { company } = model;
  if (company.nonDiffusible && company.name === null) return renderStatus('info', ctx.t.nonDiffusibleAll);
  if (company.addressHidden) return renderStatus('info', ctx.t.nonDiffusibleAddress);
  return nothing;
}

function fact(label: string, f: PublicFact, ctx: AnswerContext): TemplateResult {
  const asOf = formatDate(ctx.lang, f.asOf);
  return html`<li>
    <strong>${label}</strong> ${f.text[ctx.lang]}${f.confirmed ? nothing : html` <span class="tag">${ctx.t.toConfirm}</span>`}
    <span class="provenance"
      >${f.source ? externalLink(f.source.url, ctx.t.publicSource(f.source.label, asOf), ctx) : ctx.t.publicNoSource(asOf)}</span
    >
  </li>`;
}

/** Public employers: no OPCO for public agents; who funds training and apprentices, sourced, per service. */
function publicBlock(model: CompanyModel, ctx: AnswerContext) {
  if (model.publicLinks.length === 0) return nothing;
  // one block per public service, whichever establishments declare it
  const services = new Map<string, PublicLink>();
  for (const l of model.publicLinks) if (!services.has(l.idcc)) services.set(l.idcc, l);
  return publicServices([...services.values()], model.groups.length > 0, ctx);
}

/** A statutory code typed in the field (5003, 5021, 5022, another 5xxx the table does not know): the public-employer answer. */
export function renderPublicCode(idcc: string, service: PublicServiceInfo, ctx: AnswerContext): TemplateResult {
  return html`${heading(ctx.level, ctx.t.publicTitle)} ${publicServices([{ idcc, service }], false, ctx)} ${checkLink(ctx)}`;
}

function publicServices(links: readonly { readonly idcc: string; readonly service: PublicServiceInfo }[], beside: boolean, ctx: AnswerContext) {
  const { t, lang } = ctx;
  return html`<div class="public-employer" part="public-employer" data-public=${links.map((l) => l.idcc).join(' ')}>
    ${renderStatus('info', t.publicIntro)}
    ${links.map(
      (l) => html`<p class="answer__subtitle">${t.publicCode(l.idcc, l.service.name[lang])}</p>
        <ul class="answer__list">
          ${fact(t.publicTraining, l.service.training, ctx)} ${fact(t.publicApprenticeship, l.service.apprenticeship, ctx)}
        </ul>`,
    )}
    ${beside ? html`<p class="answer__subtitle">${t.publicBeside}</p>` : nothing}
  </div>`;
}

/**
 * Where an establishment (or the company) declares no IDCC at all: the conventions whose own
 * texts cite its APE code, marked as suggestions under the caveat that the code does not decide
 * the convention (issue 17's `conventionsForNaf`, against the finder's data).
 */
export function renderActivityBasedSuggestions(model: CompanyModel, ctx: CompanyAnswerContext): TemplateResult | typeof nothing {
  if (!ctx.naf) return nothing;
  const naf = ctx.naf;
  // NAF rév. 2 code first until 31 December 2026, NAF 2025 first from 1 January 2027; the first that has candidates
  const results = activityCodes(model, pageNow()).map((code) => naf.suggest(code));
  // undefined: the APE/NAF tables are on their way (the finder re-renders when they are in)
  const result = results.find((r) => r?.kind === 'ok' && r.candidates.length > 0);
  if (!result || result.kind !== 'ok') return nothing;
  const other = results.find((r) => r !== result && r?.kind === 'ok');
  const code = other?.kind === 'ok' ? `${result.naf} ; ${other.naf}` : result.naf;
  const shown = result.candidates.slice(0, MAX_NAF_CANDIDATES);
  return html`<div class="activity" part="activity" data-note="activity">
    <p class="answer__subtitle">${ctx.t.activityTitle(code, result.label)}</p>
    ${nomenclatureLine(result, ctx)} ${renderStatus('warning', result.caveat[ctx.lang])} ${renderNafCandidates(shown, { ...ctx, ...naf })}
  </div>`;
}

function overseasNote(model: CompanyModel, ctx: AnswerContext) {
  if (model.delegation.length === 0) return nothing;
  const places = model.delegation.map((d) => d.name).join(', ');
  return html`<div class="overseas" part="overseas">
    ${renderStatus('info', ctx.t.overseas(places), { hint: externalLink(AKTO_OVERSEAS_SOURCE, ctx.t.overseasSource, ctx) })}
  </div>`;
}

/** A company answer's context: the finder's NAF links feed the activity suggestions. */
export type CompanyAnswerContext = AnswerContext & { readonly naf?: NafLinks | undefined };

export function renderCompanyAnswer(model: CompanyModel, ctx: CompanyAnswerContext): TemplateResult {
  const { t } = ctx;
  const { groups, unresolved } = model;
  const several = groups.length > 1;
  const publicOnly = model.publicLinks.length > 0 && groups.length === 0;
  const title = groups.length === 1 ? t.yourOpco : several ? t.yourOpcos : publicOnly ? t.publicTitle : t.noOpcoCompany;
  const source = groups[0]?.source;
  // 9999 beside codes that lead somewhere: said once, not listed as a problem
  const toCheck = model.idcc9999Beside ? unresolved.filter((u) => u.idcc !== '9999') : unresolved;
  const noIdccText = model.focus ? t.noIdccEstablishment : t.noIdccCompany;
  return html`${heading(ctx.level, title)} ${identity(model, ctx)}
  ${model.focus ? html`<p class="answer__note">${t.focus(formatCompanyId(model.focus.siret))}</p>` : nothing}
  ${model.company.narrowedTo && !model.focus ? html`<p class="answer__note">${t.narrowed(model.company.narrowedTo)}</p>` : nothing}
  ${closedNote(model, ctx)} ${diffusionNote(model, ctx)}
  ${model.focusWithoutOwn ? renderStatus('info', t.focusNoOwn, { hint: t.focusNoOwnHint }) : nothing}
  ${model.noIdcc ? renderStatus('info', noIdccText, { hint: t.noIdccHint }) : nothing}
  ${model.noIdcc || (model.withoutIdcc.length > 0 && !model.focusWithoutOwn) ? renderActivityBasedSuggestions(model, ctx) : nothing}
  ${publicBlock(model, ctx)}
  ${several ? html`<p class="answer__summary" part="summary">${t.several}</p>` : nothing}
  ${
    groups.length
      ? html`<ul class="answer__cards company-groups" part="candidates">
        ${groups.map((g) => group(g, several, ctx))}
      </ul>`
      : nothing
  }
  ${model.idcc9999Beside ? html`<p class="answer__note" data-note="9999">${t.idcc9999Beside}</p>` : nothing}
  ${
    toCheck.length
      ? html`<p class="answer__subtitle">${t.toCheck}</p>
        <ul class="answer__list" part="to-check">
          ${toCheck.map((u) => linkLine(u, ctx, why(u.resolution, ctx)))}
        </ul>`
      : nothing
  }
  ${model.withoutIdcc.length && !model.noIdcc && !model.focusWithoutOwn ? establishments(t.withoutIdcc, model.withoutIdcc, ctx) : nothing}
  ${model.closedSkipped.length ? establishments(t.closedSkipped, model.closedSkipped, ctx) : nothing}
  ${overseasNote(model, ctx)}
  ${toCheck.length || several || model.noIdcc || model.focusWithoutOwn ? checkLink(ctx) : nothing}
  <p class="provenance">${t.companySource}</p>
  ${source ? provenance(source, ctx) : nothing}`;
}
