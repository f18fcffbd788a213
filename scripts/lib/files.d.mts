// Types of files.mjs, for the browser tests that import the list (test/csp, test/integration).
export interface ElementFile {
  /** The element's folder under src/components/, e.g. `finder`; also its package subpath. */
  readonly name: string;
  /** The element's tag, e.g. `opco-finder`. */
  readonly tag: string;
  /** Its self-contained file, e.g. `dist/opco-finder.js`. */
  readonly file: string;
  /** Its source module. */
  readonly source: string;
  /** Whether it fetches the convention table (opco-conventions.<hash>.json). */
  readonly table: boolean;
  /** gzip bytes its file may weigh. */
  readonly budget: number;
  /** gzip bytes before the first render we aim for. */
  readonly goal?: number;
}

export declare const ELEMENT_FILES: readonly ElementFile[];
export declare const ALL_IN_ONE: string;
export declare const OTHER_BUDGETS: readonly { file: string; budget: number; goal?: number }[];
