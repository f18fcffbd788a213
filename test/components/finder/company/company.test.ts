// The company path of the finder (issue #5), driven as a user does, against the loopback fake API.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import type { OpcoFinder } from '../../../../src/components/finder/opco-finder.js';
import type { OpcoProvider } from '../../../../src/components/provider/opco-provider.js';
import { OpcoElement } from '../../../../src/platform/opco-element.js';
import type { PageSelection } from '../../../../src/platform/context.js';
import { NAF_CAVEAT } from '../../../../src/data/index.js';
import { fakeApiBase, fakeStats, uniq } from '../../../fake-api/fake-api.js';
import {
  $,
  answer,
  cardIds,
  companyFinder,
  companyOptions,
  companyStatus,
  input,
  liveRegion,
  options,
  press,
  settle,
  settleCards,
  text,
  typeInto,
  until,
} from '../helpers.js';

/** Sees the page's selection as any widget inside a provider does. */
class SelectionProbe extends OpcoElement {
  get seen(): PageSelection | undefined {
    return this.selection;
  }
}
if (!customElements.get('test-selection-probe')) customElements.define('test-selection-probe', SelectionProbe);

const answered = (el: OpcoFinder) => until(() => answer(el), 'an answer');
const companiesListed = (el: OpcoFinder, n = 1) => until(() => companyOptions(el).length >= n && companyOptions(el), 'company suggestions');

