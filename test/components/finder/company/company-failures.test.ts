// When the company search fails, the finder says so plainly and its offline search keeps working.
import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import type { OpcoFinder } from '../../../../src/components/finder/opco-finder.js';
import { fakeApiBase, fakeStats, uniq } from '../../../fake-api/fake-api.js';
import { useFakeClock } from '../../../helpers/fake-clock.js';
import { waitFor } from '../../../integration/helpers.js';
import {
  answer,
  cardIds,
  companyFinder,
  companyOptions,
  companyStatus,
  input,
  mount,
  options,
  press,
  settle,
  settleCards,
  text,
  typeInto,
  until,
} from '../helpers.js';

const SERVICE_DOWN = 'Le service de recherche d’entreprises ne répond pas. Vous pouvez chercher par IDCC : il figure sur votre bulletin de paie.';

/** After a failure: an IDCC typed in the same field still gets its answer, offline. */
async function offlineStillWorks(el: OpcoFinder): Promise<void> {
  input(el).select();
  await typeInto(el, '1979');
  await press(el, 'Enter');
  await settleCards(el);
  expect(cardIds(el)).to.deep.equal(['akto']);
  await typeInto(el, '');
  input(el).select();
  await typeInto(el, 'coiffure');
  expect(options(el).length).to.be.greaterThan(0);
}

const statusText = (el: OpcoFinder, what: string) => until(() => text(companyStatus(el)).includes(what) && text(companyStatus(el)), what);

