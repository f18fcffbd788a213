// The test server's gates (test/server/routes.mjs, tableGate): a file the widgets fetch, held back
// while a test asks. Each test file has its own gate and its own count of requests.
import { executeServerCommand } from '@web/test-runner-commands';

/** The commands the test server answers: the table of the sources, the card's English pack, the built OPCO slices. */
export type GateCommand = 'conventions-table-gate' | 'language-pack-gate' | 'conventions-slice-gate';

export interface GateState {
  /** The file is being held back. */
  held: boolean;
  /** The widgets' fetches of the file this test file has made so far. */
  requests: number;
}

/** A gate: `gate(true)` holds the file back (30 s at most), `gate(false)` lets it (and what waits) go, `gate()` only reads. */
export const serverGate =
  (command: GateCommand) =>
  (hold?: boolean): Promise<GateState> =>
    executeServerCommand<GateState, { hold?: boolean }>(command, { hold });
