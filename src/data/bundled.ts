// The dataset of the data module (dist/data.js), decoded once when the module loads. The widgets do not
// import it: they fetch the same conventions.json after their first render (src/platform/conventions-table.ts).
import { createOpcoData } from './create.js';
import { DATASET, OPCOS, OPCO_IDS, SOURCE_IDS } from './generated/tables.js';
import table from './generated/conventions.json' with { type: 'json' };
import { decodeTable } from './packed.js';
import { readNafTables } from './naf.js';

export const opcoData = createOpcoData({
  dataset: DATASET,
  opcos: OPCOS,
  conventions: decodeTable(table, OPCO_IDS, SOURCE_IDS),
});

/** The APE/NAF tables of the same file. */
export const nafTables = readNafTables(table.naf);
