// The convention table arrives after the widgets' first render (src/platform/conventions-table.ts).
// Tests about what the table holds load it first, once per page; tests of the loading itself
// (test/components/conventions-table) do not.
import { loadTable, onTableChange, tableState } from '../../src/platform/conventions-table.js';

/** Resolves when the page's convention table is in; rejects when it failed. */
export function conventionsLoaded(): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const state = tableState();
      if (state.status === 'ready') resolve();
      else if (state.status === 'failed') reject(new Error(`the convention table failed: ${state.reason}`));
      else return false;
      return true;
    };
    if (check()) return;
    const stop = onTableChange(() => check() && stop());
    loadTable();
  });
}
