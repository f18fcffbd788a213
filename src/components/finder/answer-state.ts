// The answer on screen, and what it tells the page. A plain class (no host lifecycle), hence not a *.controller.ts.
import type { ReactiveControllerHost } from 'lit';
import type { OpcoId } from '../../data/index.js';
import { dispatchAnswer, emitCompanyFound, type Answer } from './answer.js';
import type { OpcoGroup } from './company/company-groups.js';

/**
 * The finder's answer: shown, then told to the page (`opco-found` or `opco-not-found`) once it
 * is on screen; for a company with several OPCOs, the one the visitor retains.
 */
export class AnswerState {
  /** The answer on screen, if any. */
  current?: Answer;
  /** Among a company's several OPCOs, the one the visitor retained. */
  chosen?: OpcoId;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  show(answer: Answer): void {
    this.current = answer;
    this.chosen = undefined;
    this.host.requestUpdate();
    // the event leaves once the answer is on screen, and outside our update: a provider that
    // reacts by changing the page's selection then starts a fresh update of every widget
    void this.host.updateComplete.then(() => {
      // an answer given before the table is told once it is whole (titles in), not twice
      if (this.current === answer && !(answer.kind === 'resolution' && answer.pending)) dispatchAnswer(this.host, answer);
    });
  }

  /** Removes the answer; false when there was none. */
  clear(): boolean {
    const had = this.current !== undefined;
    this.current = undefined;
    this.host.requestUpdate();
    return had;
  }

  /** "Retenir …" on one of a company's several OPCOs: that one goes to the page. */
  readonly choose = (group: OpcoGroup): void => {
    if (this.current?.kind !== 'company') return;
    this.chosen = group.opco.id;
    this.host.requestUpdate();
    emitCompanyFound(this.host, this.current.model, group, this.current.query);
  };
}
