import { expect, fixture, html } from '@open-wc/testing';
import type { OpcoProvider } from '../../../src/components/provider/opco-provider.js';
import type { OpcoBranchList } from '../../../src/components/branch-list/opco-branch-list.js';
import { found } from '../../helpers/found.js';
import { $, $$, captureWarnings, mount, text } from './helpers.js';

describe('<opco-branch-list> inside an <opco-provider>', () => {
  async function page() {
    const provider = await fixture<OpcoProvider>(html`<opco-provider>
      <div id="finder"></div>
      <opco-branch-list id="follows"></opco-branch-list>
      <opco-branch-list id="pinned" opco="atlas"></opco-branch-list>
      <opco-branch-list id="alone" link="off"></opco-branch-list>
    </opco-provider>`);
    const get = (id: string) => provider.querySelector<OpcoBranchList>(`#${id}`)!;
    const settle = () => Promise.all(['follows', 'pinned', 'alone'].map((id) => get(id).updateComplete));
    return { provider, finder: provider.querySelector('#finder')!, get, settle };
  }

  it('follows the OPCO a finder found, marks and reveals its IDCC; a pinned opco does not switch', async () => {
    const { finder, get, settle } = await page();
    expect(text($(get('follows'), '[part="status"]'))).to.contain('Choisissez un OPCO');
    found(finder, 'akto', '3043');
    await settle();
    expect(text($(get('follows'), '#heading'))).to.contain('AKTO');
    expect($<HTMLSelectElement>(get('follows'), '#picker')!.value).to.equal('akto');
    expect($(get('follows'), '[data-idcc="3043"]')!.getAttribute('aria-current')).to.equal('true');
    expect(text($(get('pinned'), '#heading'))).to.contain('Atlas');
    expect(text($(get('alone'), '[part="status"]'))).to.contain('Choisissez un OPCO');
  });

  it('reveals a found IDCC that sits in a folded section', async () => {
    const { finder, get, settle } = await page();
    found(finder, 'ocapiat', '9331');
    await settle();
    const row = $(get('follows'), '[data-idcc="9331"]')!;
    expect(row.checkVisibility()).to.equal(true);
    expect(row.getAttribute('aria-current')).to.equal('true');
  });

  it('the last choice wins: a pick in the select, then a new finder answer', async () => {
    const { finder, get, settle } = await page();
    found(finder, 'akto', '3043');
    await settle();
    const select = $<HTMLSelectElement>(get('follows'), '#picker')!;
    select.value = 'opco-ep';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(text($(get('follows'), '#heading'))).to.contain('OPCO EP');
    found(finder, 'opco-2i', '3248');
    await settle();
    expect(text($(get('follows'), '#heading'))).to.contain('OPCO 2i');
  });
});

describe('<opco-branch-list> attributes', () => {
  it('an unknown opco: a visible error and one console warning listing the valid ids', async () => {
    let el!: OpcoBranchList;
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<opco-branch-list opco="opca-bidon"></opco-branch-list>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    const status = $(el, '[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('alert');
    expect(text(status)).to.contain('« opca-bidon » n’est pas un OPCO connu');
    expect(text(status)).to.contain('akto, atlas');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('opco="opca-bidon" is unknown. Valid ids: afdas, akto');
  });

  it('bad sort and page-size: a warning in the widget and the console, defaults used', async () => {
    let el!: OpcoBranchList;
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<opco-branch-list opco="akto" sort="date" page-size="beaucoup"></opco-branch-list>`);
    });
    expect(warnings.join('\n')).to.contain('sort="date" is not valid');
    expect(warnings.join('\n')).to.contain('page-size="beaucoup" is not valid');
    expect(text(el.shadowRoot!)).to.contain('sort="date" n’est pas une valeur possible');
    expect(el.shadowRoot!.querySelectorAll('#group-national > ul > li').length).to.equal(25);
  });

  it('show-merged accepts the words a CMS editor writes', async () => {
    for (const value of ['false', 'off', 'non', '0']) {
      const el = await mount(html`<opco-branch-list opco="akto" show-merged=${value}></opco-branch-list>`);
      expect($(el, '.replaced'), value).to.equal(null);
    }
    const el = await mount(html`<opco-branch-list opco="akto" show-merged="true" page-size="1000"></opco-branch-list>`);
    expect($(el, '.replaced')).to.exist;
  });

  it('heading-level sets the heading and the sections one below', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" heading-level="2"></opco-branch-list>`);
    expect($(el, '#heading')!.localName).to.equal('h2');
    expect($(el, '#toggle-national')!.parentElement!.localName).to.equal('h3');
  });

  it('compact drops the sort, the titles toggle and the count note', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" compact></opco-branch-list>`);
    expect($(el, '#sort')).to.equal(null);
    expect($(el, '[part="titles-toggle"]')).to.equal(null);
    expect($(el, '.note')).to.equal(null);
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" lang="en"></opco-branch-list>`);
    expect(text($(el, '#heading'))).to.equal('AKTO: branches and collective agreements');
    expect(text($(el, '#count summary'))).to.match(/^\d+ national collective agreements/);
    expect(text($(el, '.count__about p'))).to.match(/^\d+ national collective agreements · 107 IDCCs in all/);
    expect(text($(el, '[part="source"]'))).to.contain('data as of August 2026');
    expect(text($(el, 'label[for="filter"]'))).to.equal('Filter by name or IDCC number');
  });

  it('gives its provenance in French, with the month of the data', async () => {
    const el = await mount(html`<opco-branch-list opco="akto"></opco-branch-list>`);
    const source = text($(el, '[part="source"]'));
    expect(source).to.contain('France compétences, table SIRET-OPCO (SIRO)');
    expect(source).to.contain('données d’août 2026'.replace('’', "'"));
  });
});

describe('<opco-branch-list> language of the convention titles', () => {
  it('marks the French titles lang="fr", so an English page reads them with a French voice', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" lang="en"></opco-branch-list>`);
    const names = $$(el, '.choose__name:not(.choose__untitled)');
    expect(names.length).to.be.greaterThan(0);
    for (const n of names) expect(n.getAttribute('lang')).to.equal('fr');
    // the untitled placeholder is our own (translated) text: no lang
    for (const n of $$(el, '.choose__untitled')) expect(n.hasAttribute('lang')).to.equal(false);
    $<HTMLButtonElement>(el, '[part="titles-toggle"]')!.click();
    await el.updateComplete;
    for (const t of $$(el, '[part="full-title"]')) expect(t.getAttribute('lang')).to.equal('fr');
  });
});

describe('<opco-branch-list> controls line up', () => {
  it('the filter, the sort select and the titles toggle start at the same height (the hint does not push them down)', async () => {
    const el = await mount(html`<div class="wide"><opco-branch-list opco="akto"></opco-branch-list></div>`).then((w) => w.querySelector('opco-branch-list')!);
    el.parentElement!.style.width = '900px'; // the test page's CSP allows it; the widget never uses style
    await el.updateComplete;
    const top = (selector: string) => Math.round($(el, selector)!.getBoundingClientRect().top);
    expect(top('#sort')).to.equal(top('#filter'));
    expect(top('[part="titles-toggle"]')).to.be.closeTo(top('#filter'), 2);
  });
});
