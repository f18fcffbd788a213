import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of an element's polite live region (the element renders `text` in an
 * `aria-live="polite"` node). A sentence said `later` waits for a pause in typing (a screen reader
 * would stutter at every keystroke, or cut itself off mid-sentence) and is dropped when anything
 * else is said first; it is computed when it is said, so it is current. A detached host keeps no timer.
 */
export class LiveRegionController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  /** `delayMs`: the pause `later` waits for when it is given none. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 500,
  ) {
    host.addController(this);
  }

  /** Says `text` now; a sentence waiting to be said is dropped. */
  say(text: string): void {
    clearTimeout(this.timer);
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  /** Says what `sentence` returns once `delayMs` have passed with nothing else said. */
  later(sentence: () => string, delayMs = this.delayMs): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.say(sentence()), delayMs);
  }

  /** Cancels what was pending and empties the region. */
  clear(): void {
    this.say('');
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
