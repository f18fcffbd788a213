import type { Dataset, Opco, OpcoId } from '../data/types.js';
import { DATASET, OPCOS } from '../data/generated/tables.js';

/** The 11 OPCOs and the dataset's provenance: all a card or the explainer needs (a provider's `OpcoData` is one too). */
export interface OpcoList {
  readonly dataset: Dataset;
  readonly opcos: readonly Opco[];
  /** The OPCO with this id (`akto`, `opco-2i`…), else undefined. */
  getOpco(id: unknown): Opco | undefined;
}

const byId = new Map<unknown, Opco>(OPCOS.map((o) => [o.id, o]));

/** The bundled OPCOs, without the convention table (which elements that need it fetch: conventions-table.ts). */
export const bundledOpcos: OpcoList = Object.freeze({
  dataset: DATASET,
  opcos: OPCOS,
  getOpco: (id: unknown) => byId.get(id as OpcoId),
});
