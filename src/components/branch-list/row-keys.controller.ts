import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentRoot };
type DocumentRoot = DocumentFragment;

/**
 * Arrow keys as a shortcut through a long list of row buttons: Down from the filter field goes
 * to the first row, Up/Down move between rows, Home/End jump, Up from the first row returns to
 * the field. Tab still visits every control in order: this adds speed, it replaces nothing
 * (so no roving tabindex, and no role a screen reader would have to learn).
 */
export class RowKeysController implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly selectors: { readonly field: string; readonly row: string },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  /** The row buttons a user can see now (those in folded groups or closed details are skipped). */
  rows(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>(this.selectors.row)].filter((el) =>
      el.checkVisibility(),
    );
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    const field = this.host.renderRoot.querySelector<HTMLElement>(this.selectors.field);
    const rows = this.rows();
    let next: HTMLElement | null | undefined;
    if (target === field) {
      if (event.key === 'ArrowDown') next = rows[0];
    } else if (target.matches(this.selectors.row)) {
      const i = rows.indexOf(target);
      if (event.key === 'ArrowDown') next = rows[i + 1];
      else if (event.key === 'ArrowUp') next = i <= 0 ? field : rows[i - 1];
      else if (event.key === 'Home') next = rows[0];
      else if (event.key === 'End') next = rows[rows.length - 1];
    }
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
}
