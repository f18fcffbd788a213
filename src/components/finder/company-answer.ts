// The answer for a company: which OPCO each of its establishments leads to, with honest wording
// for closed, non-diffusible, no-IDCC, 9999 and overseas cases. Text nodes only, never markup.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../platform/i18n.js';
import { renderStatus } from '../../platform/status.js';
import type { Establishment } from '../../services/company-search/index.js';
import { card, checkLink, conventionTitle, titleLang, externalLink, heading, provenance, type AnswerContext } from './answer-parts.render.js';
import { formatCompanyId, type CompanyModel, type IdccLink, type OpcoGroup, type Unresolved } from './company-groups.js';

/** The page cited in the shared notes (peers.md §1.8) for AKTO's overseas delegation. */
export const AKTO_OVERSEAS_SOURCE =
  'https://institutions-professionnelles.fr/2-non-categorise/2601-akto-delegue-de-plusieurs-opco-en-outre-mer';

/** What the company is called in the answer, a suggestion or an announcement. */
export const companyName = (model: Pick<CompanyModel, 'company'>, ctx: Pick<AnswerContext, 't'>): string =>
  model.company.name ?? ctx.t.nonDiffusibleName;

function place(e: Establishment | null, ctx: AnswerContext): TemplateResult {
  const { t } = ctx;
  if (e === null) return html`<span>${t.otherEstablishments}</span>`;
  const where = [e.isHeadOffice ? t.headOffice : t.establishment, e.town].filter(Boolean).join(', ');
  return html`<span>${where}</span> <span class="answer__idcc">(${t.siret(formatCompanyId(e.siret))})</span>${e.active
      ? nothing
      : html` <span class="tag">${t.closedTag}</span>`}`;
}

function linkLine(l: IdccLink, ctx: AnswerContext, extra?: string): TemplateResult {
  const title = conventionTitle(l.convention, ctx);
  return html`<li>
    ${place(l.establishment, ctx)} : <span lang=${titleLang(l.convention)}>${title}</span> <span class="answer__idcc">(${ctx.t.idcc(l.idcc)})</span>${extra
      ? html` — ${extra}`
      : nothing}
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
    ${several && ctx.onChoose
      ? html`<div class="actions">
          <button
            type="button"
            class="choose"
            part="choose"
            aria-pressed=${pressed ? 'true' : 'false'}
            @click=${() => ctx.onChoose?.(g)}
          >
            ${ctx.t.choose(g.opco.shortName)}
          </button>
        </div>`
      : nothing}
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
    ${band
      ? html`<span class="company__headcount"
          >${band.year ? t.headcountYear(band.label[ctx.lang], band.year) : t.headcount(band.label[ctx.lang])}</span
        >`
      : nothing}
  </p>`;
}

function closedNote(model: CompanyModel, ctx: AnswerContext) {
  if (!model.closed) return nothing;
  const { company, focus } = model;
  const date = (iso: string | null) => (iso ? formatDate(ctx.lang, iso) : null);
  const message =
    company.active && focus ? ctx.t.establishmentClosed(date(focus.closedOn)) : ctx.t.companyClosed(date(company.closedOn));
  return renderStatus('warning', message, { hint: ctx.t.closedHint });
}

function overseasNote(model: CompanyModel, ctx: AnswerContext) {
  if (model.delegation.length === 0) return nothing;
  const places = model.delegation.map((d) => d.name).join(', ');
  return html`<div class="overseas" part="overseas">
    ${renderStatus('info', ctx.t.overseas(places), { hint: externalLink(AKTO_OVERSEAS_SOURCE, ctx.t.overseasSource, ctx) })}
  </div>`;
}

export function renderCompanyAnswer(model: CompanyModel, ctx: AnswerContext): TemplateResult {
  const { t } = ctx;
  const { groups, unresolved } = model;
  const several = groups.length > 1;
  const title = groups.length === 1 ? t.yourOpco : several ? t.yourOpcos : t.noOpcoCompany;
  const source = groups[0]?.source;
  return html`${heading(ctx.level, title)} ${identity(model, ctx)}
  ${model.focus ? html`<p class="answer__note">${t.focus(formatCompanyId(model.focus.siret))}</p>` : nothing}
  ${closedNote(model, ctx)} ${model.company.nonDiffusible ? renderStatus('info', t.nonDiffusible) : nothing}
  ${model.noIdcc ? renderStatus('info', t.noIdccCompany, { hint: t.noIdccHint }) : nothing}
  ${several ? html`<p class="answer__summary" part="summary">${t.several}</p>` : nothing}
  ${groups.length
    ? html`<ul class="answer__cards company-groups" part="candidates">
        ${groups.map((g) => group(g, several, ctx))}
      </ul>`
    : nothing}
  ${unresolved.length
    ? html`<p class="answer__subtitle">${t.toCheck}</p>
        <ul class="answer__list" part="to-check">
          ${unresolved.map((u) => linkLine(u, ctx, why(u.resolution, ctx)))}
        </ul>`
    : nothing}
  ${model.withoutIdcc.length && !model.noIdcc ? establishments(t.withoutIdcc, model.withoutIdcc, ctx) : nothing}
  ${model.closedSkipped.length ? establishments(t.closedSkipped, model.closedSkipped, ctx) : nothing}
  ${overseasNote(model, ctx)} ${unresolved.length || several || model.noIdcc ? checkLink(ctx) : nothing}
  <p class="provenance">${t.companySource}</p>
  ${source ? provenance(source, ctx) : nothing}`;
}

export function announceCompany(model: CompanyModel, ctx: Pick<AnswerContext, 't' | 'lang'>): string {
  const name = companyName(model, ctx);
  const { t } = ctx;
  const prefix = model.closed ? `${t.companyClosed(null)} ` : '';
  if (model.noIdcc) return `${prefix}${name}. ${t.noIdccCompany}`;
  if (model.groups.length === 1) return prefix + t.announceCompanyOne(name, model.groups[0]!.opco.shortName);
  if (model.groups.length > 1) return prefix + t.announceCompanyMany(name, model.groups.length);
  return prefix + t.announceCompanyNone(name);
}

