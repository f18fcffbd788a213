import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageClock, type TimerId } from '../services/clock.js';

/**
 * The text of an element's polite live region (the element renders `text` in an
 * `aria-live="polite"` node). A sentence said `later` waits for a pause in typing (a screen reader
 * would stutter at every keystroke, or cut itself off mid-sentence) and is dropped when anything
 * else is said first; it is computed when it is said, so it is current. A detached host keeps no timer.
 */
export class LiveRegionController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer?: TimerId;

  /** `delayMs`: the pause `later` waits for when it is given none. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 500,
  ) {
    host.addController(this);
  }

  /** Says `text` now; a sentence waiting to be said is dropped. */
  say(text: string): void {
    pageClock().clearTimeout(this.timer);
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  /** Says what `sentence` returns once `delayMs` have passed with nothing else said. */
  later(sentence: () => string, delayMs = this.delayMs): void {
    pageClock().clearTimeout(this.timer);
    // the page's clock, so that a test moves past the pause instead of sleeping through it
    this.timer = pageClock().setTimeout(() => this.say(sentence()), delayMs);
  }

  /** Cancels what was pending and empties the region. */
  clear(): void {
    this.say('');
  }

  hostDisconnected(): void {
    pageClock().clearTimeout(this.timer);
  }
}
