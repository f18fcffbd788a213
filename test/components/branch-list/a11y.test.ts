import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { OpcoBranchList } from '../../../src/components/branch-list/opco-branch-list.js';
import { $$, mount, typeFilter } from './helpers.js';

type Theme = 'light' | 'dark';

const states: [string, (theme: Theme) => TemplateResult, ((el: OpcoBranchList) => Promise<void>)?][] = [
  ['an OPCO', (theme) => html`<opco-branch-list opco="akto" theme=${theme}></opco-branch-list>`],
  [
    'every section unfolded, official titles shown',
    (theme) => html`<opco-branch-list opco="akto" theme=${theme} page-size="1000"></opco-branch-list>`,
    async (el) => {
      for (const b of $$<HTMLButtonElement>(el, '.toggle[aria-expanded="false"]')) b.click();
      $$<HTMLButtonElement>(el, '[part="titles-toggle"]')[0]!.click();
      await el.updateComplete;
    },
  ],
  ['filtered', (theme) => html`<opco-branch-list opco="akto" theme=${theme}></opco-branch-list>`, (el) => typeFilter(el, 'propreté')],
  ['an old IDCC under its successor', (theme) => html`<opco-branch-list opco="opco-2i" theme=${theme} filter="métallurgie"></opco-branch-list>`],
  ['no result', (theme) => html`<opco-branch-list opco="akto" theme=${theme}></opco-branch-list>`, (el) => typeFilter(el, 'zzzz')],
  [
    'a row chosen',
    (theme) => html`<opco-branch-list opco="akto" theme=${theme}></opco-branch-list>`,
    async (el) => {
      $$<HTMLButtonElement>(el, '.choose')[0]!.click();
      await el.updateComplete;
    },
  ],
  ['the picker', (theme) => html`<opco-branch-list theme=${theme}></opco-branch-list>`],
  [
    'the picker with an OPCO picked',
    (theme) => html`<opco-branch-list theme=${theme}></opco-branch-list>`,
    async (el) => {
      const select = $$<HTMLSelectElement>(el, '#picker')[0]!;
      select.value = 'ocapiat';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    },
  ],
  ['compact', (theme) => html`<opco-branch-list opco="atlas" compact theme=${theme}></opco-branch-list>`],
  ['English', (theme) => html`<opco-branch-list opco="afdas" lang="en" theme=${theme}></opco-branch-list>`],
  ['an unknown OPCO', (theme) => html`<opco-branch-list opco="nope" theme=${theme}></opco-branch-list>`],
  ['a bad attribute', (theme) => html`<opco-branch-list opco="akto" sort="date" theme=${theme}></opco-branch-list>`],
];

describe('<opco-branch-list> accessibility (axe)', () => {
  const original = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = original));

  for (const theme of ['light', 'dark'] as const) {
    for (const [name, template, act] of states) {
      it(`${name} (${theme})`, async () => {
        const el = await mount(template(theme));
        if (act) await act(el);
        await expect(el).to.be.accessible();
      });
    }
  }
});
