/**
 * What the finder needs to answer an IDCC before the convention table is in: the table's rows cut to
 * the fields an answer reads (packed fields 0–8: OPCO, candidates, confidence, legal status,
 * replacements, sources, establishments, share; fields 9–11, scope and titles, left empty), ~4.4 kB gzip in the finder's
 * file. Built, the import below is the cut rows themselves (scripts/rollup/conventions-table.mjs,
 * answerRowsModule); in the sources it is the whole table, cut here alike.
 */
import { createOpcoData, type OpcoData } from '../data/create.js';
import { DATASET, OPCOS, OPCO_IDS, SOURCE_IDS } from '../data/generated/tables.js';
import { decodeConventions } from '../data/packed.js';
import { parseIdcc } from '../data/idcc.js';
import table from '../data/generated/conventions.json' with { type: 'json' };

/** The rows cut to the answer's fields (the same cut as the build's). */
const cut = (rows: string): string =>
  rows
    .split('\n')
    .map((line) => `${line.split('|').slice(0, 9).join('|')}|||`)
    .join('\n');

let lines: Map<string, readonly string[]> | undefined;

/** IDCC → its row's fields (IDCC deltas made absolute), read once: a scan of the string, no decoding. */
function rows(): Map<string, readonly string[]> {
  if (lines) return lines;
  lines = new Map();
  let idcc = 0;
  for (const line of cut(table.rows).split('\n')) {
    const fields = line.split('|');
    idcc += Number(fields[0]);
    lines.set(String(idcc).padStart(4, '0'), fields);
  }
  return lines;
}

/**
 * The dataset an answer to `query` can be given from before the table is in: the asked IDCC's row and
 * the rows that replace it (followed), decoded alone (a few rows, not 970: the answer is at once even
 * on a slow phone), titles null and scope unknown. Any other query: no convention (the resolution
 * then says why: invalid, special, not in the table).
 */
export function answerData(query: unknown): OpcoData {
  const parsed = parseIdcc(query);
  const all = rows();
  const wanted = new Map<string, readonly string[]>();
  const queue = parsed.ok ? [parsed.idcc] : [];
  while (queue.length) {
    const idcc = queue.shift()!;
    const fields = all.get(idcc);
    if (!fields || wanted.has(idcc)) continue;
    wanted.set(idcc, fields);
    if (fields[5]) queue.push(...fields[5].split(',').map((n) => n.padStart(4, '0')));
  }
  // back to the packed format: sorted, each IDCC as the delta from the previous one
  let previous = 0;
  const packed = [...wanted.keys()]
    .sort()
    .map((idcc) => {
      const fields = [...wanted.get(idcc)!];
      fields[0] = String(Number(idcc) - previous);
      previous = Number(idcc);
      return fields.join('|');
    })
    .join('\n');
  return createOpcoData({ dataset: DATASET, opcos: OPCOS, conventions: packed ? decodeConventions(packed, [], OPCO_IDS, SOURCE_IDS) : [] });
}
