// The branch list's attributes as an editor (or a framework) sets them: parsed, checked, explained when wrong.
import { echo, readFlag, readInt, readOneOf, readString, valueOr, type AttributeProblem } from '../../platform/attributes.js';
import type { BranchListMessages } from './opco-branch-list.messages.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 1000;
/** A filter longer than any title is cut: it could match nothing more, and it bounds the search's work. */
export const MAX_FILTER = 200;

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
      warning: `${attr}="${shown}" is not valid; write ${expected}. The default is used.`,
    });

  const sort = readOneOf(a.sort, sortKeys);
  if (sort.kind === 'invalid') report('sort', sort.shown, sortKeys.join(' | '));
  const pageSize = readInt(a.pageSize, 1, MAX_PAGE_SIZE);
  if (pageSize.kind === 'invalid') report('page-size', pageSize.shown, `1 … ${MAX_PAGE_SIZE}`);
  const showRegional = readFlag(a.showRegional, 'show-regional');
  if (showRegional.kind === 'invalid') report('show-regional', showRegional.shown, 'true | false');
  const showMerged = readFlag(a.showMerged, 'show-merged');
  if (showMerged.kind === 'invalid') report('show-merged', showMerged.shown, 'true | false');

  const opco = readString(a.opco, { max: 40 });
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
    sort: valueOr(sort, sortKeys[0]!),
    pageSize: valueOr(pageSize, DEFAULT_PAGE_SIZE),
    showRegional: valueOr(showRegional, false),
    showMerged: valueOr(showMerged, true),
  };
}
