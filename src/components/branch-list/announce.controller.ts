import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Text for a polite live region, set only once the user pauses: a screen reader then reads one
 * count after typing, not one per keystroke (which it would queue or cut off mid-sentence).
 */
export class AnnounceController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs: number,
  ) {
    host.addController(this);
  }

  /** Says what `message()` returns once nothing else was asked for `delayMs` (read then, so it is current). */
  later(message: () => string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.text = message();
      this.host.requestUpdate();
    }, this.delayMs);
  }

  /** Cancels what was pending and empties the region. */
  clear(): void {
    clearTimeout(this.timer);
    this.text = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
