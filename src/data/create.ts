// A dataset with its look-ups, resolution and search: the bundled one, or one a provider hands over.
import { parseIdcc } from './idcc.js';
import { resolveIdcc, type Resolution } from './resolve.js';
import { ConventionSearch, type SearchHit, type SearchOptions } from './search.js';
import type { Convention, Dataset, Opco, OpcoId, OpcoTables } from './types.js';
import { deepFreeze } from './freeze.js';

export interface OpcoData {
  readonly dataset: Dataset;
  readonly opcos: readonly Opco[];
  /** Every IDCC row, sorted by IDCC. */
  readonly conventions: readonly Convention[];
  /** The OPCO with this id (`akto`, `opco-2i`…), else undefined. */
  getOpco(id: unknown): Opco | undefined;
  /** Accepts 16, "0016", "IDCC 16", " 0016 ", "idcc0016"; undefined when invalid or not in the table. */
  findConvention(idcc: unknown): Convention | undefined;
  /** Conventions whose majority OPCO is this one, sorted by IDCC; [] for an unknown id. */
  conventionsOf(opco: unknown): readonly Convention[];
  /** IDCC → OPCO with the reason and a message in French and English. Never throws. */
  resolveOpco(input: unknown): Resolution;
  /** Ranked conventions for what a user types (IDCC, title words, everyday words). Never throws. */
  searchConventions(query: unknown, options?: SearchOptions): SearchHit[];
}

/**
 * The tables are frozen (deep) on the way in: every record handed out (to a widget, in an event
 * detail) is one a host cannot alter for the other widgets of the page.
 */
export function createOpcoData(tables: OpcoTables): OpcoData {
  try {
    return build(readTables(tables));
  } catch {
    // records that cannot be read (throwing getters, revoked Proxies): an empty dataset, never a crash
    return build(EMPTY);
  }
}

const EMPTY: OpcoTables = { dataset: { asOf: '', sources: [] }, opcos: [], conventions: [] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The tables as given, less the records that are not records (a host's array may hold anything). */
function readTables(tables: unknown): OpcoTables {
  if (!isRecord(tables)) return EMPTY;
  const { dataset, opcos, conventions } = tables;
  const list = <T>(value: unknown, ok: (item: Record<string, unknown>) => boolean): readonly T[] => {
    if (!Array.isArray(value)) return [];
    const keep = (item: unknown) => isRecord(item) && ok(item);
    return (value.every(keep) ? value : value.filter(keep)) as readonly T[];
  };
  return {
    dataset: isRecord(dataset) && typeof dataset.asOf === 'string' && Array.isArray(dataset.sources) ? (dataset as unknown as Dataset) : EMPTY.dataset,
    opcos: list<Opco>(opcos, (o) => typeof o.id === 'string'),
    conventions: list<Convention>(conventions, (c) => typeof c.idcc === 'string' && Array.isArray(c.replacedBy)),
  };
}

function build(tables: OpcoTables): OpcoData {
  const { dataset, opcos, conventions } = deepFreeze({ ...tables });
  const opcoById = new Map<OpcoId, Opco>(opcos.map((o) => [o.id, o]));
  const byIdcc = new Map(conventions.map((c) => [c.idcc, c]));
  const byOpco = new Map<string, Convention[]>();
  for (const c of conventions) if (c.opco) byOpco.set(c.opco, [...(byOpco.get(c.opco) ?? []), c]);
  for (const list of byOpco.values()) Object.freeze(list.sort((a, b) => (a.idcc < b.idcc ? -1 : 1)));
  let index: ConventionSearch | undefined; // built on the first search only
  const ctx = { dataset, byIdcc, opcoById };
  const knownOpco = (id: unknown): id is OpcoId => typeof id === 'string' && opcoById.has(id as OpcoId);

  return Object.freeze<OpcoData>({
    dataset,
    opcos,
    conventions,
    getOpco: (id) => (knownOpco(id) ? opcoById.get(id) : undefined),
    findConvention(idcc) {
      const parsed = parseIdcc(idcc);
      return parsed.ok ? byIdcc.get(parsed.idcc) : undefined;
    },
    conventionsOf: (opco) => (typeof opco === 'string' ? byOpco.get(opco) ?? [] : []),
    resolveOpco: (input) => resolveIdcc(ctx, input),
    searchConventions(query, options) {
      let opco: unknown;
      let limit: unknown;
      try {
        opco = options?.opco;
        limit = options?.limit;
      } catch {
        return []; // options that cannot be read (a throwing getter, a revoked Proxy) match nothing
      }
      // A filter on an OPCO we do not know matches nothing (rather than silently everything).
      if (opco !== undefined && opco !== null && !knownOpco(opco)) return [];
      index ??= new ConventionSearch(conventions);
      return index.search(query, { limit: limit as number | undefined, opco: (opco as OpcoId | null | undefined) ?? null });
    },
  });
}
