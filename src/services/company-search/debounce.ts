// Debounce for typing: run `fn` once the input has been quiet for `ms`; `flush` runs it now
// (an explicit Enter must not wait), `cancel` drops the pending call.
import { pageClock, type Clock, type TimerId } from '../clock.js';

export interface Debounced<A extends unknown[]> {
  /** Schedules `fn(...args)`, replacing any pending call. */
  call(...args: A): void;
  /** Runs `fn(...args)` at once and drops the pending call. */
  flush(...args: A): void;
  cancel(): void;
  readonly pending: boolean;
}

export function createDebounce<A extends unknown[]>(fn: (...args: A) => void, ms = 250, clock: () => Clock = pageClock): Debounced<A> {
  let timer: TimerId | undefined;
  const cancel = (): void => {
    if (timer !== undefined) clock().clearTimeout(timer);
    timer = undefined;
  };
  return {
    call(...args: A) {
      cancel();
      timer = clock().setTimeout(() => {
        timer = undefined;
        fn(...args);
      }, ms);
    },
    flush(...args: A) {
      cancel();
      fn(...args);
    },
    cancel,
    get pending() {
      return timer !== undefined;
    },
  };
}
