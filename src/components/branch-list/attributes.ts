// The branch list's attributes as an editor (or a framework) sets them: parsed, checked, explained when wrong.
import { echo, valueOr, type AttributeProblem } from '../../platform/attributes.js';
import {
  COMPACT_SPEC,
  warningOf,
  defineAttributes,
  HEADED_SPEC,
  readFlagOf,
  readNumberOf,
  readTextOf,
  specOf,
  type AttributeSpec,
} from '../../platform/attribute-spec.js';
import type { BranchListMessages } from './opco-branch-list.messages.js';
import { SORT_KEYS } from './branch-groups.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 1000;
/** A filter longer than any title is cut: it could match nothing more, and it bounds the search's work. */
export const MAX_FILTER = 200;

/** Every attribute of `<opco-branch-list>`, in the platform's format. */
export const BRANCH_LIST_SPEC = defineAttributes('opco-branch-list', [
  ...HEADED_SPEC,
  COMPACT_SPEC,
  { prop: 'opco', attr: 'opco', type: 'string', max: 40, default: null, warning: 'is not valid; write an OPCO id, e.g. opco="akto".' },
  { prop: 'filter', attr: 'filter', type: 'string', default: '', warning: 'is not valid; write a text (its first 200 characters are searched).' },
  {
    prop: 'sort',
    attr: 'sort',
    type: 'one-of',
    values: SORT_KEYS,
    default: SORT_KEYS[0],
    warning: `is not valid; write ${SORT_KEYS.join(' | ')}. The default is used.`,
  },
  { prop: 'showRegional', attr: 'show-regional', type: 'flag', default: false, warning: 'is not valid; write true | false. The default is used.' },
  { prop: 'showMerged', attr: 'show-merged', type: 'flag', default: true, warning: 'is not valid; write true | false. The default is used.' },
  {
    prop: 'pageSize',
    attr: 'page-size',
    type: 'int',
    min: 1,
    max: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
    warning: `is not valid; write 1 … ${MAX_PAGE_SIZE}. The default is used.`,
  },
]);
const [OPCO, SORT, REGIONAL, MERGED, PAGE_SIZE] = ['opco', 'sort', 'showRegional', 'showMerged', 'pageSize'].map((p) => specOf(BRANCH_LIST_SPEC, p)) as [
  AttributeSpec,
  AttributeSpec,
  AttributeSpec,
  AttributeSpec,
  AttributeSpec,
];

/** The element's own properties, as set: anything a page or a framework may put there. */
export interface BranchListAttributes {
  readonly opco?: unknown;
  readonly filter?: unknown;
  readonly sort?: unknown;
  readonly pageSize?: unknown;
  readonly showRegional?: unknown;
  readonly showMerged?: unknown;
}

export interface ParsedBranchListAttributes<S extends string> {
  /** Bad `sort`, `page-size`, `show-*`: shown as warnings, the default is used. */
  readonly problems: readonly AttributeProblem[];
  /** The OPCO id asked for: undefined when none; `unknown` carries a value that is set but is no OPCO id. */
  readonly opco: { readonly kind: 'none' } | { readonly kind: 'id'; readonly id: string } | { readonly kind: 'unknown'; readonly shown: string };
  /** The filter's text (never longer than `MAX_FILTER`). */
  readonly filter: string;
  readonly sort: S;
  readonly pageSize: number;
  readonly showRegional: boolean;
  readonly showMerged: boolean;
}

/** Parses the list's attributes; the widget keeps working on defaults for the bad ones. */
export function parseBranchListAttributes<S extends string>(
  a: BranchListAttributes,
  sortKeys: readonly S[],
  t: BranchListMessages,
): ParsedBranchListAttributes<S> {
  const problems: AttributeProblem[] = [];
  const report = (attr: string, shown: string, expected: string) =>
    problems.push({
      attr,
      value: shown,
      message: t.badValue(attr, shown, expected),
      warning: warningOf(specOf(BRANCH_LIST_SPEC, propOf[attr]!), shown),
    });
  const propOf: Record<string, string> = { sort: 'sort', 'page-size': 'pageSize', 'show-regional': 'showRegional', 'show-merged': 'showMerged' };

  const sort = readTextOf(sortKeys === (SORT_KEYS as readonly string[]) ? SORT : { ...SORT, values: sortKeys }, a.sort);
  if (sort.kind === 'invalid') report('sort', sort.shown, sortKeys.join(' | '));
  const pageSize = readNumberOf(PAGE_SIZE, a.pageSize);
  if (pageSize.kind === 'invalid') report('page-size', pageSize.shown, `1 … ${MAX_PAGE_SIZE}`);
  const showRegional = readFlagOf(REGIONAL, a.showRegional);
  if (showRegional.kind === 'invalid') report('show-regional', showRegional.shown, 'true | false');
  const showMerged = readFlagOf(MERGED, a.showMerged);
  if (showMerged.kind === 'invalid') report('show-merged', showMerged.shown, 'true | false');

  const opco = readTextOf(OPCO, a.opco);
  const filter = typeof a.filter === 'string' ? a.filter.slice(0, MAX_FILTER) : typeof a.filter === 'number' ? String(a.filter) : '';
  return {
    problems,
    opco:
      opco.kind === 'ok'
        ? { kind: 'id', id: opco.value }
        : a.opco === undefined || a.opco === null
          ? { kind: 'none' }
          : { kind: 'unknown', shown: echo(a.opco) },
    filter,
    sort: valueOr(sort, sortKeys[0]!) as S,
    pageSize: valueOr(pageSize, DEFAULT_PAGE_SIZE),
    showRegional: valueOr(showRegional, false),
    showMerged: valueOr(showMerged, true),
  };
}
