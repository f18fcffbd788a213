// The dataset bundled with the widgets, decoded once when the module loads.
import { createOpcoData } from './create.js';
import { CONVENTIONS_PACKED, DATASET, OPCOS, OPCO_IDS, SOURCE_IDS, TITLE_PREFIXES } from './generated/tables.js';
import { decodeConventions } from './packed.js';

export const opcoData = createOpcoData({
  dataset: DATASET,
  opcos: OPCOS,
  conventions: decodeConventions(CONVENTIONS_PACKED, TITLE_PREFIXES, OPCO_IDS, SOURCE_IDS),
});
