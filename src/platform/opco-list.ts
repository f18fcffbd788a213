import type { OpcoId, OpcoProfile } from '../data/types.js';
import { OPCO_PROFILES } from '../data/generated/tables.js';
import { deepFreeze } from '../data/freeze.js';

/** The 11 OPCOs: all a card or the explainer needs (a provider's `OpcoData` is one too). */
export interface OpcoList {
  readonly opcos: readonly OpcoProfile[];
  /** The OPCO with this id (`akto`, `opco-2i`…), else undefined. */
  getOpco(id: unknown): OpcoProfile | undefined;
}

// frozen: a record a widget hands out cannot be altered for the other widgets of the page
const byId = new Map<unknown, OpcoProfile>(deepFreeze(OPCO_PROFILES).map((o) => [o.id, o]));

/** The bundled OPCOs, without the convention table (which elements that need it fetch: conventions-table.ts). */
export const bundledOpcos: OpcoList = Object.freeze({
  opcos: OPCO_PROFILES,
  getOpco: (id: unknown) => byId.get(id as OpcoId),
});
