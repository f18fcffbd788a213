import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { OpcoBranchList } from '../../../src/components/branch-list/opco-branch-list.js';
import '../../../src/index.js';
import { conventionsLoaded } from '../../helpers/conventions.js';

// these tests are about what the table says: it is in before any of them
await conventionsLoaded();

/** Renders a list and waits for it. */
export async function mount(template: TemplateResult): Promise<OpcoBranchList> {
  const el = await fixture<OpcoBranchList>(template);
  await el.updateComplete;
  return el;
}

export const branchList = (attrs: { opco?: string } = {}) => mount(html`<opco-branch-list opco=${attrs.opco ?? 'akto'}></opco-branch-list>`);

export const $ = <T extends Element = HTMLElement>(el: OpcoBranchList, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: OpcoBranchList, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** IDCCs of the row buttons a user can see (folded sections and closed details left out). */
export const visibleIdccs = (el: OpcoBranchList) =>
  $$(el, '.choose')
    .filter((b) => b.checkVisibility())
    .map((b) => b.dataset.idcc!);

/** IDCCs of the top-level rows of one section, in order. */
export const groupIdccs = (el: OpcoBranchList, group: string) => $$(el, `#group-${group} > ul > li > .choose`).map((b) => b.dataset.idcc!);

export const toggleOf = (el: OpcoBranchList, group: string) => $<HTMLButtonElement>(el, `#toggle-${group}`);

/** Types into the filter as a user does (value + input event), then waits for the render. */
export async function typeFilter(el: OpcoBranchList, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#filter')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export { captureWarnings } from '../../helpers/warnings.js';
