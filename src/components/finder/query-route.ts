// What the field holds, and so which path Enter takes. Pure: no DOM, no Lit, no network.
// It reads the field as the company look-up does, so both paths agree on what was typed.
import type { Company } from '../../services/company-search/index.js';
import { MIN_NAME_LENGTH, detectQueryKind } from '../../services/company-search/query-kind.js';
import { formatCompanyId } from './company/company-groups.js';
import { looksLikeNaf } from '../../data/naf.js';

/** Longest query we act on: no title is longer, and it bounds the work of a pasted novel. */
export const MAX_QUERY = 200;

/** The field's text as it is searched: runs of spaces made one, ends trimmed. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What Enter does when no suggestion is selected. */
export type SubmitRoute =
  /** Empty field: nothing. */
  | 'none'
  /** A code is answered as a code, even a wrong one ("0", "12345"): the data says why. */
  | 'idcc'
  /** A SIRET or SIREN, looked up now. */
  | 'company-id'
  /** A SIRET or SIREN while the look-up is off: say so. */
  | 'lookup-off'
  /** Words with one suggestion: that one. */
  | 'only-suggestion'
  /** Words with several suggestions and none chosen: guessing would be wrong half the time, so ask. */
  | 'ask'
  /** Words with no suggestion yet: ask the company look-up now. */
  | 'company-name'
  /** Words that match nothing. */
  | 'no-result'
  /** An APE (NAF) code, "5610A" or "56.10A": candidate conventions, as suggestions. */
  | 'naf';

export interface SubmitContext {
  /** How many suggestions the list holds for the text. */
  readonly suggestions: number;
  /** The company look-up is on. */
  readonly lookup: boolean;
  /** The look-up already answered (or failed) for this text: asking again would not help. */
  readonly companiesDone: boolean;
}

export function routeSubmit(text: string, ctx: SubmitContext): SubmitRoute {
  if (looksLikeNaf(text)) return 'naf';
  switch (detectQueryKind(text)) {
    case 'empty':
      return 'none';
    case 'idcc-like':
    case 'partial-id':
      return 'idcc';
    case 'siren':
    case 'siret':
      return ctx.lookup ? 'company-id' : 'lookup-off';
    case 'name':
      if (ctx.suggestions === 1) return 'only-suggestion';
      if (ctx.suggestions > 1) return 'ask';
      return ctx.lookup && text.replace(/\s/g, '').length >= MIN_NAME_LENGTH && !ctx.companiesDone ? 'company-name' : 'no-result';
  }
}

/** The field once a company is the answer: a number stays as typed (formatted); a name becomes the company's. */
export function companyFieldText(company: Company, query: string): string {
  const kind = detectQueryKind(query);
  return kind === 'siret' || kind === 'siren' ? formatCompanyId(query.replace(/\D/g, '')) : (company.name ?? query);
}
