// What the finder answers, as data, and the sentence a screen reader hears for it. Pure: no Lit, no DOM
// (the templates are answer.render.ts's; the events answer-events.ts's).
import type { NafResult, PublicServiceInfo, Resolution } from '../../data/index.js';
import type { Lang, Messages } from '../../platform/i18n.js';
import { announceCompany, type CompanyModel } from './company/company-groups.js';
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
