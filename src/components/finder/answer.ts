// What the finder answers, as data, and what it tells: the sentence a screen reader hears, the event the
// page receives (see platform/events.ts). No Lit: the templates are answer.render.ts's. A new kind of
// answer is a member of the union, its case in announcement() and dispatchAnswer() (the compiler lists
// them), its template in answer.render.ts.
import type { NafResult, PublicServiceInfo, Resolution } from '../../data/index.js';
import { emit } from '../../platform/events.js';
import { assertNever } from '../../platform/exhaustive.js';
import type { Lang, Messages } from '../../platform/i18n.js';
import { announceCompany, companyDeadEnd, inForce, type CompanyModel, type OpcoGroup } from './company/company-groups.js';
import type { messages } from './opco-finder.messages.js';

/** What the finder shows under the field. */
export type Answer =
  /** An IDCC, typed or chosen among the suggestions, and what the data says of it. */
  | {
      readonly kind: 'resolution';
      readonly query: string;
      readonly resolution: Resolution;
      /** Answered from the untitled rows in the finder's file, before the convention table: redone (titles in) and told to the page once it is in. */
      readonly pending?: boolean;
    }
  /** Words that matched nothing (nor any company, when the look-up is on). */
  | { readonly kind: 'no-result'; readonly query: string; readonly companies: boolean }
  /** A SIRET or SIREN while the company look-up is off (`company-lookup="off"`). */
  | { readonly kind: 'company-id'; readonly query: string }
  /** A company chosen among the suggestions, or found by SIRET/SIREN. */
  | { readonly kind: 'company'; readonly query: string; readonly model: CompanyModel }
  /** A valid SIRET/SIREN the API does not know. */
  | { readonly kind: 'company-none'; readonly query: string }
  /** An APE (NAF) code: candidate conventions, as suggestions to check. */
  | { readonly kind: 'naf'; readonly query: string; readonly result: NafResult }
  /** A statutory code of a public service typed in the field (5003, 5021, 5022…): no OPCO for public agents. */
  | { readonly kind: 'public'; readonly query: string; readonly idcc: string; readonly service: PublicServiceInfo };

/** The finder's strings in the page's language: what an announcement (and every answer template) reads. */
export interface AnswerText {
  readonly t: Messages<(typeof messages)['fr']>;
  readonly lang: Lang;
}

/** At most this many candidates of an APE code are listed: beyond, the code says too little to help. */
export const MAX_NAF_CANDIDATES = 5;

/** The one sentence a screen reader hears when an answer appears. */
export function announcement(answer: Answer, ctx: AnswerText): string {
  const { t } = ctx;
  switch (answer.kind) {
    case 'no-result':
      return answer.companies ? t.noResultBoth(answer.query) : t.noResult(answer.query);
    case 'company-id':
      return t.lookupOff;
    case 'company-none':
      return t.companyNone(answer.query);
    case 'company':
      return announceCompany(answer.model, ctx);
    case 'resolution':
      return answer.resolution.message[ctx.lang];
    case 'naf':
      return announceNaf(answer.result, ctx);
    case 'public':
      return t.announcePublic(`${answer.idcc} — ${answer.service.name[ctx.lang]}`);
  }
}

/** What a screen reader hears when the answer appears. */
function announceNaf(result: NafResult, ctx: AnswerText): string {
  if (result.kind !== 'ok') return result.message[ctx.lang];
  const n = Math.min(MAX_NAF_CANDIDATES, result.candidates.length);
  return `${n ? ctx.t.nafSuggestions(n) : (result.advice?.[ctx.lang] ?? ctx.t.nafNone(result.naf))} ${result.caveat[ctx.lang]}`;
}

/** The event an answer sends to the page: `opco-found` when it names one OPCO, else `opco-not-found`. */
export function dispatchAnswer(target: HTMLElement, answer: Answer): void {
  switch (answer.kind) {
    case 'no-result':
    case 'company-none':
      return void emit(target, 'opco-not-found', { query: answer.query, reason: 'no-result' });
    case 'company-id':
      return void emit(target, 'opco-not-found', { query: answer.query, reason: 'invalid' });
    case 'naf':
      // suggestions only: the code does not decide the convention, so no OPCO is found yet
      return void emit(target, 'opco-not-found', { query: answer.query, reason: answer.result.kind === 'ok' ? 'activity-code' : 'invalid' });
    case 'public':
      return void emit(target, 'opco-not-found', { query: answer.query, reason: 'public-employer' });
    case 'company': {
      const reason = companyDeadEnd(answer.model);
      if (reason) emit(target, 'opco-not-found', { query: answer.query, reason });
      else emitCompanyFound(target, answer.model, answer.model.groups[0]!, answer.query);
      return;
    }
    case 'resolution': {
      const r = answer.resolution;
      if (r.kind !== 'found') return void emit(target, 'opco-not-found', { query: answer.query, reason: r.kind });
      emit(target, 'opco-found', {
        opcoId: r.opco.id,
        opco: r.opco,
        convention: inForce(r),
        path: r.path,
        source: r.source.label,
        asOf: r.source.date,
        query: answer.query,
      });
      return;
    }
    default:
      // a new kind of answer must say which event it sends
      assertNever(answer, 'answer kind');
  }
}

/** `opco-found` for one OPCO of a company: the only one, or the one the visitor retained. */
export function emitCompanyFound(target: HTMLElement, model: CompanyModel, group: OpcoGroup, query: string): void {
  const { company } = model;
  const sirets = new Set(group.links.flatMap((l) => (l.establishment ? [l.establishment.siret] : [])));
  const band = company.headcount;
  emit(target, 'opco-found', {
    opcoId: group.opco.id,
    opco: group.opco,
    // several conventions lead to this OPCO: the first one declared stands for them (all are in `path`)
    convention: group.links[0]?.convention ?? undefined,
    path: group.path,
    source: group.source.label,
    asOf: group.source.date,
    query,
    company: {
      siren: company.siren,
      siret: model.focus?.siret ?? (sirets.size === 1 ? [...sirets][0] : undefined),
      // a non-diffusible company has no public name: empty rather than a made-up one
      name: company.name ?? '',
      headcount: band ? { min: band.min, max: band.max } : undefined,
    },
  });
}
