// Issue #25: choosing a row (click or Enter) shows its convention's details in a disclosure; the
// controls line up at 768 px; the titles toggle says what it does from the state it is in.
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { findConvention } from '../../../src/data/index.js';
import { $, $$, branchList, mount, text, typeFilter } from './helpers.js';

const detailOf = (button: HTMLElement) =>
  button.getRootNode() instanceof ShadowRoot && (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls') ?? '');

describe('<opco-branch-list> — a chosen row shows its convention (#25)', () => {
  it('a click unfolds the details of 1979 under its row: IDCC, official title, OPCO, where to check; a second click folds them', async () => {
    const el = await branchList({ opco: 'akto' });
    await typeFilter(el, '1979');
    const button = $$(el, '.choose').find((b) => b.dataset.idcc === '1979')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = detailOf(button) as HTMLElement;
    expect(detail, 'aria-controls names the details').to.be.an.instanceOf(HTMLElement);
    expect(detail.closest('li')).to.equal(button.closest('li'));
    // each term with its value, as a screen reader reads the list
    const pairs = Object.fromEntries([...detail.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
    // the full official title, from the table
    const convention = findConvention('1979')!;
    expect(convention.title).to.be.a('string');
    expect(pairs).to.deep.equal({ IDCC: '1979', 'Titre officiel': convention.title, OPCO: 'AKTO' });
    const link = detail.querySelector('a')!;
    expect(link.href).to.equal('https://www.francecompetences.fr/');
    expect(link.target).to.equal('_blank');
    expect(text(link)).to.contain('nouvelle fenêtre');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="row-detail"]')).to.equal(null);
    // still the chosen one
    expect(button.getAttribute('aria-current')).to.equal('true');
  });

  it('Enter on a row unfolds its details, in English on an English page', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" lang="en"></opco-branch-list>`);
    await typeFilter(el, '1979');
    const button = $$(el, '.choose').find((b) => b.dataset.idcc === '1979')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const detail = detailOf(button) as HTMLElement;
    expect(text(detail)).to.contain('Official title');
    expect(text(detail)).to.contain('France compétences');
    expect(text(detail)).not.to.contain('Titre officiel');
  });

  it('choosing a row of the compact first view keeps the list as it is (no rows added under it)', async () => {
    const el = await branchList({ opco: 'akto' });
    const before = $$(el, '#group-national > ul > li').length;
    $$(el, '#group-national .choose')[0]!.click();
    await el.updateComplete;
    expect($$(el, '#group-national > ul > li')).to.have.length(before);
    expect($(el, '#group-national [part="more"]')).not.to.equal(null);
  });

  it('choosing another row moves the details to it', async () => {
    const el = await branchList({ opco: 'akto' });
    const [first, second] = $$(el, '#group-national .choose');
    first!.click();
    await el.updateComplete;
    second!.click();
    await el.updateComplete;
    expect($$(el, '[part="row-detail"]')).to.have.length(1);
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    expect(second!.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('<opco-branch-list> — controls (#25)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [768, 1280, 320]) {
    it(`at ${width} px the filter, the sort and the titles toggle line up`, async () => {
      await setViewport({ width, height: 900 });
      const el = await branchList({ opco: 'akto' });
      const filter = $(el, '#filter')!.getBoundingClientRect();
      const sort = $(el, '#sort')!.getBoundingClientRect();
      const toggle = $(el, '[part="titles-toggle"]')!.getBoundingClientRect();
      const filterLabel = $(el, 'label[for="filter"]')!.getBoundingClientRect();
      const sortLabel = $(el, 'label[for="sort"]')!.getBoundingClientRect();
      if (Math.abs(sort.top - filter.top) > 40) {
        // stacked (narrow): each control under the other, full width, none beside another
        expect(width).to.be.below(500);
        expect(sort.top).to.be.at.least(filter.bottom);
        return;
      }
      // on one row: labels on one line, fields on the next, the toggle on the fields' line
      expect(Math.round(sortLabel.top), 'labels').to.equal(Math.round(filterLabel.top));
      expect(Math.round(sort.top), 'fields').to.equal(Math.round(filter.top));
      expect(Math.round(sort.bottom), 'fields’ bottoms').to.equal(Math.round(filter.bottom));
      if (Math.abs(toggle.top - filter.top) < 40) {
        expect(Math.round(toggle.top), 'toggle').to.equal(Math.round(filter.top));
        expect(Math.round(toggle.bottom), 'toggle’s bottom').to.equal(Math.round(filter.bottom));
      } else expect(toggle.top, 'the toggle on its own line under the fields').to.be.at.least(filter.bottom);
    });
  }

  it('the titles toggle’s label says what it does from the state it is in', async () => {
    const el = await branchList({ opco: 'akto' });
    const toggle = $<HTMLButtonElement>(el, '[part="titles-toggle"]')!;
    expect(text(toggle)).to.equal('Afficher les titres officiels');
    toggle.click();
    await el.updateComplete;
    expect(text(toggle)).to.equal('Afficher les titres courts');
    expect($$(el, '[part="full-title"]').length).to.be.greaterThan(0);
  });
});
