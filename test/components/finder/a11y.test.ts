import { expect, fixture, html } from '@open-wc/testing';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import { input, mount, options, press, settleCards, typeInto } from './helpers.js';

type Setup = (theme: string) => Promise<OpcoFinder>;

const prefilled =
  (idcc: string): Setup =>
  async (theme) => {
    const el = await mount(html`<opco-finder theme=${theme} idcc=${idcc}></opco-finder>`);
    await settleCards(el);
    return el;
  };

const states: [string, Setup][] = [
  ['empty', (theme) => mount(html`<opco-finder theme=${theme}></opco-finder>`)],
  [
    'open listbox with an active option',
    async (theme) => {
      const el = await mount(html`<opco-finder theme=${theme}></opco-finder>`);
      await typeInto(el, 'métallurgie');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      expect(options(el).length).to.be.greaterThan(1);
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-1');
      return el;
    },
  ],
  ['found', prefilled('1979')],
  ['merged 0054', prefilled('0054')],
  ['split 1740', prefilled('1740')],
  ['shared 3203', prefilled('3203')],
  ['low confidence 0023', prefilled('0023')],
  ['special 9999', prefilled('9999')],
  ['inoperative 0804', prefilled('0804')],
  ['unknown 0001', prefilled('0001')],
  [
    'invalid input',
    async (theme) => {
      const el = await mount(html`<opco-finder theme=${theme}></opco-finder>`);
      await typeInto(el, '0');
      await press(el, 'Enter');
      return el;
    },
  ],
  [
    'nothing found',
    async (theme) => {
      const el = await mount(html`<opco-finder theme=${theme}></opco-finder>`);
      await typeInto(el, 'zzzqqq');
      await press(el, 'Enter');
      return el;
    },
  ],
  ['bad attribute', async (theme) => fixture<OpcoFinder>(`<opco-finder theme="${theme}" limit="-3" idcc="abc"></opco-finder>`)],
  ['compact', async (theme) => prefilled('1979')(theme).then(async (el) => ((el.compact = true), await settleCards(el), el))],
];

describe('<opco-finder> accessibility (axe)', () => {
  for (const theme of ['light', 'dark']) {
    for (const [name, setup] of states) {
      it(`${name}, ${theme}`, async () => {
        const el = await setup(theme);
        expect(el.getAttribute('data-theme')).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('English, dark, with an answer', async () => {
    const el = await fixture<OpcoFinder>(`<opco-finder lang="en" theme="dark" idcc="3203"></opco-finder>`);
    await settleCards(el);
    await expect(el).to.be.accessible();
  });
});
