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
import table from '../data/generated/conventions.json' with { type: 'json' };

/** The rows cut to the answer's fields (the same cut as the build's). */
const cut = (rows: string): string =>
  rows
    .split('\n')
    .map((line) => `${line.split('|').slice(0, 9).join('|')}|||`)
    .join('\n');

let data: OpcoData | undefined;

/**
 * The dataset of untitled conventions an answer can be given from: every IDCC with its OPCO and the
 * figures behind it, titles null and scope unknown until the table is in. Decoded on first use.
 */
export function answerData(): OpcoData {
  return (data ??= createOpcoData({ dataset: DATASET, opcos: OPCOS, conventions: decodeConventions(cut(table.rows), [], OPCO_IDS, SOURCE_IDS) }));
}
