// Every scheme card: sources, date, legal references, "à confirmer" in words; the money flow.
import { aTimeout, expect, html } from '@open-wc/testing';
import { FUNDING_SOURCES, MONEY_FLOW_EDGES, SCHEMES, SCHEME_IDS } from '../../../src/data/funding/index.js';
import { $, $$, mount, openAll, text, type Explainer } from './helpers.js';

describe('<opco-funding-explainer> scheme cards', () => {
  for (const id of SCHEME_IDS) {
    it(`${id}: summary, steps in order, who pays whom, legal references as links, sources and date`, async () => {
      const scheme = SCHEMES[id];
      const el = await mount<Explainer>(html`<opco-funding-explainer scheme=${id}></opco-funding-explainer>`);
      await openAll(el);
      const card = $(el, '[part="scheme"]')!;
      expect(text(card.querySelector('.scheme__title'))).to.equal(scheme.name.fr);
      expect(text(card)).to.contain(scheme.summary.text.fr.slice(0, 40));
      expect(card.querySelectorAll('[part="steps"] > li')).to.have.length(scheme.steps.length);
      expect(card.querySelectorAll('.pay')).to.have.length(scheme.payments.length);
      // the date: when the sources were read, and the newest of them
      const provenance = text($(el, '[part="provenance"]'));
      expect(provenance).to.contain('À jour au 26 novembre 2026');
      expect(provenance).to.contain('source la plus récente');
      // every source, with its link and date as given
      const sources = $$(el, '[part="sources"] li');
      expect(sources).to.have.length(scheme.sources.length);
      scheme.sources.forEach((key, i) => {
        const info = FUNDING_SOURCES[key];
        if (info.url) expect(sources[i]!.querySelector('a')!.href).to.equal(new URL(info.url).href);
        // the source's date in the page's language (French here), never the notes' English wording
        expect(text(sources[i])).to.contain(info.date ? info.date.slice(0, 4) : 'sans date');
        expect(text(sources[i])).not.to.match(/undated|item|archived/);
      });
      // legal references: Légifrance links where the data has one, said to open a new window
      const legal = $$(el, '[part="legal"] li');
      expect(legal).to.have.length(scheme.legalReferences.length);
      scheme.legalReferences.forEach((ref, i) => {
        const a = legal[i]!.querySelector('a');
        expect(Boolean(a), ref.id).to.equal(Boolean(ref.url));
        if (a) {
          expect(a.target).to.equal('_blank');
          expect(text(a)).to.contain('nouvelle fenêtre');
        }
      });
      // unconfirmed items say so in words
      expect(scheme.hasUnconfirmed).to.equal(true);
      expect(text($(el, '.tbc-all'))).to.contain('à confirmer');
      const marks = $$(el, '[part="unconfirmed"]');
      expect(marks.length).to.be.greaterThan(0);
      for (const m of marks) expect(text(m)).to.equal('à confirmer');
    });
  }

  it('reconversion explains that Pro-A closed on 1 January 2026, and marks its rules as ended', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer scheme="reconversion"></opco-funding-explainer>`);
    await openAll(el);
    const card = text($(el, '[part="scheme"]'));
    expect(card).to.contain('La Pro-A est fermée aux nouvelles entrées depuis le 1er janvier 2026');
    const proA = $$(el, '[part="eligibility"] li').find((li) => text(li).startsWith('Pro-A'))!;
    expect(text(proA)).to.contain('jusqu’au 31 décembre 2025');
    expect(text(proA)).to.contain('terminé');
  });

  it('the simulator is in the apprenticeship card only', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer></opco-funding-explainer>`);
    expect($(el, '[part="scheme"][data-scheme="apprentissage"] [part="simulator"]')).not.to.equal(null);
    $<HTMLButtonElement>(el, '#tab-cpf')!.click();
    await el.updateComplete;
    expect($(el, '[part="simulator"]')).to.equal(null);
  });
});

describe('<opco-funding-explainer> money flow', () => {
  it('is an image with a title and a text alternative of every flow', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer></opco-funding-explainer>`);
    const svg = $(el, 'svg[part="money-flow-diagram"]')!;
    expect(svg.getAttribute('role')).to.equal('img');
    const title = el.shadowRoot!.getElementById(svg.getAttribute('aria-labelledby')!)!;
    expect(title.localName).to.equal('title');
    expect(text(title)).to.contain('qui verse de l’argent à qui');
    const list = el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(list.querySelectorAll('li')).to.have.length(MONEY_FLOW_EDGES.length);
    expect(text(list)).to.contain('URSSAF');
    expect(text(list)).to.contain('à confirmer'); // the CPF de transition flow
    expect(svg.querySelectorAll('.node')).to.have.length.greaterThan(10);
    // colours come from classes (no style attribute anywhere)
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('fits 320 px: nothing overflows and the diagram becomes a numbered list of flows', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div class="w320"><opco-funding-explainer></opco-funding-explainer></div>`);
    wrapper.style.width = '320px'; // the test page's CSP allows it; the widget itself never uses style
    const el = wrapper.querySelector<Explainer>('opco-funding-explainer')!;
    await aTimeout(50); // ResizeObserver
    await el.updateComplete;
    await openAll(el);
    expect($(el, 'svg.flow__svg')).to.equal(null);
    const items = $$(el, '[part="money-flow-list"] > li');
    expect(items).to.have.length(MONEY_FLOW_EDGES.length);
    expect(text(items[0])).to.contain('Employeur').and.contain('URSSAF');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    // the scheme tabs scroll inside their own row (their list fits; the tabs beyond it are scrolled to)
    for (const node of el.shadowRoot!.querySelectorAll('.explainer *:not(.tabs *)')) {
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 1);
    }
  });

  it('a hidden explainer (display: none, width 0) keeps its wide diagram: no flash of the narrow one when shown again', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div><opco-funding-explainer></opco-funding-explainer></div>`);
    wrapper.style.width = '900px';
    const el = wrapper.querySelector<Explainer>('opco-funding-explainer')!;
    await aTimeout(50);
    await el.updateComplete;
    const columns = () => $(el, 'svg')!.getAttribute('viewBox')!.split(' ')[2];
    const wide = columns();
    wrapper.hidden = true;
    await aTimeout(50); // ResizeObserver, then the frame it waits for
    await el.updateComplete;
    wrapper.hidden = false;
    // the first frame after being shown is drawn with the layout kept while hidden
    expect(columns()).to.equal(wide);
  });

  it('the simulator’s fields line up although one label wraps to two lines', async () => {
    // a page whose text is larger (--opco-font-size): three fields a row, 211 px each, where
    // "Date de signature du contrat" takes two lines and "Nombre de salariés" one
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="--opco-font-size: 20px"><opco-funding-explainer scheme="apprentissage"></opco-funding-explainer></div>`,
    );
    wrapper.style.width = '700px';
    const el = wrapper.querySelector<Explainer>('opco-funding-explainer')!;
    await el.updateComplete;
    const tops = ['#sim-signed-on', '#sim-headcount', '#sim-level'].map((s) => Math.round($(el, s)!.getBoundingClientRect().top));
    const labels = ['signed-on', 'headcount', 'level'].map((s) => $(el, `label[for="sim-${s}"]`)!.getBoundingClientRect().height);
    expect(Math.max(...labels)).to.be.greaterThan(Math.min(...labels) * 1.5); // a label does wrap at this width
    expect(new Set(tops).size, `tops ${tops.join(', ')}`).to.equal(1);
  });
});
