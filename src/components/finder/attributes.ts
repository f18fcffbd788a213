// The finder's attributes as an editor types them in a CMS: parsed, checked, and explained when wrong.
import { DEFAULT_LIMIT, parseCompanyId, type OpcoData, type OpcoId } from '../../data/index.js';
import type { Messages } from '../../platform/i18n.js';
import type { messages } from './opco-finder.messages.js';

export const LIMIT_MIN = 1;
export const LIMIT_MAX = 50;

export interface AttributeProblem {
  readonly key: string;
  /** Shown in the widget, in its language. */
  readonly message: string;
  readonly hint: string;
  /** For the integrator's console, in English like every platform warning. */
  readonly warning: string;
}

/** The finder's own properties, as set (the element itself is passed). */
export interface FinderAttributes {
  readonly idcc?: string | undefined;
  readonly limit?: string | number | undefined;
  readonly opco?: string | undefined;
  readonly siret?: string | undefined;
  readonly apiBase?: string | undefined;
  readonly companyLookup?: string | undefined;
  readonly timeout?: number | undefined;
}

export interface ParsedAttributes {
  readonly problems: readonly AttributeProblem[];
  readonly limit: number;
  readonly opcoFilter: OpcoId | null;
  /** The company look-up may use the network. */
  readonly lookup: boolean;
  /** Absolute URL of the API or proxy; undefined = the public API. */
  readonly apiBase: string | undefined;
  /** The prefilled SIRET, 14 digits, when valid and the look-up is on. */
  readonly siret: string | null;
  /** Time allowed per request; undefined = the client's default. */
  readonly timeoutMs: number | undefined;
}

/** Before the first update: the defaults, and no look-up yet. */
export const DEFAULT_ATTRIBUTES: ParsedAttributes = {
  problems: [],
  limit: DEFAULT_LIMIT,
  opcoFilter: null,
  lookup: false,
  apiBase: undefined,
  siret: null,
  timeoutMs: undefined,
};

type T = Messages<(typeof messages)['fr']>;

const blank = (value: string | number | undefined | null): boolean => value == null || String(value).trim() === '';

const integer = (value: string | number, min: number, max: number): number | undefined => {
  const n = Number(String(value).trim());
  return String(value).trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

/** A relative `api-base` ("/proxy/entreprises") is read against the page, as a link would be. */
function absoluteHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Parses the editor's attributes; the widget keeps working on defaults for the bad ones. */
export function parseAttributes(a: FinderAttributes, t: T, data: OpcoData): ParsedAttributes {
  const problems: AttributeProblem[] = [];

  let limit = DEFAULT_LIMIT;
  if (!blank(a.limit)) {
    const n = integer(a.limit!, LIMIT_MIN, LIMIT_MAX);
    const value = String(a.limit);
    if (n === undefined) {
      problems.push({
        key: `limit:${value}`,
        message: t.badLimit(value),
        hint: t.badLimitHint(LIMIT_MIN, LIMIT_MAX),
        warning: `limit="${value}" is not valid; write a whole number from ${LIMIT_MIN} to ${LIMIT_MAX}. ${DEFAULT_LIMIT} suggestions are shown.`,
      });
    } else limit = n;
  }

  let opcoFilter: OpcoId | null = null;
  if (!blank(a.opco)) {
    const opco = data.getOpco(a.opco!.trim());
    if (opco) opcoFilter = opco.id;
    else {
      const ids = data.opcos.map((o) => o.id).join(', ');
      problems.push({
        key: `opco:${a.opco}`,
        message: t.badOpco(a.opco!),
        hint: t.badOpcoHint(ids),
        warning: `opco="${a.opco}" is unknown; valid ids: ${ids}. Suggestions are not filtered.`,
      });
    }
  }

  if (!blank(a.idcc) && data.resolveOpco(a.idcc).kind === 'invalid') {
    problems.push({
      key: `idcc:${a.idcc}`,
      message: t.badIdcc(a.idcc!),
      hint: t.badIdccHint,
      warning: `idcc="${a.idcc}" is not an IDCC; write 1 to 4 digits, e.g. idcc="1979".`,
    });
  }

  // an unclear value turns the look-up off: when in doubt, no visitor data leaves the page
  let lookup = true;
  const mode = (a.companyLookup ?? '').trim().toLowerCase();
  if (mode === 'off') lookup = false;
  else if (mode !== '' && mode !== 'on') {
    lookup = false;
    problems.push({
      key: `company-lookup:${a.companyLookup}`,
      message: t.badLookup(a.companyLookup!),
      hint: t.badLookupHint,
      warning: `company-lookup="${a.companyLookup}" is not valid; write company-lookup="off" or leave it out. The company look-up is off.`,
    });
  }

  let apiBase: string | undefined;
  if (!blank(a.apiBase)) {
    apiBase = absoluteHttpUrl(a.apiBase!);
    if (apiBase === undefined) {
      lookup = false;
      problems.push({
        key: `api-base:${a.apiBase}`,
        message: t.badApiBase(a.apiBase!),
        hint: t.badApiBaseHint,
        warning: `api-base="${a.apiBase}" is not an http(s) address; write the full URL of your relay, e.g. api-base="https://example.org/company-search". The company look-up is off.`,
      });
    }
  }

  let siret: string | null = null;
  if (!blank(a.siret)) {
    const parsed = parseCompanyId(a.siret);
    const value = a.siret!;
    if (!parsed.ok || parsed.kind !== 'siret') {
      problems.push({
        key: `siret:${value}`,
        message: t.badSiret(value),
        hint: t.badSiretHint,
        warning: `siret="${value}" is not a valid SIRET; write the 14 digits of the establishment (spaces allowed).`,
      });
    } else if (!lookup) {
      problems.push({
        key: `siret-off:${value}`,
        message: t.siretOff(value),
        hint: t.siretOffHint,
        warning: `siret="${value}" is ignored because the company look-up is off; remove company-lookup="off" or use idcc="…".`,
      });
    } else siret = parsed.value;
  }

  // a property only (no attribute to explain): a bad value silently keeps the default
  const timeoutMs = typeof a.timeout === 'number' && a.timeout > 0 ? a.timeout : undefined;

  return { problems, limit, opcoFilter, lookup, apiBase, siret, timeoutMs };
}
