// The loading of the convention table in src mode: the table's state is page-wide (one request, one
// decoded table per page), so each scenario has its own test file (Web Test Runner runs each file in its
// own page). The test server holds /src/data/generated/conventions.json back while a test asks (server
// command `conventions-table-gate`, test/server/routes.mjs): the table arrives when the test lets it go.
// Unlike test/components/finder and branch-list, nothing here loads the table first.
import { waitFor } from '../../integration/helpers.js';
import { nextFrame } from '@open-wc/testing';
import { serverGate } from '../../helpers/server-gate.js';
import '../../../src/index.js';

const gate = serverGate('conventions-table-gate');

/** Holds the table back: requests wait until `releaseTable()` (or 30 s). */
export const holdTable = () => gate(true);
/** Lets the table (and any request of it waiting) go. */
export const releaseTable = () => gate(false);
/** What the server has seen of the table, without changing anything. */
export const tableGate = () => gate();

/** Waits until the server has received a request of the table (held, so the widget is still waiting for it). */
export async function tableRequested(since: number): Promise<void> {
  await waitFor(async () => (await tableGate()).requests > since, 'a request of the convention table');
}

export const LOADING = 'Chargement de la liste des conventions collectives…';

/** The text a user sees in the widget (shadow root), whitespace collapsed. */
export const text = (el: Element): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** The loading status: role="status", aria-busy, its message. */
export const loadingStatus = (el: Element): HTMLElement | null => {
  const status = el.shadowRoot!.querySelector<HTMLElement>('[role="status"][aria-busy="true"]');
  return status && status.textContent!.includes(LOADING) ? status : null;
};

export const input = (el: Element): HTMLInputElement => el.shadowRoot!.querySelector('input')!;
export const options = (el: Element): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
export const answer = (el: Element): HTMLElement | null => el.shadowRoot!.querySelector('[part="answer"]');

/** Polls until something truthy (the integration tests' helper, one implementation). */
export { waitFor };

/** Lets the element render what it received (its update, then a frame). */
export async function settle(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}
