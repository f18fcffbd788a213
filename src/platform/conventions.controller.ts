import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OpcoData } from '../data/create.js';
import type { NafTables } from '../data/naf.js';
import { loadTable, loadTableWhenIdle, onRowsChange, onTableChange, rowsOf, tableState, withoutConventions, type TableState } from './conventions-table.js';
import type { Slice } from './conventions-table.js';

export interface ConventionsOptions {
  /** `now`, or once the browser is idle. */
  readonly when: 'now' | 'idle';
  /** The dataset a provider gave the element (nothing to load then), else undefined. */
  readonly given: () => OpcoData | undefined;
  /** Called when the table arrives. */
  readonly onReady?: () => void;
  /**
   * Given for an element that may need one OPCO's rows only (the branch list): the slice of that OPCO
   * (`opco` attribute, built file), else undefined. With a slice, it is fetched rather than the whole
   * table, unless the page has the table or asked for it.
   */
  readonly only?: () => Slice | undefined;
}

/**
 * For the elements that list or search conventions (finder, branch list): loads the page's
 * convention table, re-renders the element when it arrives and then calls `onReady`.
 */
export class ConventionsController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ConventionsOptions,
  ) {
    host.addController(this);
  }

  /** Where this element's rows come from: its OPCO's slice or the page's table. */
  private get rows() {
    return this.options.only ? rowsOf(this.options.only()) : { state: tableState(), load: loadTable, slice: false };
  }

  /** The table's (or the element's slice's) state for this element (ready at once with a provider's data). */
  get state(): TableState | { readonly status: 'given' } {
    return this.options.given() ? { status: 'given' } : this.rows.state;
  }

  /** The dataset in use: the provider's, else the page's table (or the slice) once it is in, else the OPCOs alone. */
  get data(): OpcoData {
    const given = this.options.given();
    if (given) return given;
    const rows = this.rows.state;
    return rows.status === 'ready' ? rows.data : withoutConventions();
  }

  /**
   * The APE/NAF tables, which travel with the page's table: undefined until it is in. Read while
   * rendering, so it asks for the table only when nobody has (with a provider's dataset, which has
   * none): a table that failed is not asked for again at every render.
   */
  get naf(): NafTables | undefined {
    const table = tableState();
    if (table.status === 'ready') return table.naf;
    if (table.status === 'idle') loadTable();
    return undefined;
  }

  get ready(): boolean {
    const { status } = this.state;
    return status === 'ready' || status === 'given';
  }

  /** The visitor needs the table now (the field has the focus, an answer is asked for). */
  need(): void {
    if (!this.options.given()) this.rows.load();
  }

  hostConnected(): void {
    const watch = this.options.only ? onRowsChange : onTableChange;
    // the page's rows (with a provider's dataset too: its APE/NAF links come with the table)
    let was = this.rows.state.status;
    this.unsubscribe = watch(() => {
      const now = this.rows.state.status;
      this.host.requestUpdate();
      if (now === 'ready' && was !== 'ready') this.options.onReady?.();
      was = now;
    });
    if (this.options.given()) return;
    if (this.options.when === 'now') this.rows.load();
    else loadTableWhenIdle();
  }

  /** A branch list whose OPCO changed: that OPCO's rows, if nobody asked for them yet. */
  hostUpdate(): void {
    if (this.options.only && this.options.when === 'now' && !this.options.given() && this.rows.state.status === 'idle') this.rows.load();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}
