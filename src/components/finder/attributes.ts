// The finder's attributes as an editor types them in a CMS: parsed, checked, and explained when wrong.
import type { OpcoData, OpcoId } from '../../data/index.js';
import { AUDIENCE_SPEC } from '../../platform/next-step.js';
import { DEFAULT_LIMIT } from '../../data/search.js';
import { parseCompanyId } from '../../data/company-id.js';
import type { Messages } from '../../platform/i18n.js';
import { echo, isAbsent, type AttributeProblem } from '../../platform/attributes.js';
import {
  type AttributeSpec,
  COMPACT_SPEC,
  warningOf,
  defineAttributes,
  HEADED_SPEC,
  readFlagOf,
  readNumberOf,
  readTextOf,
  specOf,
} from '../../platform/attribute-spec.js';
import type { messages } from './opco-finder.messages.js';

export const LIMIT_MIN = 1;
export const LIMIT_MAX = 50;
/** The longest timeout a page may set (a larger one is brought down to it): 60 s. */
export const TIMEOUT_MAX = 60_000;

/** Every attribute and property of `<opco-finder>`, in the platform's format. */
export const FINDER_SPEC = defineAttributes('opco-finder', [
  ...HEADED_SPEC,
  COMPACT_SPEC,
  { prop: 'idcc', attr: 'idcc', type: 'string', max: 40, default: null, warning: 'is not an IDCC; write 1 to 4 digits, e.g. idcc="1979".' },
  {
    prop: 'siret',
    attr: 'siret',
    type: 'string',
    max: 40,
    default: null,
    warning: 'is not a valid SIRET; write the 14 digits of the establishment (spaces allowed).',
  },
  {
    prop: 'apiBase',
    attr: 'api-base',
    type: 'url',
    default: null,
    warning: 'is not an http(s) address; write the full URL of your relay, e.g. api-base="https://example.org/company-search". The company look-up is off.',
  },
  {
    prop: 'companyLookup',
    attr: 'company-lookup',
    type: 'flag',
    default: true,
    warning: 'is not valid; write company-lookup="off" or leave it out. The company look-up is off.',
  },
  {
    prop: 'timeout',
    attr: null,
    type: 'int',
    min: 1,
    max: TIMEOUT_MAX,
    clamp: true,
    default: 8000,
    warning: 'is not valid; set a number of milliseconds (at most 60000). 8000 is used.',
  },
  {
    prop: 'label',
    attr: 'label',
    type: 'string',
    max: 300,
    default: null,
    warning: 'is not valid; write a text of up to 300 characters. The widget’s own label is used.',
  },
  {
    prop: 'placeholder',
    attr: 'placeholder',
    type: 'string',
    max: 300,
    default: null,
    warning: 'is not valid; write a text of up to 300 characters. No placeholder is shown.',
  },
  {
    prop: 'limit',
    attr: 'limit',
    type: 'int',
    min: LIMIT_MIN,
    max: LIMIT_MAX,
    default: DEFAULT_LIMIT,
    warning: `is not valid; write a whole number from ${LIMIT_MIN} to ${LIMIT_MAX}. ${DEFAULT_LIMIT} suggestions are shown.`,
  },
  {
    prop: 'opco',
    attr: 'opco',
    type: 'string',
    max: 40,
    default: null,
    warning: 'is unknown; write an OPCO id (listed in the README). Suggestions are not filtered.',
  },
  AUDIENCE_SPEC,
]);
const spec = (prop: string) => specOf(FINDER_SPEC, prop);
const [LIMIT, OPCO, IDCC, LOOKUP, API_BASE, SIRET, TIMEOUT] = ['limit', 'opco', 'idcc', 'companyLookup', 'apiBase', 'siret', 'timeout'].map(spec) as [
  AttributeSpec,
  AttributeSpec,
  AttributeSpec,
  AttributeSpec,
  AttributeSpec,
  AttributeSpec,
  AttributeSpec,
];

/**
 * The finder's own properties, as set (the element itself is passed): whatever a page sets,
 * a string from an attribute, a number, a boolean, null or an object from a framework.
 */
export interface FinderAttributes {
  readonly idcc?: unknown;
  readonly limit?: unknown;
  readonly opco?: unknown;
  readonly siret?: unknown;
  readonly apiBase?: unknown;
  readonly companyLookup?: unknown;
  readonly timeout?: unknown;
}

