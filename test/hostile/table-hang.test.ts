// F3: a convention table that never comes. The finder answers its IDCC from its own script at once
// (AKTO, the title pending); after FETCH_TIMEOUT_MS the branch list stops saying "Chargement…": the
// list is unavailable, the hint says the server is too slow (not the visitor's connection), with the
// fallback link, and the finder no longer says the title is coming. The fake clock moves the 10 s on at once.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { setPageClock } from '../../src/services/clock.js';
import { FETCH_TIMEOUT_MS } from '../../src/platform/fetch-verified.js';
import { holdTable, releaseTable, tableGate, tableRequested, LOADING } from '../components/conventions-table/helpers.js';
import { shown, Uncaught } from './helpers.js';
import { captureWarnings } from '../helpers/warnings.js';
import { waitFor } from '../integration/helpers.js';

describe('hostile network: a convention table that never answers', function () {
  this.timeout(20000);
  const clock = new FakeClock();
  before(() => setPageClock(clock));
  after(async () => {
    setPageClock(undefined);
    await releaseTable();
  });

  it('gives up after the timeout: "n’a pas pu être chargée", "trop de temps", the fallback link; one warning', async () => {
    const uncaught = new Uncaught();
    const { requests } = await holdTable();
    let page!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      page = await fixture(html`<div><opco-finder idcc="1979" company-lookup="off"></opco-finder><opco-branch-list opco="akto"></opco-branch-list></div>`);
      await tableRequested(requests);
      const finder = page.querySelector('opco-finder')!;
      const list = page.querySelector('opco-branch-list')!;
      await waitFor(async () => shown(finder).includes('AKTO'), 'the finder to answer before the table');
      expect(shown(finder)).to.contain('en cours de chargement');
      expect(shown(list)).to.contain(LOADING);
      await clock.advance(FETCH_TIMEOUT_MS + 1);
      await waitFor(async () => !shown(finder).includes('en cours de chargement'), 'the finder to stop waiting for the title');
      expect(shown(finder)).to.contain('AKTO');
      for (const el of [list]) {
        await waitFor(async () => shown(el).includes('n’a pas pu être chargée'), `<${el.localName}> to give up`);
        expect(shown(el)).not.to.contain(LOADING);
        expect(shown(el)).to.contain('trop de temps');
        expect(shown(el)).not.to.contain('Vérifiez votre connexion');
        expect(el.shadowRoot!.querySelector('a[href*="francecompetences"]'), 'the fallback link').to.exist;
      }
    });
    expect(
      warnings.filter((w) => w.includes('convention table')),
      warnings.join('\n'),
    ).to.have.length(1);
    expect(warnings.find((w) => w.includes('convention table'))).to.contain('too slow');
    expect((await tableGate()).held).to.equal(true);
    expect(uncaught.stop()).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });
});
