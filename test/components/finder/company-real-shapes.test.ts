// The finder's company answers on the shapes the live API really gives (test/fake-api/recorded/),
// driven as a visitor does: SIRET without its own IDCCs, closed head office of an active company,
// public employers, 9999 beside real codes, postcode/town narrowing, failures under conventions.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import { fakeStats, uniq } from '../../fake-api/fake-api.js';
import { withFakeClock } from '../../helpers/fake-clock.js';
import {
  $,
  answer,
  cardIds,
  companyFinder,
  companyOptions,
  companyStatus,
  mount,
  options,
  press,
  settle,
  settleCards,
  text,
  typeInto,
  until,
} from './helpers.js';

const answered = (el: OpcoFinder) => until(() => answer(el), 'an answer');
const companiesListed = (el: OpcoFinder, n = 1) => until(() => companyOptions(el).length >= n && companyOptions(el), 'company suggestions');
const place = (el: OpcoFinder) => $<HTMLInputElement>(el, '#place')!;
const finder = () => companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);

async function lookUp(el: OpcoFinder, id: string): Promise<void> {
  await typeInto(el, id);
  await companiesListed(el);
  await press(el, 'Enter');
  await answered(el);
  await settleCards(el);
}

describe('<opco-finder> company answers on real API shapes', function () {
  this.timeout(20000);

  it('a SIRET whose own list is null: "this establishment declares none", then the company’s IDCCs as the company’s, with the advice', async () => {
    const el = await finder();
    const found = oneEvent(el, 'opco-not-found');
    // GROUPE MULTI SERVICES' Nantes office: liste_idcc null; the company declares 1979, 1501, 2596, 3248
    await lookUp(el, '901 000 000 00058');
    expect((await found).detail.reason).to.equal('shared');
    const a = text(answer(el)!);
    expect(a).to.contain('Cet établissement ne déclare aucune convention collective. L’entreprise, elle, en déclare');
    expect(a).to.contain('vérifiez celle qui figure sur le bulletin de paie de l’établissement');
    expect(a).to.contain('France compétences');
    expect(a).not.to.contain('Aucune convention collective déclarée pour cette entreprise');
    expect(a).to.contain('déclarée par l’entreprise');
    expect(cardIds(el)).to.deep.equal(['akto', 'opco-ep', 'opco-2i']);
    await expect(el).to.be.accessible();
  });

  it('the same from a recorded company (FINANCIERE GANYMEDE, SIRET 414 971 929 00024): its company’s 0478 leads to Atlas, marked as the company’s', async () => {
    const el = await finder();
    const found = oneEvent(el, 'opco-found');
    await lookUp(el, '41497192900024');
    expect((await found).detail.opcoId).to.equal('atlas');
    const a = text(answer(el)!);
    expect(a).to.contain('Cet établissement ne déclare aucune convention collective');
    expect(a).to.contain('IDCC 0478');
    expect(cardIds(el)).to.deep.equal(['atlas']);
  });

  it('null lists everywhere (recorded ESSOR ENERGIES SIRET): neither the establishment nor the company declares one', async () => {
    const el = await finder();
    const notFound = oneEvent(el, 'opco-not-found');
    await lookUp(el, '487 444 697 00428');
    expect((await notFound).detail.reason).to.equal('no-idcc');
    expect(text(answer(el)!)).to.contain('Ni cet établissement ni l’entreprise ne déclarent de convention collective');
  });

  it('an active company whose head office is closed: not "closed", says the head office is, and answers its OPCO', async () => {
    const el = await finder();
    const found = oneEvent(el, 'opco-found');
    await lookUp(el, '914 000 005');
    expect((await found).detail.opcoId).to.equal('opcommerce');
    const a = text(answer(el)!);
    expect(a).not.to.contain('Cette entreprise est fermée');
    expect(a).to.contain('Le siège de cette entreprise est fermé depuis le 31 mars 2023, mais l’entreprise est en activité.');
    await expect(el).to.be.accessible();
  });

  it('a closed company (recorded RED NEEDLES): still "closed"', async () => {
    const el = await finder();
    const notFound = oneEvent(el, 'opco-not-found');
    await lookUp(el, '839517323');
    expect((await notFound).detail.reason).to.equal('closed');
    expect(text(answer(el)!)).to.contain('Cette entreprise est fermée');
  });

  it('a town hall (5021 + 1043): public employer, CNFPT sourced, and its private-law staff code still leads to its OPCO', async () => {
    const el = await finder();
    const found = oneEvent(el, 'opco-found');
    await lookUp(el, '910 000 009');
    expect((await found).detail.opcoId).to.equal('opco-ep');
    const block = $(el, '[part="public-employer"]')!;
    const b = text(block);
    expect(b).to.contain('Les agents publics (fonctionnaires et contractuels de droit public) n’ont pas d’OPCO');
    expect(b).to.contain('Code 5021 — Fonction publique territoriale');
    expect(b).to.contain('CNFPT');
    expect(b).to.contain('consultée le');
    expect([...block.querySelectorAll('a')].some((a) => a.href.includes('cdg33.fr'))).to.equal(true);
    expect(b).to.contain('Ses salariés de droit privé relèvent de l’OPCO de leur convention collective');
    expect(cardIds(el)).to.deep.equal(['opco-ep']);
    expect(text(answer(el)!)).not.to.contain('n’est pas dans notre table');
    await expect(el).to.be.accessible();
  });

  it('a hospital (5022): public employer, ANFH, the unsourced fact marked "à confirmer"', async () => {
    const el = await finder();
    const notFound = oneEvent(el, 'opco-not-found');
    await lookUp(el, '911 000 008');
    expect((await notFound).detail.reason).to.equal('public-employer');
    const a = text(answer(el)!);
    expect(a).to.contain('Employeur public : pas d’OPCO pour les agents publics');
    expect(a).to.contain('Fonction publique hospitalière');
    expect(a).to.contain('ANFH');
    expect(a).to.contain('à confirmer');
    expect(cardIds(el)).to.deep.equal([]);
  });

  it('a ministry (5003 + 9999) and another 5xxx statute absent from the table: public employer answers, never "unknown code"', async () => {
    const el = await finder();
    await lookUp(el, '912 000 007');
    let a = text(answer(el)!);
    expect(a).to.contain('Fonction publique de l’État');
    expect(a).to.contain('DGAFP');
    expect(a).not.to.contain('n’est pas dans notre table');
    const other = await finder();
    await lookUp(other, '913 000 006');
    a = text(answer(other)!);
    expect(a).to.contain('Code 5030 — Statut particulier du personnel');
    expect(a).to.contain('à confirmer');
    expect(a).not.to.contain('n’est pas dans notre table');
  });

  it('La Poste (recorded name search): 9999 beside 5516 is noted, and 5516 gives the answer', async () => {
    const el = await finder();
    await typeInto(el, 'la poste');
    const company = (await companiesListed(el, 2)).find((o) => text(o).includes('356 000 000'))!;
    const found = oneEvent(el, 'opco-found');
    company.click();
    expect((await found).detail.opcoId).to.equal('opco-ep');
    await settleCards(el);
    const a = text(answer(el)!);
    expect(a).to.contain('Le code 9999 (« sans convention collective ») est aussi déclaré');
    expect(a).not.to.contain('À vérifier');
  });

  it('a postcode in the place field: sent as code_postal, and only the Rennes establishment counts (not the head office’s IDCCs)', async () => {
    const el = await finder();
    place(el).focus();
    await sendKeys({ type: '35000' });
    const q = `multi ${uniq()}`;
    await typeInto(el, q);
    await companiesListed(el);
    const found = oneEvent(el, 'opco-found');
    await press(el, 'ArrowUp');
    await press(el, 'Enter');
    expect((await found).detail.opcoId).to.equal('opco-ep');
    await settleCards(el);
    expect(cardIds(el)).to.deep.equal(['opco-ep']);
    const a = text(answer(el)!);
    expect(a).to.contain('Établissements de 35000 seulement.');
    expect(a).to.contain('RENNES');
    expect(a).not.to.contain('IDCC 1979');
    const sent = (await fakeStats(q)).requests;
    expect(sent.length).to.be.at.least(1);
    expect(sent.every((r) => r.query['code_postal'] === '35000')).to.equal(true);
  });

  it('a place that is no postcode (99000, "12"): not sent, and said so next to the field', async () => {
    const el = await finder();
    place(el).focus();
    await sendKeys({ type: '99000' });
    await settle(el);
    expect(text($(el, '#place-invalid')!)).to.contain('« 99000 » n’est ni un code postal ni un nom de ville');
    expect(place(el).getAttribute('aria-invalid')).to.equal('true');
    const q = `multi ${uniq()}`;
    await typeInto(el, q);
    await companiesListed(el);
    expect((await fakeStats(q)).requests.every((r) => r.query['code_postal'] === undefined)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a word matching conventions ("coiffeur") while the company service is down: no failure under the convention suggestion', async () => {
    const el = await mount(html`<opco-finder api-base="http://127.0.0.1:1"></opco-finder>`);
    await withFakeClock(async (clock) => {
      await typeInto(el, 'coiffeur');
      expect(options(el).length).to.be.greaterThan(0);
      // the typed word goes to the (dead) service once typing pauses (fake clock); a closed port fails at once
      await clock.advance(300);
      await new Promise((r) => setTimeout(r, 100));
      await settle(el);
      expect(text(companyStatus(el))).to.equal('');
    });
    // a name that matches no convention, asked with Enter: the failure is said
    const other = await mount(html`<opco-finder api-base="http://127.0.0.1:1"></opco-finder>`);
    await typeInto(other, 'zzqxwv zzkq');
    await press(other, 'Enter');
    await until(() => text(companyStatus(other)).includes('ne répond pas'), 'the service-down notice');
  });
});
