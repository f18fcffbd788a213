import { fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import '../../../src/index.js';
import { conventionsLoaded } from '../../helpers/conventions.js';

// these tests are about what the table says: it is in before any of them
await conventionsLoaded();

/** The text a user sees in the widget (shadow root), whitespace collapsed. */
export const text = (el: Element): string => (el.shadowRoot ?? el).textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);

export const input = (el: OpcoFinder): HTMLInputElement => $<HTMLInputElement>(el, 'input')!;
export const listbox = (el: OpcoFinder): HTMLElement => $(el, '[role="listbox"]')!;
export const options = (el: OpcoFinder): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
export const answer = (el: OpcoFinder): HTMLElement | null => $(el, '[part="answer"]');
export const liveRegion = (el: OpcoFinder): HTMLElement => $(el, '[aria-live="polite"]')!;

/**
 * Mounts a finder. The tests of the IDCC / convention search run it with the company look-up
 * off unless they point it somewhere (`api-base`) or say otherwise (`company-lookup`): its
 * default target is the public API, which tests must never call (the guard below checks).
 */
export async function mount(template: TemplateResult): Promise<OpcoFinder> {
  const el = await fixture<OpcoFinder>(template);
  if (!el.hasAttribute('api-base') && !el.hasAttribute('company-lookup')) el.setAttribute('company-lookup', 'off');
  await el.updateComplete;
  return el;
}

/** Every request a test page made to the real API host (there must be none). */
export const realApiCalls: string[] = [];
const REAL_API_HOST = 'recherche-entreprises.api.gouv.fr';
const pageFetch = window.fetch.bind(window);
// a tripwire, not a stand-in: requests to the real host fail at once and are recorded
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (new URL(url, location.href).host === REAL_API_HOST) {
    realApiCalls.push(url);
    return Promise.reject(new TypeError('tests must not call the real API'));
  }
  return pageFetch(input, init);
};
afterEach(() => {
  if (realApiCalls.length) throw new Error(`the real API was called: ${realApiCalls.splice(0).join(', ')}`);
});

/** Clicks into the field and types with real key presses (the browser fires keydown/input). */
export async function typeInto(el: OpcoFinder, value: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: value });
  await settle(el);
}

export async function press(el: OpcoFinder, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

export async function settle(el: OpcoFinder): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/** Waits for the nested cards of the answer to render too. */
export async function settleCards(el: OpcoFinder): Promise<void> {
  await settle(el);
  await Promise.all([...el.shadowRoot!.querySelectorAll('opco-card')].map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
}

export const cardText = (el: OpcoFinder): string => [...el.shadowRoot!.querySelectorAll('opco-card')].map((c) => text(c)).join(' | ');

/** A finder pointed at the loopback fake, under its own path so that cache and 429 blocks are its own. */
export async function companyFinder(template: (apiBase: string) => TemplateResult): Promise<OpcoFinder> {
  const { fakeApiBase, uniq } = await import('../../fake-api/fake-api.js');
  return mount(template(`${await fakeApiBase()}/${uniq()}`));
}

/** Waits (polling) until `check` returns something truthy; fails with `what` after `timeout` ms. */
export async function until<T>(check: () => T | false | null | undefined, what: string, timeout = 5000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const companyOptions = (el: OpcoFinder): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"].option--company')];
export const companyStatus = (el: OpcoFinder): HTMLElement => $(el, '.company-status')!;
/** The OPCO ids of the cards in the answer, in order. */
export const cardIds = (el: OpcoFinder): string[] => [...el.shadowRoot!.querySelectorAll('opco-card')].map((c) => c.getAttribute('opco') ?? '');
