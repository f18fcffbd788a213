import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentRoot };
type DocumentRoot = DocumentFragment;

/**
 * The rows of a long list are one Tab stop per section (roving tabindex): Tab enters a section's
 * rows on one row (the one last focused, else the chosen one, else the first) and the next Tab
 * leaves them, so getting past AKTO's list takes a few key presses, not dozens. Within the rows,
 * Up/Down move, Home/End jump, Up from the first row returns to the filter field, and Down from
 * the field goes to the first row. The rows stay plain buttons (no role a screen reader would
 * have to learn).
 */
export class RowKeysController implements ReactiveController {
  /** The row last focused in each section, by the section's element. */
  private readonly remembered = new WeakMap<Element, HTMLElement>();

  constructor(
    private readonly host: Host,
    private readonly selectors: { readonly field: string; readonly row: string; readonly scope: string },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
    // on the shadow root: a move of focus inside it does not reach the host as focusin
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.renderRoot.removeEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostUpdated(): void {
    for (const scope of this.host.renderRoot.querySelectorAll(this.selectors.scope)) this.rove(scope);
  }

  /** The row buttons a user can see now (those in folded groups or closed details are skipped). */
  rows(scope: ParentNode = this.host.renderRoot): HTMLElement[] {
    return [...scope.querySelectorAll<HTMLElement>(this.selectors.row)].filter((el) => el.checkVisibility());
  }

  /**
   * One row of the section takes the Tab stop; the others are reached with the arrows. After an
   * update, which rows show is read from the markup (a folded section is `hidden`, replaced IDCCs sit
   * in a closed `<details>`), not from the layout: asking the layout (checkVisibility) after each
   * update forced one layout of the whole page per element, and 50 lists updating together made one
   * long task of them.
   */
  private rove(scope: Element, to?: HTMLElement): void {
    const all = [...scope.querySelectorAll<HTMLElement>(this.selectors.row)];
    const visible = all.filter((el) => shownIn(el, scope));
    const kept = to ?? this.remembered.get(scope);
    const stop = (kept && visible.includes(kept) ? kept : undefined) ?? visible.find((el) => el.getAttribute('aria-current') === 'true') ?? visible[0];
    for (const row of all) row.tabIndex = row === stop ? 0 : -1;
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || !target.matches(this.selectors.row)) return;
    const scope = target.closest(this.selectors.scope);
    if (!scope) return;
    this.remembered.set(scope, target);
    this.rove(scope, target);
  };

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

/** False when `el` sits in a `hidden` element or in the body of a closed `<details>` below `scope` (no layout read). */
function shownIn(el: Element, scope: Element): boolean {
  for (let node: Element | null = el; node && node !== scope; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const parent = node.parentElement;
    if (parent instanceof HTMLDetailsElement && !parent.open && !(node instanceof HTMLElement && node.localName === 'summary')) return false;
  }
  return true;
}
