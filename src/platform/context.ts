import { createContext } from '@lit/context';
import type { OpcoData, OpcoId } from '../data/index.js';
import type { Lang } from './i18n.js';

/** The three looks an editor may ask for; `auto` follows the visitor's system setting. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** A company headcount as a range of employees (from a company found by SIRET, or typed). */
export interface HeadcountRange {
  readonly min: number;
  /** `null` when the band is open-ended ("10 000 salariés et plus"). */
  readonly max: number | null;
}

/**
 * What a finder on the page has found, shared by `<opco-provider>` with the other widgets
 * inside it (the branch list follows the OPCO, the funding explainer shows its contact).
 */
export interface PageSelection {
  readonly opcoId?: OpcoId;
  readonly idcc?: string;
  readonly headcount?: HeadcountRange;
}

// Registered symbols (Symbol.for): an element built into its own file (opco-apprentice-pay.js, with its own
// copy of Lit and of this module) must find the same keys as the provider of opco-widgets.js on the page.
export const dataContext = createContext<OpcoData | undefined>(Symbol.for('opco-widgets:data'));
export const langContext = createContext<Lang | undefined>(Symbol.for('opco-widgets:lang'));
export const themeContext = createContext<Theme | undefined>(Symbol.for('opco-widgets:theme'));
export const selectionContext = createContext<PageSelection | undefined>(Symbol.for('opco-widgets:selection'));
