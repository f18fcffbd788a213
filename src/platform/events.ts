import type { Convention, Opco, OpcoId, ResolutionKind } from '../data/index.js';
import type { HeadcountRange, PageSelection } from './context.js';
import { deepFreeze } from '../data/freeze.js';

/**
 * Fires an `opco-*` event from `target`: bubbling and composed so that it leaves our shadow
 * roots and reaches the host page, with a typed detail taken from `HTMLElementEventMap`. The
 * detail is deep-frozen (our records already are): pass a fresh object, never one still in use.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  // frozen all the way down: a listener cannot change what the next listener, or another widget, sees
  return target.dispatchEvent(new CustomEvent(type, { detail: deepFreeze(detail), bubbles: true, composed: true }));
}

/**
 * `opco-found`: a finder has an answer. It is part of the platform (not of the finder)
 * because `<opco-provider>` turns it into the page's shared selection.
 */
export interface OpcoFoundDetail {
  /** The OPCO's id, e.g. `akto`. */
  readonly opcoId: OpcoId;
  /** The OPCO record (names, website, SIREN, sectors). */
  readonly opco: Opco;
  /** The convention collective that led to it (absent when it came from a company alone). */
  readonly convention?: Convention;
  /** The IDCCs followed from what the user chose to the answer, e.g. `['0054', '3248']`. */
  readonly path: readonly string[];
  /** Where the answer comes from, e.g. "France compétences, table SIRO". */
  readonly source: string;
  /** The date of the data (ISO), e.g. `2026-08-11`. */
  readonly asOf: string;
  /** What the user typed or the attribute that was resolved. */
  readonly query: string;
  /** The company, when the answer came from a SIRET, SIREN or company name. */
  readonly company?: {
    readonly siren: string;
    readonly siret?: string;
    readonly name: string;
    readonly headcount?: HeadcountRange;
  };
}

/**
 * Why a query leads to no single OPCO (stable codes, for the page's analytics or its own message):
 * the IDCC answers (`invalid`, `unknown`, `special`, `shared`), then `no-result` (nothing matched),
 * `closed` (the company has ceased trading), `no-idcc` (it declares no convention) and
 * `service-error` (the company search failed).
 */
export type NotFoundReason = Exclude<ResolutionKind, 'found'> | 'no-result' | 'closed' | 'no-idcc' | 'public-employer' | 'activity-code' | 'service-error';

/** `opco-not-found`: what the user asked and why there is no OPCO to show. */
export interface OpcoNotFoundDetail {
  readonly query: string;
  readonly reason: NotFoundReason;
}

// Declared on GlobalEventHandlersEventMap so that elements, `document` and `window` listeners are typed.
declare global {
  interface GlobalEventHandlersEventMap {
    'opco-found': CustomEvent<OpcoFoundDetail>;
    'opco-not-found': CustomEvent<OpcoNotFoundDetail>;
    'opco-reset': CustomEvent<Record<string, never>>;
  }
}

const SAFE = new WeakSet<object>();

/**
 * A page selection as the widgets may read it: a plain frozen object with an OPCO id (text), an IDCC
 * (text) and a headcount range (numbers), whatever was given (a Proxy that throws, getters, other
 * shapes: what cannot be read is left out). Returns `value` itself when it is already one.
 */
export function pageSelection(value: unknown): PageSelection {
  if (typeof value === 'object' && value !== null && SAFE.has(value)) return value as PageSelection;
  const out: { opcoId?: OpcoId; idcc?: string; headcount?: HeadcountRange } = {};
  try {
    if (typeof value === 'object' && value !== null) {
      const v = value as Record<string, unknown>;
      const opcoId = v['opcoId'];
      if (typeof opcoId === 'string' && opcoId.length <= 40) out.opcoId = opcoId as OpcoId;
      const idcc = v['idcc'];
      if (typeof idcc === 'string' && idcc.length <= 10) out.idcc = idcc;
      const h = v['headcount'];
      if (typeof h === 'object' && h !== null) {
        const { min, max } = h as { min?: unknown; max?: unknown };
        if (typeof min === 'number' && Number.isFinite(min) && (max === null || (typeof max === 'number' && Number.isFinite(max))))
          out.headcount = Object.freeze({ min, max });
      }
    }
  } catch {
    /* a value that cannot be read shares nothing */
  }
  const safe = Object.freeze(out) as PageSelection;
  SAFE.add(safe);
  return safe;
}
