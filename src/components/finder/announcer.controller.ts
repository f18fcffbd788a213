import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of the host's polite live region. A sentence said `later` waits for a pause (a
 * screen reader would stutter at every keystroke) and is dropped when anything else is said
 * first; a detached host keeps no timer.
 */
export class AnnouncerController implements ReactiveController {
  /** What the live region says. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `text` now; a sentence waiting to be said is dropped. */
  say(text: string): void {
    clearTimeout(this.timer);
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  /** Says what `sentence` returns once `delay` ms have passed with nothing else said. */
  later(sentence: () => string, delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.say(sentence()), delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
