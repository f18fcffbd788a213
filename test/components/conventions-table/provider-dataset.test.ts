// A finder given a dataset by its <opco-provider> (createOpcoData: a partner's own conventions) answers
// from it at once and never fetches the page's convention table: no request, the table's state idle.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createOpcoData } from '../../../src/data/create.js';
import type { Convention } from '../../../src/data/types.js';
import { DATASET, OPCOS } from '../../../src/data/generated/tables.js';
import { tableState } from '../../../src/platform/conventions-table.js';
import { answer, input, loadingStatus, options, settle, tableGate, text, waitFor } from './helpers.js';

/** Two rows of the real table, as a partner would hand over its own list. */
const row = (idcc: string, title: string, shortTitle: string, opco: Convention['opco'], establishments: number): Convention => ({
  idcc,
  title,
  shortTitle,
  opco,
  candidates: [],
  replacedBy: [],
  confidence: 'high',
  legalStatus: 'VIGUEUR_ETEN',
  scope: 'national',
  establishments,
  share: 0.9999,
  sources: ['siro_202608', 'mt_20190719'],
});
const partnerData = createOpcoData({
  dataset: DATASET,
  opcos: OPCOS,
  conventions: [
    row('1979', 'Convention collective nationale des hôtels, cafés, restaurants (HCR)', 'Hôtels, cafés, restaurants', 'akto', 220258),
    row(
      '2216',
      'Convention collective nationale du commerce de détail et de gros à prédominance alimentaire',
      'Commerce de détail et de gros à prédominance alimentaire',
      'opcommerce',
      35271,
    ),
  ],
});

const fetchesOfTheTable = () =>
  performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch' && e.name.includes('conventions'));

describe("finder: a provider's dataset", function () {
  this.timeout(20000);

  it('answers from it at once (focus, typing, Enter, idle time) and never fetches the table', async () => {
    const { requests } = await tableGate();
    const provider = await fixture<HTMLElement>(html`<opco-provider .data=${partnerData}>
      <opco-finder company-lookup="off"></opco-finder>
    </opco-provider>`);
    const el = provider.querySelector('opco-finder')!;
    await settle(el);

    input(el).focus();
    await sendKeys({ type: 'alimentaire' });
    await settle(el);
    // suggestions at once, from the partner's two rows; no loading status
    expect(loadingStatus(el)).to.equal(null);
    expect(options(el).map((o) => o.textContent!.replace(/\s+/g, ' '))).to.satisfy((shown: string[]) => shown.length === 1 && shown[0]!.includes('2216'));

    input(el).select();
    await sendKeys({ type: '1979' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => answer(el), 'the answer');
    expect(text(el)).to.contain('AKTO');

    // past the moment a finder loads its table when idle (1.5 s at most): still nothing asked
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(tableState().status).to.equal('idle');
    expect(fetchesOfTheTable()).to.deep.equal([]);
    expect((await tableGate()).requests).to.equal(requests);
  });
});

describe("finder: a provider's dataset and an APE code", function () {
  this.timeout(20000);

  it('fetches the page table for its APE/NAF links only when an APE code is asked, then answers from the partner rows', async () => {
    const provider = await fixture<HTMLElement>(html`<opco-provider .data=${partnerData}>
      <opco-finder company-lookup="off"></opco-finder>
    </opco-provider>`);
    const el = provider.querySelector('opco-finder')!;
    await settle(el);
    expect(tableState().status).to.equal('idle');

    input(el).focus();
    await sendKeys({ type: '5610A' });
    await sendKeys({ press: 'Enter' });
    // the links travel with the page's table: it is fetched now, and the APE answer follows
    await waitFor(() => answer(el), 'the APE answer');
    expect(tableState().status).to.equal('ready');
    expect(fetchesOfTheTable()).to.have.length(1);
    const shown = text(el);
    expect(shown).to.contain('56.10A');
    // the candidates are the partner's rows (1979 is among the conventions citing 56.10A)
    expect(shown).to.contain('1979');
  });
});
