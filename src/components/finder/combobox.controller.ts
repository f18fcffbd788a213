import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the host tells the controller to do when the user acts on the field. */
export interface ComboboxCallbacks<T> {
  /** An option was chosen (Enter on the active option, click or tap). */
  choose(item: T, index: number): void;
  /** Enter with no active option: the host decides (resolve a typed IDCC, show "nothing found"…). */
  submit(): void;
  /** Escape on a closed list: the host clears the field. */
  clear(): void;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The keyboard and pointer behaviour of an ARIA 1.2 editable combobox with a listbox popup
 * ("list autocomplete, no automatic selection"): DOM focus stays in the text field and the
 * active option is conveyed by `aria-activedescendant`, so typing never loses its caret.
 *
 * It owns only the interaction state (open, active index, items); what the items are, how they
 * are found and what choosing one means belong to the host.
 */
export class ComboboxController<T> implements ReactiveController {
  /** The options currently offered. */
  items: readonly T[] = [];
  /** Whether the listbox is shown. */
  open = false;
  /** Index of the option with visual focus, -1 for none (focus "in the field"). */
  active = -1;

  constructor(
    private readonly host: Host,
    private readonly callbacks: ComboboxCallbacks<T>,
    /** Prefix of the option ids; ids are scoped to the host's shadow root. */
    private readonly idPrefix = 'option',
  ) {
    host.addController(this);
  }

  /** Keeps the active option visible when the list scrolls (long lists, small screens). */
  hostUpdated(): void {
    if (!this.open || this.active < 0) return;
    const option = this.host.shadowRoot?.getElementById(this.optionId(this.active));
    option?.scrollIntoView?.({ block: 'nearest' });
  }

  optionId(index: number): string {
    return `${this.idPrefix}-${index}`;
  }

  /** The value for the field's `aria-activedescendant`. */
  get activeDescendant(): string | undefined {
    return this.open && this.active >= 0 ? this.optionId(this.active) : undefined;
  }

  /**
   * New options (after a keystroke): nothing is active until the user moves into the list.
   * `keepActive`: more options were appended below (company suggestions arriving); the option
   * the user is on keeps its index, so the arrival does not throw them back to the field.
   */
  setItems(items: readonly T[], open: boolean, keepActive = false): void {
    this.items = items;
    if (!keepActive || this.active >= items.length) this.active = -1;
    this.open = (open || (keepActive && this.open)) && items.length > 0;
    this.host.requestUpdate();
  }

  close(): void {
    if (!this.open && this.active < 0) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private move(to: number): void {
    const n = this.items.length;
    if (n === 0) return;
    this.open = true;
    // wraps at both ends, as in the APG example, so a long list is one key away from its end
    this.active = ((to % n) + n) % n;
    this.host.requestUpdate();
  }

  /** Chooses the option at `index` (click, tap, Enter). */
  choose(index: number): void {
    const item = this.items[index];
    if (item === undefined) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
    this.callbacks.choose(item, index);
  }

  /** Bind to the field's `keydown`. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    // an IME is composing (Japanese, dead keys…): its Enter/Escape belong to it
    if (event.isComposing) return;
    // shortcuts (Ctrl+Home, Cmd+Enter…) belong to the browser; only Alt+arrows are ours (APG)
    if (event.ctrlKey || event.metaKey) return;
    if (event.altKey && event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const navigating = this.open && this.active >= 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        // Alt+ArrowDown opens without moving (APG); ArrowDown moves to the next option
        if (event.altKey) {
          this.open = this.items.length > 0;
          this.host.requestUpdate();
        } else this.move(this.open ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.close();
        else this.move(this.open ? (this.active < 0 ? this.items.length - 1 : this.active - 1) : this.items.length - 1);
        break;
      case 'Home':
      case 'End':
        // only while moving in the list; otherwise the keys move the caret in the text, as usual
        if (!navigating) return;
        event.preventDefault();
        this.move(event.key === 'Home' ? 0 : this.items.length - 1);
        break;
      case 'Enter':
        event.preventDefault();
        if (navigating) this.choose(this.active);
        else this.callbacks.submit();
        break;
      case 'Escape':
        event.preventDefault();
        // first press closes the list, the next one clears the field (APG)
        if (this.open) this.close();
        else this.callbacks.clear();
        break;
      case 'Tab':
        this.close();
        break;
    }
  };

  /** Bind to the listbox's `mousedown`: keeps focus in the field when an option is pressed. */
  readonly onListboxPointerDown = (event: Event): void => {
    event.preventDefault();
  };

  /** Bind to the field's `blur`. */
  readonly onBlur = (): void => {
    this.close();
  };
}