export interface ParsedAttributes {
  readonly problems: readonly AttributeProblem[];
  /** The IDCC to answer at once (trimmed), when one is set. */
  readonly idcc: string | undefined;
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
  idcc: undefined,
  limit: DEFAULT_LIMIT,
  opcoFilter: null,
  lookup: false,
  apiBase: undefined,
  siret: null,
  timeoutMs: undefined,
};

type T = Messages<(typeof messages)['fr']>;

/** Parses the editor's attributes; the widget keeps working on defaults for the bad ones. */
export function parseAttributes(a: FinderAttributes, t: T, data: OpcoData): ParsedAttributes {
  const problems: AttributeProblem[] = [];

  let limit = DEFAULT_LIMIT;
  const readLimit = readNumberOf(LIMIT, a.limit);
  if (readLimit.kind === 'ok') limit = readLimit.value;
  else if (readLimit.kind === 'invalid') {
    const value = readLimit.shown;
    problems.push({
      attr: 'limit',
      value,
      message: t.badLimit(value),
      hint: t.badLimitHint(LIMIT_MIN, LIMIT_MAX),
      warning: warningOf(LIMIT, value),
    });
  }

  let opcoFilter: OpcoId | null = null;
  const opco = readTextOf(OPCO, a.opco);
  const opcoRecord = opco.kind === 'ok' ? data.getOpco(opco.value) : undefined;
  if (opcoRecord) opcoFilter = opcoRecord.id;
  else if (opco.kind !== 'absent') {
    const value = echo(a.opco);
    const ids = data.opcos.map((o) => o.id).join(', ');
    problems.push({
      attr: 'opco',
      value,
      message: t.badOpco(value),
      hint: t.badOpcoHint(ids),
      warning: `${warningOf(OPCO, value)} Valid ids: ${ids}.`,
    });
  }

  // an IDCC is short: a longer text is not one (and is not handed to the data module)
  const readIdcc = readTextOf(IDCC, a.idcc);
  const idcc = readIdcc.kind === 'ok' && data.resolveOpco(readIdcc.value).kind !== 'invalid' ? readIdcc.value : undefined;
  if (readIdcc.kind !== 'absent' && idcc === undefined) {
    const value = echo(a.idcc);
    problems.push({
      attr: 'idcc',
      value,
      message: t.badIdcc(value),
      hint: t.badIdccHint,
      warning: warningOf(IDCC, value),
    });
  }

  // an unclear value turns the look-up off: when in doubt, no visitor data leaves the page
  const mode = readFlagOf(LOOKUP, a.companyLookup);
  let lookup = mode.kind === 'absent' || (mode.kind === 'ok' && mode.value);
  if (mode.kind === 'invalid') {
    const value = mode.shown;
    problems.push({
      attr: 'company-lookup',
      value,
      message: t.badLookup(value),
      hint: t.badLookupHint,
      warning: warningOf(LOOKUP, value),
    });
  }

  let apiBase: string | undefined;
  const readBase = readTextOf(API_BASE, a.apiBase);
  if (readBase.kind === 'ok') apiBase = readBase.value;
  else if (readBase.kind === 'invalid') {
    lookup = false;
    const value = readBase.shown;
    problems.push({
      attr: 'api-base',
      value,
      message: t.badApiBase(value),
      hint: t.badApiBaseHint,
      warning: warningOf(API_BASE, value),
    });
  }

  let siret: string | null = null;
  if (!isAbsent(a.siret)) {
    const read = readTextOf(SIRET, a.siret);
    const parsed = read.kind === 'ok' ? parseCompanyId(read.value) : undefined;
    const value = echo(a.siret);
    if (!parsed?.ok || parsed.kind !== 'siret') {
      problems.push({
        attr: 'siret',
        value,
        message: t.badSiret(value),
        hint: t.badSiretHint,
        warning: warningOf(SIRET, value),
      });
    } else if (!lookup) {
      problems.push({
        attr: 'siret',
        value,
        message: t.siretOff(value),
        hint: t.siretOffHint,
        warning: `siret="${value}" is ignored because the company look-up is off; remove company-lookup="off" or use idcc="…".`,
      });
    } else siret = parsed.value;
  }

  // a property only (no attribute to explain): a bad value silently keeps the default; a huge one is
  // brought down to 60 s (2^31 ms would overflow setTimeout and fail every look-up at once)
  const readTimeout = readNumberOf(TIMEOUT, a.timeout);
  const timeoutMs = readTimeout.kind === 'ok' && typeof a.timeout === 'number' ? readTimeout.value : undefined;

  return { problems, idcc, limit, opcoFilter, lookup, apiBase, siret, timeoutMs };
}
