import { expect, html } from '@open-wc/testing';
import { conventionsOf, isCurrent, opcos } from '../../../src/data/index.js';
import { $, $$, mount, text, toggleOf } from './helpers.js';

// The headline counts national conventions in force with a title; the full count is every IDCC
// whose majority OPCO this is (SOURCES.md: an IDCC is not a branch, hence both numbers).
const nationalInForce = (id: string) => conventionsOf(id).filter((c) => isCurrent(c) && c.scope === 'national' && c.title !== null).length;

describe('<opco-branch-list> counts match the data module', () => {
  for (const opco of opcos) {
    it(`${opco.id}: headline, total, and every IDCC listed exactly once`, async () => {
      const all = conventionsOf(opco.id);
      const el = await mount(html`<opco-branch-list opco=${opco.id} page-size="1000"></opco-branch-list>`);
      // the visible line names the national conventions; the IDCC total is under "À propos de ces chiffres"
      expect(text($(el, '#count summary'))).to.match(new RegExp(`^${nationalInForce(opco.id)} conventions? collectives? nationales?`));
      const count = text($(el, '.count__about p'));
      expect(count).to.match(new RegExp(`^${nationalInForce(opco.id)} conventions? collectives? nationales? · ${all.length} IDCC en tout`));
      // unfold every section: each IDCC of the OPCO is a row (top level or nested), once
      for (const toggle of $$<HTMLButtonElement>(el, '.toggle')) if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
      await el.updateComplete;
      const rows = $$(el, '.choose').map((b) => b.dataset.idcc!);
      expect(rows.length).to.equal(all.length);
      expect(new Set(rows)).to.deep.equal(new Set(all.map((c) => c.idcc)));
    });
  }

  it('AKTO: the headline is not presented as a number of branches', async () => {
    const el = await mount(html`<opco-branch-list opco="akto"></opco-branch-list>`);
    expect(text($(el, '#count'))).to.contain('Un IDCC n’est pas toujours une branche');
    expect(text($(el, '#count'))).not.to.match(/\b27\b/);
  });

  it('section counts add up to the rows of the section', async () => {
    const el = await mount(html`<opco-branch-list opco="ocapiat" show-regional page-size="1000"></opco-branch-list>`);
    const toggle = toggleOf(el, 'local')!;
    const n = Number(/\((\d+)\)/.exec(text(toggle))![1]);
    expect($$(el, '#group-local > ul > li').length).to.equal(n);
    expect(n).to.be.greaterThan(100);
  });

  it('leaves IDCCs no longer in force out with show-merged="false"', async () => {
    const all = conventionsOf('opco-2i');
    const el = await mount(html`<opco-branch-list opco="opco-2i" show-merged="false" page-size="1000"></opco-branch-list>`);
    const inForce = all.filter(isCurrent).length;
    expect(text($(el, '#count'))).to.contain(`${inForce} IDCC en tout`);
    expect($(el, '.replaced')).to.equal(null);
    expect($(el, '#toggle-ended')).to.equal(null);
  });
});
