import { expect, fixture, html } from '@open-wc/testing';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import { captureWarnings } from '../../helpers/warnings.js';
import { answer, input, mount, options, typeInto } from './helpers.js';

const warnings = (fn: () => Promise<unknown>): Promise<string[]> => captureWarnings(async () => void (await fn()));

const errors = (el: OpcoFinder) => [...el.shadowRoot!.querySelectorAll('[part="status"][role="alert"]')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());

describe('<opco-finder> attributes', () => {
  it('label and placeholder', async () => {
    const el = await mount(html`<opco-finder label="Votre IDCC" placeholder="ex. 1979"></opco-finder>`);
    expect(input(el).labels?.[0]?.textContent).to.equal('Votre IDCC');
    expect(input(el).placeholder).to.equal('ex. 1979');
  });

  it('limit caps the number of suggestions', async () => {
    const el = await mount(html`<opco-finder limit="3"></opco-finder>`);
    await typeInto(el, 'métallurgie');
    expect(options(el)).to.have.length(3);
    el.limit = 5;
    await el.updateComplete;
    await typeInto(el, 's');
    expect(options(el).length).to.be.at.most(5);
  });

  it('opco restricts the suggestions to one OPCO, but a typed IDCC is still answered truthfully', async () => {
    const el = await mount(html`<opco-finder opco="akto"></opco-finder>`);
    await typeInto(el, 'transport');
    expect(options(el).length).to.be.greaterThan(0);
    for (const o of options(el)) expect(o.textContent).to.contain('AKTO');
    expect(el.shadowRoot!.textContent).not.to.contain('OPCO Mobilités');
  });

  it('compact is reflected and handed to the cards', async () => {
    const el = await mount(html`<opco-finder compact idcc="1979"></opco-finder>`);
    expect(el.hasAttribute('compact')).to.equal(true);
    expect(el.shadowRoot!.querySelector('opco-card')!.hasAttribute('compact')).to.equal(true);
  });

  const bad: [string, string, string][] = [
    ['idcc', 'abc', 'idcc="abc" n’est pas un code IDCC'],
    ['limit', '-3', 'limit="-3" n’est pas un nombre de suggestions valide'],
    ['limit', '2.5', 'limit="2.5"'],
    ['limit', 'beaucoup', 'limit="beaucoup"'],
    ['heading-level', '9', 'heading-level="9"'],
    ['opco', 'opca-inconnu', 'opco="opca-inconnu" n’est pas un OPCO connu'],
  ];
  for (const [name, value, message] of bad) {
    it(`${name}="${value}": a visible message and one console warning, and the widget still works`, async () => {
      let el!: OpcoFinder;
      const seen = await warnings(async () => {
        el = await fixture<OpcoFinder>(`<opco-finder ${name}="${value}"></opco-finder>`);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(errors(el).join(' ')).to.contain(message);
      expect(seen.filter((w) => w.includes('<opco-finder>') && w.includes(value))).to.have.length(1);
      expect(answer(el)).to.equal(null);
      await typeInto(el, 'coiffure');
      expect(options(el).length).to.be.greaterThan(0);
    });
  }

  it('an empty idcc is no error (a CMS field left blank)', async () => {
    const el = await mount(html`<opco-finder idcc=""></opco-finder>`);
    expect(errors(el)).to.deep.equal([]);
    expect(answer(el)).to.equal(null);
  });

  it('the message goes away once the attribute is fixed', async () => {
    const el = await fixture<OpcoFinder>(`<opco-finder limit="0"></opco-finder>`);
    expect(errors(el)).to.have.length(1);
    el.setAttribute('limit', '4');
    await el.updateComplete;
    expect(errors(el)).to.deep.equal([]);
  });

  it('an attribute error speaks English with lang="en"', async () => {
    const el = await fixture<OpcoFinder>(`<opco-finder lang="en" idcc="abc"></opco-finder>`);
    expect(errors(el).join(' ')).to.contain('idcc="abc" is not an IDCC code');
  });
});