describe('<opco-finder> company look-up', function () {
  this.timeout(20000);

  it('a SIRET typed: the establishment is suggested, Enter shows its OPCO (the shop of a multi-OPCO company)', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, '901 000 000 00025');
    const [option] = await companiesListed(el);
    expect(text(option!)).to.contain('GROUPE MULTI SERVICES');
    expect(text(option!)).to.contain('LYON');
    expect(text(option!)).to.contain('SIRET 901 000 000 00025');
    expect(text(option!)).to.contain('en activité');
    const found = oneEvent(el, 'opco-found');
    await press(el, 'Enter');
    const { detail } = await found;
    await settleCards(el);
    // the SIRET look-up is about that establishment alone: hairdressing → OPCO EP, not the head office's AKTO
    expect(cardIds(el)).to.deep.equal(['opco-ep']);
    expect(text(answer(el)!)).to.contain('Réponse pour l’établissement SIRET 901 000 000 00025');
    expect(text(answer(el)!)).to.contain('IDCC 2596');
    expect(detail.opcoId).to.equal('opco-ep');
    expect(detail.path).to.deep.equal(['2596']);
    expect(detail.company).to.deep.equal({
      siren: '901000000',
      siret: '90100000000025',
      name: 'GROUPE MULTI SERVICES',
      headcount: { min: 50, max: 99 },
    });
    expect(input(el).value).to.equal('901 000 000 00025');
  });

  it('a SIRET pasted and Enter at once: no need to wait for the suggestion', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    input(el).focus();
    input(el).value = '90100000000017';
    input(el).dispatchEvent(new Event('input'));
    const found = oneEvent(el, 'opco-found');
    await press(el, 'Enter');
    const { detail } = await found;
    await settleCards(el);
    // the head office declares HCR 1979 and fast food 1501: both lead to AKTO, one card, both listed
    expect(cardIds(el)).to.deep.equal(['akto']);
    const a = text(answer(el)!);
    expect(a).to.contain('IDCC 1979');
    expect(a).to.contain('IDCC 1501');
    expect(a).to.contain('Effectif : 50 à 99 salariés (2023)');
    expect(detail.path).to.deep.equal(['1979', '1501']);
    expect(detail.convention?.idcc).to.equal('1979');
  });

  it('a name: conventions at once, companies below after the pause, in two labelled groups; keyboard to choose', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    const name = `boulangerie ${uniq()}`;
    await typeInto(el, name.slice(0, 11));
    const local = options(el).length;
    expect(local).to.be.greaterThan(0);
    expect(companyOptions(el)).to.have.length(0);
    await sendKeys({ type: name.slice(11) });
    await settle(el);
    const companies = await companiesListed(el);
    const conventions = options(el).length - companies.length;
    const groups = [...el.shadowRoot!.querySelectorAll('[role="listbox"] > [role="group"]')];
    expect(groups).to.have.length(conventions > 0 ? 2 : 1);
    const labels = groups.map((g) => el.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)!.textContent);
    expect(labels.at(-1)).to.equal('Entreprises');
    if (conventions > 0) expect(labels[0]).to.equal('Conventions collectives');
    // conventions first, companies after
    expect(options(el).indexOf(companies[0]!)).to.equal(conventions);
    await until(() => liveRegion(el).textContent!.includes('1 entreprise trouvée'), 'the count to be announced');
    // down to the company, with the keyboard only
    for (let i = 0; i <= conventions; i++) await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(companies[0]!.id);
    const found = oneEvent(el, 'opco-found');
    await press(el, 'Enter');
    const { detail } = await found;
    expect(detail.opcoId).to.equal('akto');
    expect(detail.company?.name).to.equal(name.toUpperCase());
    expect(detail.company?.headcount).to.deep.equal({ min: 10000, max: null });
    await settleCards(el);
    expect(text(answer(el)!)).to.contain('10 000 salariés et plus');
    expect(input(el).value).to.equal(name.toUpperCase());
  });

  it('a company with several establishments and IDCCs: one card per OPCO, each saying which establishments lead to it', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `multi ${uniq()}`);
    await companiesListed(el);
    // nombre_etablissements_ouverts counts every open establishment of the company, not only the ones returned
    expect(text(companyOptions(el)[0]!)).to.contain('4 établissements');
    const notFound = oneEvent(el, 'opco-not-found');
    await press(el, 'ArrowUp'); // the last option: the company, below any convention
    await press(el, 'Enter');
    expect((await notFound).detail.reason).to.equal('shared');
    await settleCards(el);
    expect(cardIds(el)).to.deep.equal(['akto', 'opco-ep']);
    const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.company-group')];
    expect(text(groups[0]!)).to.contain('Siège, PARIS');
    expect(text(groups[0]!)).to.contain('IDCC 1979');
    expect(text(groups[0]!)).to.contain('IDCC 1501');
    expect(text(groups[1]!)).to.contain('Établissement, LYON');
    expect(text(groups[1]!)).to.contain('IDCC 2596');
    const a = text(answer(el)!);
    expect(a).to.contain('Vos OPCO, selon l’établissement');
    // the closed workshop is listed, but its metalworking IDCC does not add OPCO 2i
    expect(a).to.contain('Établissements fermés, non pris en compte');
    expect(a).to.contain('BOURGOIN-JALLIEU');
    // the visitor retains the OPCO of their establishment: that one is shared with the page
    const found = oneEvent(el, 'opco-found');
    $<HTMLButtonElement>(el, '.company-group[data-opco="opco-ep"] .choose')!.click();
    const { detail } = await found;
    expect(detail.opcoId).to.equal('opco-ep');
    // two establishments (Lyon, Rennes) lead to OPCO EP: no single SIRET stands for the choice
    expect(detail.company?.siret).to.equal(undefined);
    await settle(el);
    expect($(el, '.company-group[data-opco="opco-ep"] .choose')!.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.company-group[data-opco="akto"] .choose')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('Enter on a name no convention matches: waits for the companies; a single one is answered', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    input(el).focus();
    input(el).value = `zzqq closed ${uniq()}`;
    input(el).dispatchEvent(new Event('input'));
    expect(options(el)).to.have.length(0);
    const notFound = oneEvent(el, 'opco-not-found');
    await press(el, 'Enter');
    expect((await notFound).detail.reason).to.equal('closed');
    expect(text(answer(el)!)).to.contain('SALON FERME');
  });

  it('a closed company: suggested as closed, answered with a warning, not shared with the page', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `closed ${uniq()}`);
    const [option] = await companiesListed(el);
    expect(text(option!)).to.contain('fermée');
    const notFound = oneEvent(el, 'opco-not-found');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect((await notFound).detail.reason).to.equal('closed');
    await settleCards(el);
    expect(text(answer(el)!)).to.contain('Cette entreprise est fermée depuis le 31 décembre 2022');
  });

  it('no IDCC declared: says so and sends to the payslip', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `noidcc ${uniq()}`);
    await companiesListed(el);
    const notFound = oneEvent(el, 'opco-not-found');
    await press(el, 'Enter');
    expect((await notFound).detail.reason).to.equal('no-idcc');
    const a = text(await answered(el));
    expect(a).to.contain('Aucune convention collective déclarée pour cette entreprise : cherchez votre IDCC sur votre bulletin de paie');
    expect(cardIds(el)).to.deep.equal([]);
  });

  it('no IDCC declared: the conventions its APE code points to, as suggestions under the caveat; one leads to its OPCO', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `noidcc ${uniq()}`);
    await companiesListed(el);
    await press(el, 'Enter');
    const a = await answered(el);
    const activity = a.querySelector('[data-note="activity"]');
    expect(activity, 'activity suggestions').to.exist;
    expect(text(activity!)).to.contain('D’après son code APE (56.10A');
    expect(text(activity!)).to.contain('suggestions à vérifier');
    expect(text(activity!)).to.contain(NAF_CAVEAT.fr.slice(0, 40));
    expect(text(activity!)).to.contain('IDCC 1979');
    await expect(el).to.be.accessible();
    const found = oneEvent(el, 'opco-found');
    const pick = [...activity!.querySelectorAll('button')].find((b) => text(b).includes('1979'))!;
    pick.click();
    expect((await found).detail.opcoId).to.equal('akto');
  });

  it('IDCC 9999: no OPCO, and wording that does not send back to a SIRET search', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `idcc9999 ${uniq()}`);
    await companiesListed(el);
    const notFound = oneEvent(el, 'opco-not-found');
    await press(el, 'Enter');
    expect((await notFound).detail.reason).to.equal('special');
    const a = text(await answered(el));
    expect(a).to.contain('Pas d’OPCO trouvé pour cette entreprise');
    expect(a).to.contain('code 9999 « sans convention collective » : il ne désigne aucun OPCO');
    expect(a).not.to.contain('recherchez votre établissement par son SIRET');
  });

  it('a non-diffusible company: as on the live API its name is shown, its address is not, and the wording says exactly that', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `nondiff ${uniq()}`);
    const [option] = await companiesListed(el);
    expect(text(option!)).to.contain('BUREAU D ETUDES DISCRET');
    expect(text(option!)).not.to.contain('NON-DIFFUSIBLE');
    const found = oneEvent(el, 'opco-found');
    await press(el, 'ArrowUp');
    await press(el, 'Enter');
    const { detail } = await found;
    expect(detail.opcoId).to.equal('atlas');
    expect(detail.company?.name).to.equal('BUREAU D ETUDES DISCRET');
    await settleCards(el);
    const a = text(answer(el)!);
    expect(a).to.contain('BUREAU D ETUDES DISCRET');
    expect(a).to.contain('Cette entreprise a demandé que son adresse ne soit pas diffusée : seule sa commune est indiquée.');
    expect(a).not.to.contain('son nom');
    expect(a).not.to.contain('[NON-DIFFUSIBLE]');
  });

  it('a non-diffusible sole trader (name masked by the API): no name shown, and the wording says the name is hidden', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, '909 000 002');
    await companiesListed(el);
    const found = oneEvent(el, 'opco-found');
    await press(el, 'Enter');
    const { detail } = await found;
    expect(detail.company?.name).to.equal('');
    await settleCards(el);
    const a = text(answer(el)!);
    expect(a).to.contain('son nom et son adresse ne sont pas affichés');
    expect(a).not.to.contain('[NON-DIFFUSIBLE]');
  });

  it('overseas: the AKTO delegation note, with its source, for La Réunion and Mayotte only', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `outremer ${uniq()}`);
    await companiesListed(el);
    await press(el, 'Enter');
    await answered(el);
    await settleCards(el);
    const note = $(el, '[part="overseas"]')!;
    expect(text(note)).to.contain('Établissement en outre-mer (La Réunion, Mayotte)');
    expect(text(note)).to.contain('AKTO représente d’autres OPCO');
    expect(text(note)).not.to.contain('Saint-Barthélemy');
    const link = note.querySelector('a')!;
    expect(link.href).to.contain('institutions-professionnelles.fr');
    expect(link.target).to.equal('_blank');
    // the OPCO given is still the branch's (food retail → OPCOMMERCE), not AKTO
    expect(cardIds(el)).to.deep.equal(['opcommerce']);
  });

  it('siret="…" prefill: looked up at load, answered without typing', async () => {
    const base = `${await fakeApiBase()}/${uniq()}`;
    const el = document.createElement('opco-finder');
    el.setAttribute('api-base', base);
    el.setAttribute('siret', '906 000 005 00023');
    const found = oneEvent(document.body, 'opco-found');
    document.body.append(el);
    try {
      const { detail } = await found;
      expect(detail.company?.siret).to.equal('90600000500023');
      expect(detail.query).to.equal('90600000500023');
      await settleCards(el);
      expect(text(answer(el)!)).to.contain('Établissement en outre-mer (Mayotte)');
      expect(input(el).value).to.equal('906 000 005 00023');
    } finally {
      el.remove();
    }
  });

  it('a SIRET unknown to the API: says so, with the IDCC as the way out', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, '908000003');
    const notFound = oneEvent(el, 'opco-not-found');
    await press(el, 'Enter');
    expect((await notFound).detail.reason).to.equal('no-result');
    const a = text(await answered(el));
    expect(a).to.contain('Aucune entreprise trouvée pour « 908000003 »');
    expect(a).to.contain('bulletin de paie');
  });

  it('a SIRET with a wrong check digit: explained under the field, nothing sent', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    const before = (await fakeStats()).total;
    await typeInto(el, '90100000000018');
    await until(() => text(companyStatus(el)).includes('clé de contrôle invalide'), 'the check-digit message');
    expect((await fakeStats()).total).to.equal(before);
  });

  it('inside a provider: a sibling widget sees the company headcount in the selection', async () => {
    const base = `${await fakeApiBase()}/${uniq()}`;
    const provider = await fixture<OpcoProvider>(html`<opco-provider>
      <opco-finder api-base=${base}></opco-finder>
      <test-selection-probe></test-selection-probe>
    </opco-provider>`);
    const el = provider.querySelector('opco-finder')!;
    const probe = provider.querySelector<SelectionProbe>('test-selection-probe')!;
    await el.updateComplete;
    input(el).focus();
    input(el).value = '902 000 009 00016'; // closed: not shared
    input(el).dispatchEvent(new Event('input'));
    await press(el, 'Enter');
    await answered(el);
    expect(probe.seen?.opcoId).to.equal(undefined);
    el.reset();
    input(el).value = '90100000000017';
    input(el).dispatchEvent(new Event('input'));
    input(el).focus();
    const found = oneEvent(el, 'opco-found');
    await press(el, 'Enter');
    await found;
    await (probe as LitElement).updateComplete;
    expect(probe.seen).to.deep.equal({ opcoId: 'akto', idcc: '1979', headcount: { min: 50, max: 99 } });
  });

  it('hostile text from the API (a company named with markup) shows as text, never as elements', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    // the fake names its default company after the query, upper-cased
    const evil = `<img src=x onerror=alert(1)> 🥖 ${uniq()}`;
    input(el).focus();
    input(el).value = evil;
    input(el).dispatchEvent(new Event('input'));
    const [option] = await companiesListed(el);
    expect(option!.textContent).to.contain(evil.toUpperCase());
    await press(el, 'ArrowUp');
    await press(el, 'Enter');
    await answered(el);
    await settleCards(el);
    expect(text(answer(el)!)).to.contain(evil.toUpperCase());
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
  });

  it('English: company strings are translated', async () => {
    const el = await companyFinder((base) => html`<opco-finder lang="en" api-base=${base}></opco-finder>`);
    expect(text(el)).to.contain('Your collective agreement or your company');
    await typeInto(el, `noidcc ${uniq()}`);
    await companiesListed(el);
    await press(el, 'Enter');
    const a = text(await answered(el));
    expect(a).to.contain('No collective agreement declared for this company: look for your IDCC on your payslip.');
    expect(a).to.contain('Headcount: 1 or 2 employees');
  });
});
