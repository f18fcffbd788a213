// The hostile-host suite: a page that wraps or breaks `fetch`, a server that never answers, values
// no editor would type. Each scenario that changes the page-wide table state has its own file (Web
// Test Runner runs each file in its own page).
import { sendKeys } from '@web/test-runner-commands';
import { nextFrame } from '@open-wc/testing';
import { loadVariant, type FailingPage, type Variant } from '../integration/table-failure.js';

/** Errors that escape to the page (an exception in a Lit update, an unhandled rejection). */
export class Uncaught {
  readonly seen: string[] = [];
  private readonly onError = (e: ErrorEvent) => this.seen.push(String(e.message));
  private readonly onRejection = (e: PromiseRejectionEvent) => this.seen.push(String(e.reason));
  constructor() {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }
  stop(): string[] {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    return this.seen;
  }
}

/** The text a visitor sees in an element (its shadow root), whitespace collapsed. */
export const shown = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** True when the page asked for the convention table (the sources' or a built one). */
export const isTable = (url: string): boolean => /conventions(\.[0-9a-f]+)?\.json/.test(url);

export const urlOf = (input: unknown): string => (input instanceof Request ? input.url : String(input));

/**
 * Installs `wrapper` as the page's fetch (as a host script does before the widgets load); returns
 * the calls it saw and a restore function.
 */
export function hostFetch(wrapper: (original: typeof fetch) => unknown): { readonly calls: string[]; restore(): void } {
  const original = window.fetch;
  const calls: string[] = [];
  const installed = wrapper(original);
  const counting =
    typeof installed === 'function'
      ? (input: RequestInfo | URL, init?: RequestInit) => {
          calls.push(urlOf(input));
          return (installed as typeof fetch)(input, init);
        }
      : installed;
  (window as unknown as { fetch: unknown }).fetch = counting;
  return { calls, restore: () => void (window.fetch = original) };
}

/** Types `text` in the element's field, one real key press at a time. */
export async function typeIn(el: HTMLElement & { updateComplete: Promise<unknown> }, text: string): Promise<void> {
  el.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  await nextFrame();
}

/** What a page of built files recorded: its console warnings and uncaught errors. */
export type BuiltPage = FailingPage;

/**
 * Records warnings and errors, then loads the finder's and the branch list's built files from
 * /test/variants/<variant>/dist/ (test/server/routes.mjs). Call `hostFetch` first to play a host
 * script that wraps fetch before the widgets load.
 */
export const loadBuilt = (variant: Variant): Promise<BuiltPage> => loadVariant(variant);
