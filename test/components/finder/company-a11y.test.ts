// axe in the company look-up's states, light and dark.
import { expect, html } from '@open-wc/testing';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import { uniq } from '../../fake-api/fake-api.js';
import { answer, companyFinder, companyOptions, companyStatus, input, press, settleCards, text, typeInto, until } from './helpers.js';

type Setup = (theme: string) => Promise<OpcoFinder>;

const finder = (theme: string) => companyFinder((base) => html`<opco-finder theme=${theme} api-base=${base}></opco-finder>`);

/** Types a magic query, chooses the company with the keyboard, waits for the answer and its cards. */
const companyAnswer =
  (query: string): Setup =>
  async (theme) => {
    const el = await finder(theme);
    await typeInto(el, `${query} ${uniq()}`);
    await until(() => companyOptions(el).length > 0, 'company suggestions');
    await press(el, 'ArrowUp');
    await press(el, 'Enter');
    await until(() => answer(el), 'the answer');
    await settleCards(el);
    return el;
  };

const states: [string, Setup][] = [
  [
    'company suggestions below conventions, a company active',
    async (theme) => {
      const el = await finder(theme);
      await typeInto(el, `multi ${uniq()}`);
      await until(() => companyOptions(el).length > 0, 'company suggestions');
      await press(el, 'ArrowUp');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal(companyOptions(el)[0]!.id);
      return el;
    },
  ],
  [
    'searching companies',
    async (theme) => {
      const el = await finder(theme);
      await typeInto(el, `delay2000 ${uniq()}`);
      await until(() => text(companyStatus(el)).includes('Recherche des entreprises'), 'the searching status');
      return el;
    },
  ],
  ['company answer, several OPCOs', companyAnswer('multi')],
  ['company answer, closed', companyAnswer('closed')],
  ['company answer, no IDCC', companyAnswer('noidcc')],
  ['company answer, 9999', companyAnswer('idcc9999')],
  ['company answer, overseas', companyAnswer('outremer')],
  [
    'API error',
    async (theme) => {
      const el = await finder(theme);
      await typeInto(el, `error500 ${uniq()}`);
      await until(() => text(companyStatus(el)).includes('ne répond pas'), 'the error');
      input(el).blur();
      return el;
    },
  ],
  [
    'rate-limited',
    async (theme) => {
      const el = await finder(theme);
      await typeInto(el, `ratelimit3 ${uniq()}`);
      await until(() => text(companyStatus(el)).includes('Trop de recherches'), 'the message');
      return el;
    },
  ],
];

describe('<opco-finder> company look-up accessibility (axe)', function () {
  this.timeout(20000);
  for (const theme of ['light', 'dark']) {
    for (const [name, setup] of states) {
      it(`${name}, ${theme}`, async () => {
        const el = await setup(theme);
        expect(el.getAttribute('data-theme')).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  }
});
