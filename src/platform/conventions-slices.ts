/**
 * The per-OPCO slices of the convention table a branch list fetches instead of the whole table:
 * OPCO id → [file name next to the script, Subresource Integrity]. Built into the script by
 * scripts/rollup/conventions-table.mjs (conventionSlices), which replaces the placeholder below; in
 * the sources there are none, and a branch list fetches the whole table. Only the branch list imports
 * it (the finder's file does not carry the 11 integrities).
 */
import type { OpcoId } from '../data/types.js';
import type { Slice } from './conventions-table.js';

const BUILT: string = '__opco_slices__';

const slices = BUILT.startsWith('{') ? (JSON.parse(BUILT) as Partial<Record<string, readonly [file: string, integrity: string]>>) : {};

/** `opco`'s slice in a built file; undefined in the sources (the whole table then). */
export function sliceOf(opco: OpcoId | undefined): Slice | undefined {
  const built = opco && slices[opco];
  return built ? { opco: opco, file: built[0], integrity: built[1] } : undefined;
}