describe('<opco-finder> company look-up failures', function () {
  this.timeout(20000);
  // the debounce, Retry-After and pauses run on a fake clock: no test waits seconds for real
  const clock = useFakeClock();

  it('429 with Retry-After: "réessayez dans N s", no request before then, and the IDCC search works', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    const q = `ratelimit7 ${uniq()}`;
    await typeInto(el, q);
    await press(el, 'Enter');
    const said = await statusText(el, 'Trop de recherches en peu de temps');
    expect(said).to.match(/réessayez dans [67] s\./);
    expect(said).to.contain('La recherche par IDCC ou par nom de convention fonctionne toujours');
    expect(companyStatus(el).getAttribute('role')).to.equal('status');
    // the block is honoured: another name is not sent while it lasts
    const before = (await fakeStats()).total;
    input(el).select();
    await typeInto(el, `autre nom ${uniq()}`);
    await press(el, 'Enter');
    await clock().advance(1000);
    await aTimeout(50);
    expect((await fakeStats()).total).to.equal(before);
    await offlineStillWorks(el);
  });

  it('429: retried once by itself when Retry-After has passed, never sooner, never in a loop', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    const q = `ratelimit1 ${uniq()}`;
    await typeInto(el, q);
    await clock().advance(300); // the debounce
    await statusText(el, 'Trop de recherches');
    const first = (await fakeStats(q)).requests;
    expect(first).to.have.length(1);
    await clock().advance(990);
    expect((await fakeStats(q)).requests, 'not before Retry-After').to.have.length(1);
    await clock().advance(100);
    await waitFor(async () => (await fakeStats(q)).requests.length === 2, 'the retry');
    await clock().advance(10_000);
    await aTimeout(50);
    expect((await fakeStats(q)).requests, 'never in a loop').to.have.length(2);
    expect(text(companyStatus(el))).to.contain('Trop de recherches');
  });

  it('500: the service-down message; the field keeps answering IDCCs and words', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `error500 ${uniq()}`);
    await clock().advance(300);
    expect(await statusText(el, 'ne répond pas')).to.contain(SERVICE_DOWN);
    await offlineStillWorks(el);
  });

  it('a hung request: times out (short timeout property) with the same message', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base} .timeout=${300}></opco-finder>`);
    // a text no convention matches: the visitor is asking for companies, so the failure is said
    const q = `zzhang ${uniq()}`;
    await typeInto(el, q);
    await clock().advance(300);
    await until(() => text(companyStatus(el)).includes('Recherche des entreprises…'), 'the searching status');
    await clock().advance(300); // the timeout
    expect(await statusText(el, 'ne répond pas')).to.contain(SERVICE_DOWN);
    await offlineStillWorks(el);
  });

  it('a SIRET whose look-up fails (nothing listens there): service-error event, the message, no answer invented', async () => {
    // a closed loopback port: the browser gets a network error at once
    const el = await mount(html`<opco-finder api-base="http://127.0.0.1:1/"></opco-finder>`);
    input(el).focus();
    input(el).value = '90100000000017';
    input(el).dispatchEvent(new Event('input'));
    const notFound = oneEvent(el, 'opco-not-found');
    await press(el, 'Enter');
    expect((await notFound).detail).to.deep.equal({ query: '90100000000017', reason: 'service-error' });
    expect(await statusText(el, 'ne répond pas')).to.contain(SERVICE_DOWN);
    expect(answer(el)).to.equal(null);
    await offlineStillWorks(el);
  });

  it('siret="…" whose look-up fails, with idcc="…" too: the IDCC is answered instead', async () => {
    const el = await mount(html`<opco-finder api-base="http://127.0.0.1:1/" siret="90100000000017" idcc="2596"></opco-finder>`);
    await until(() => answer(el), 'the fallback answer');
    await settleCards(el);
    expect(cardIds(el)).to.deep.equal(['opco-ep']);
    expect(text(companyStatus(el))).to.contain('ne répond pas');
  });

  it('malformed JSON: the service-down message, nothing suggested', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `badjson ${uniq()}`);
    await clock().advance(300);
    await statusText(el, 'ne répond pas');
    expect(companyOptions(el)).to.have.length(0);
    await offlineStillWorks(el);
  });

  it('after a failure, names typed in the next moments are not sent (the service is left alone)', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    await typeInto(el, `error500 ${uniq()}`);
    await clock().advance(300);
    await statusText(el, 'ne répond pas');
    const before = (await fakeStats()).total;
    input(el).select();
    // (a text no convention matches: under convention suggestions the failure would not be repeated)
    await typeInto(el, `zzmulti ${uniq()}`);
    await clock().advance(1000);
    await aTimeout(50);
    expect((await fakeStats()).total).to.equal(before);
    expect(text(companyStatus(el))).to.contain('ne répond pas');
  });

  it('replies out of order: a late reply never overwrites the newer one', async () => {
    const el = await companyFinder((base) => html`<opco-finder api-base=${base}></opco-finder>`);
    const slow = `multi delay100 ${uniq()}`;
    await typeInto(el, slow);
    await clock().advance(300);
    const sentAt = performance.now();
    await until(() => text(companyStatus(el)).includes('Recherche des entreprises'), 'the slow search to start');
    input(el).select();
    const fast = `closed ${uniq()}`;
    await typeInto(el, fast);
    await clock().advance(300);
    const [option] = await until(() => companyOptions(el).length > 0 && companyOptions(el), 'the newer suggestions');
    expect(text(option!)).to.contain('SALON FERME');
    // the slow reply's time has passed (the server answers it 100 ms after it came, real time; typing took longer)
    await waitFor(() => performance.now() - sentAt > 150, 'the slow reply');
    await settle(el);
    expect(companyOptions(el).map((o) => text(o).includes('SALON FERME'))).to.deep.equal([true]);
    expect(input(el).value).to.equal(fast);
  });

  it('company-lookup="off": nothing is sent, a SIRET is told to use the IDCC, words still work', async () => {
    const base = `${await fakeApiBase()}/${uniq()}`;
    const el = await mount(html`<opco-finder company-lookup="off" api-base=${base}></opco-finder>`);
    const before = (await fakeStats()).total;
    expect(text(el)).to.contain('Votre convention collective');
    expect(text(el)).not.to.contain('votre entreprise');
    await typeInto(el, `multi ${uniq()}`);
    await clock().advance(1000);
    await press(el, 'Enter');
    input(el).select();
    await typeInto(el, '901 000 000 00017');
    await press(el, 'Enter');
    expect(text(answer(el)!)).to.contain('La recherche par SIRET ou par nom d’entreprise est désactivée sur ce site');
    await clock().advance(1000);
    await aTimeout(50);
    expect((await fakeStats()).total).to.equal(before);
    expect([...(await fakeStats()).requests].filter((r) => r.path.startsWith(new URL(base).pathname))).to.have.length(0);
    await offlineStillWorks(el);
  });
});
