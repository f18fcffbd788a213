import type { Convention, OpcoData } from '../../data/index.js';
import { isCurrent } from '../../data/search.js';
import type { BranchListMessages } from './opco-branch-list.messages.js';

/**
 * Pure shaping of one OPCO's conventions for the branch list: which section each IDCC goes
 * to, replaced IDCCs nested under their successor, sorting. No DOM, no Lit, no data look-up:
 * the element passes the conventions (from `conventionsOf`) and the filter matches (from
 * `searchConventions`), so the matching stays the data module's.
 */

/**
 * Sections, in display order.
 * - `national`: national (or interregional) conventions still in use: the headline.
 * - `other`: company conventions, statutes and other titled texts without a territorial scope.
 * - `local`: regional, departmental and local conventions.
 * - `untitled`: IDCCs no source gave a title for (mostly regional building texts and codes
 *   declared by a handful of establishments): folded rather than shown as if they were branches.
 * - `ended`: texts no longer in force (abrogated, expired, denounced per KALI) and replaced
 *   IDCCs whose successor is not attached to this OPCO. They stay findable: companies still
 *   declare them in DSN.
 * Replaced IDCCs whose successor is listed are not a section: they are nested under it.
 * "In force" is the data module's `isCurrent`, not a rule of ours.
 */
export const GROUP_IDS = ['national', 'other', 'local', 'untitled', 'ended'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export type SortKey = 'name' | 'idcc';
export const SORT_KEYS: readonly SortKey[] = ['name', 'idcc'];

export interface BranchEntry {
  readonly convention: Convention;
  /** Replaced IDCCs nested under this one (only those matching the filter while one is active). */
  readonly replaced: readonly Convention[];
}

export interface BranchGroup {
  readonly id: GroupId;
  /** Rows shown (after the filter), sorted. */
  readonly entries: readonly BranchEntry[];
  /** Rows in this section without a filter. */
  readonly total: number;
}

export interface BranchView {
  readonly groups: readonly BranchGroup[];
  /** National conventions in force: the count shown as the list's headline. */
  readonly headline: number;
  /** Every IDCC listed (replaced ones included unless hidden). */
  readonly total: number;
  /** IDCCs matching the filter, nested ones included (equals `total` without a filter). */
  readonly matching: number;
}

export interface ViewOptions {
  /** IDCCs matching the filter, or null when there is no filter. */
  readonly matches: ReadonlySet<string> | null;
  readonly sort: SortKey;
  /** Show IDCCs no longer in force: nested under their successor, or in the `ended` section (true), or leave them out (false). */
  readonly showMerged: boolean;
}

/** Which section a convention belongs to (before nesting replaced IDCCs under their successor). */
export function groupOf(c: Convention): GroupId {
  if (!isCurrent(c)) return 'ended';
  if (!c.title) return 'untitled';
  if (c.scope === 'national') return 'national';
  if (c.scope === 'regional' || c.scope === 'departmental') return 'local';
  return 'other';
}

/** What a row shows as its name: the short title, else the official one, else nothing. */
export const displayName = (c: Convention): string | null => c.shortTitle ?? c.title;

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function compareConventions(sort: SortKey): (a: Convention, b: Convention) => number {
  if (sort === 'idcc') return (a, b) => Number(a.idcc) - Number(b.idcc);
  // by the name as shown: the order a reader can check by eye (titles without a short label
  // start with "Convention collective…", and so they sort together, e.g. OCAPIAT's by department)
  return (a, b) => {
    const an = displayName(a);
    const bn = displayName(b);
    // untitled rows keep IDCC order, after the titled ones
    if (!an || !bn) return an ? -1 : bn ? 1 : Number(a.idcc) - Number(b.idcc);
    return collator.compare(an, bn) || Number(a.idcc) - Number(b.idcc);
  };
}

/** The successor a replaced IDCC is nested under: the first one listed here, followed through chains. */
function successorIn(c: Convention, byIdcc: ReadonlyMap<string, Convention>): Convention | undefined {
  let current: Convention | undefined = c;
  const seen = new Set<string>();
  while (current && current.replacedBy.length > 0 && !seen.has(current.idcc)) {
    seen.add(current.idcc);
    current = current.replacedBy.map((id) => byIdcc.get(id)).find((x): x is Convention => x !== undefined);
  }
  return current && isCurrent(current) && current !== c ? current : undefined;
}

export function buildView(conventions: readonly Convention[], options: ViewOptions): BranchView {
  const { matches, sort, showMerged } = options;
  const byIdcc = new Map(conventions.map((c) => [c.idcc, c]));
  const nested = new Map<string, Convention[]>();
  const ended: Convention[] = [];
  const tops: Convention[] = [];
  for (const c of conventions) {
    if (isCurrent(c)) {
      tops.push(c);
      continue;
    }
    if (!showMerged) continue;
    const successor = successorIn(c, byIdcc);
    if (successor) nested.set(successor.idcc, [...(nested.get(successor.idcc) ?? []), c]);
    else ended.push(c);
  }
  const compare = compareConventions(sort);
  const hit = (c: Convention) => matches === null || matches.has(c.idcc);
  const buckets = new Map<GroupId, { entries: BranchEntry[]; total: number }>(GROUP_IDS.map((id) => [id, { entries: [], total: 0 }]));
  let matching = 0;
  const place = (id: GroupId, c: Convention, children: readonly Convention[]) => {
    const bucket = buckets.get(id)!;
    bucket.total++;
    const shownChildren = children.filter(hit).sort(compare);
    const count = (hit(c) ? 1 : 0) + shownChildren.length;
    matching += count;
    // a successor stays visible when only one of the IDCCs it replaced matches (an old IDCC typed)
    if (count > 0) bucket.entries.push({ convention: c, replaced: shownChildren });
  };
  for (const c of tops) place(groupOf(c), c, nested.get(c.idcc) ?? []);
  for (const c of ended) place('ended', c, []);

  const groups: BranchGroup[] = [];
  for (const id of GROUP_IDS) {
    const bucket = buckets.get(id)!;
    if (bucket.total === 0) continue;
    bucket.entries.sort((a, b) => compare(a.convention, b.convention));
    groups.push({ id, ...bucket });
  }
  const total = tops.length + (showMerged ? conventions.length - tops.length : 0);
  return { groups, headline: buckets.get('national')!.total, total, matching: matches === null ? total : matching };
}

const headlines = new WeakMap<OpcoData, Map<string, number>>();

/** National conventions in force: the headline of an OPCO's list, and what the picker shows next to its name (cached per dataset). */
export function headlineCount(data: OpcoData, opcoId: string): number {
  let counts = headlines.get(data);
  if (!counts) headlines.set(data, (counts = new Map()));
  let n = counts.get(opcoId);
  if (n === undefined) counts.set(opcoId, (n = data.conventionsOf(opcoId).filter((c) => groupOf(c) === 'national').length));
  return n;
}

/** Where a convention is shown: its section and its row's index there (nested IDCCs count as their successor's row). */
export function locate(view: BranchView, idcc: string): { group: GroupId; index: number } | undefined {
  for (const g of view.groups) {
    const index = g.entries.findIndex((e) => e.convention.idcc === idcc || e.replaced.some((r) => r.idcc === idcc));
    if (index >= 0) return { group: g.id, index };
  }
  return undefined;
}

/** The count line: the headline without a filter, "n of total" with one. */
export function countText(t: BranchListMessages, view: BranchView, filtering: boolean): string {
  return filtering ? t.filtered(view.matching, view.total) : t.headline(view.headline, view.total);
}
