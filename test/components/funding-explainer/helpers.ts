import { aTimeout, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { OpcoFundingExplainer } from '../../../src/components/funding-explainer/opco-funding-explainer.js';
import '../../../src/index.js';

export type Explainer = OpcoFundingExplainer;

/** Renders an explainer (or a page holding one) and waits for it. */
export async function mount<T extends Element = Explainer>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  const explainer = (el.localName === 'opco-funding-explainer' ? el : el.querySelector('opco-funding-explainer')) as Explainer | null;
  await explainer?.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** Text as a reader gets it: whitespace collapsed (narrow no-break spaces are kept). */
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';

export const result = (el: Explainer) => $(el, '[part="result"]')!;
export const field = <T extends HTMLElement = HTMLInputElement>(el: Explainer, id: string) => $<T>(el, `#sim-${id}`)!;

/** Sets a field as the browser does after typing or picking, then fires `change` and waits. */
export async function change(el: Explainer, id: string, value: string | boolean): Promise<void> {
  const f = field<HTMLInputElement | HTMLSelectElement>(el, id);
  if (typeof value === 'boolean') (f as HTMLInputElement).checked = value;
  else f.value = value;
  f.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export { found } from '../../helpers/found.js';

export { captureWarnings } from '../../helpers/warnings.js';

/** Opens every <details> of the widget (and of the cards inside), so axe and the text see everything. */
export async function openAll(el: Explainer): Promise<void> {
  for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
  await el.updateComplete;
}

/** "4 500 €" with the narrow no-break space French uses between thousands and the no-break space before €. */
export const FR_4500 = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(4500);

/** Sets the browser window's width, mounts, and waits for the layout (the diagram's width observer, then its frame). */
export async function atWidth(width: number, template: TemplateResult): Promise<Explainer> {
  await setViewport({ width, height: 900 });
  const el = await mount<Explainer>(template);
  await aTimeout(60);
  await el.updateComplete;
  return el;
}
