/**
 * Many widgets on one page: their updates share the main thread in slices. When a file loads, a
 * language pack or a slice of the convention table arrives, every widget of the page wants to render
 * at once; run in one task, 200 branch lists block the page for seconds. Each update asks for its
 * turn: it runs at once while the current slice is under BUDGET_MS (a lone widget never waits), else
 * in a next task, so the browser can paint and handle input in between. Page-wide (every file of
 * every version on the page shares the slices: a symbol on globalThis). The budget leaves room for
 * the update that starts just under it (a branch list's first render with its rows: ~15 ms at 4×
 * CPU), so that a slice stays under the 50 ms of a long task.
 */
const BUDGET_MS = 16;

interface Slices {
  /** When the slice of the current task started; undefined between tasks. */
  start: number | undefined;
  /** The next task the updates past the budget wait for. */
  next: Promise<void> | undefined;
}

const KEY = Symbol.for('opco-widgets.update-slices');

function slices(): Slices {
  const holder = globalThis as unknown as Record<symbol, Slices | undefined>;
  return (holder[KEY] ??= { start: undefined, next: undefined });
}

/** A task of its own (a message, not a timer: no clamping to 4 ms, not throttled like setTimeout). */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });

/** `true` when an update may run now, in this task; else a promise of the next task, to ask again then. */
export function updateTurn(): true | Promise<void> {
  const s = slices();
  const now = performance.now();
  if (s.start === undefined) {
    s.start = now;
    void nextTask().then(() => (s.start = undefined));
    return true;
  }
  if (now - s.start < BUDGET_MS) return true;
  return (s.next ??= nextTask().then(() => {
    s.next = undefined;
  }));
}

/** Runs `update` in its turn: now when the slice allows (synchronously), else in a later task. */
export function inTurn<T>(update: () => T): T | Promise<T> {
  const turn = updateTurn();
  if (turn === true) return update();
  return turn.then(() => inTurn(update));
}
