// Debounce for typing: run `fn` once the input has been quiet for `ms`; `flush` runs it now
// (an explicit Enter must not wait), `cancel` drops the pending call.

export interface Debounced<A extends unknown[]> {
  /** Schedules `fn(...args)`, replacing any pending call. */
  call(...args: A): void;
  /** Runs `fn(...args)` at once and drops the pending call. */
  flush(...args: A): void;
  cancel(): void;
  readonly pending: boolean;
}

export function createDebounce<A extends unknown[]>(fn: (...args: A) => void, ms = 250): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    call(...args: A) {
      cancel();
      timer = setTimeout(() => {
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
