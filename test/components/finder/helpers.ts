import { fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import '../../../src/index.js';

/** The text a user sees in the widget (shadow root), whitespace collapsed. */
export const text = (el: Element): string => (el.shadowRoot ?? el).textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);

export const input = (el: OpcoFinder): HTMLInputElement => $<HTMLInputElement>(el, 'input')!;
export const listbox = (el: OpcoFinder): HTMLElement => $(el, '[role="listbox"]')!;
export const options = (el: OpcoFinder): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
export const answer = (el: OpcoFinder): HTMLElement | null => $(el, '[part="answer"]');
export const liveRegion = (el: OpcoFinder): HTMLElement => $(el, '[aria-live="polite"]')!;

export async function mount(template: TemplateResult): Promise<OpcoFinder> {
  const el = await fixture<OpcoFinder>(template);
  await el.updateComplete;
  return el;
}

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

export const cardText = (el: OpcoFinder): string =>
  [...el.shadowRoot!.querySelectorAll('opco-card')].map((c) => text(c)).join(' | ');
