// F1: a SIREN or SIRET look-up shows only the company asked. An API (or a proxy) that answers with
// another company gets the "ne répond pas" answer, one console warning, and no opco-found.
import { expect, html } from '@open-wc/testing';
import { createCompanySearch, createPageState } from '../../src/services/company-search/index.js';
import { fakeApiBase, uniq } from '../fake-api/fake-api.js';
import { answer, companyStatus, input, mount, press, settle, text, until } from '../components/finder/helpers.js';
import { captureWarnings } from '../helpers/warnings.js';

const client = async (path: string) => createCompanySearch({ apiBase: `${await fakeApiBase()}/${path}/${uniq()}`, pageState: createPageState() });

describe('hostile API: a reply for another company', function () {
  this.timeout(20000);

  it('the client refuses a SIREN look-up answered with another company (bad-response mismatch, one warning)', async () => {
    const c = await client('other-company');
    let result!: Awaited<ReturnType<typeof c.search>>;
    const warnings = await captureWarnings(async () => {
      result = await c.search('552 032 534');
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.deep.equal({ kind: 'bad-response', status: 200, reason: 'mismatch' });
    expect(warnings.filter((w) => w.includes('552032534'))).to.have.length(1);
  });

  it('the client refuses a SIRET look-up answered with another company, and one without the establishment asked', async () => {
    for (const [path, siret] of [
      ['other-company', '55203253400703'],
      ['other-establishment', '35600000024221'],
    ] as const) {
      const c = await client(path);
      const result = await captureWarnings(() => c.search(siret).then((r) => void (result0 = r)));
      expect(result.length, path).to.equal(1);
      expect(result0.ok, path).to.equal(false);
      if (!result0.ok) expect(result0.error, path).to.deep.include({ kind: 'bad-response', reason: 'mismatch' });
    }
  });

  it('the same look-ups against the honest fake still answer (the check keeps what was asked)', async () => {
    const c = await client('honest');
    const siren = await c.search('552032534');
    expect(siren.ok && siren.companies.map((x) => x.siren)).to.deep.equal(['552032534']);
    const siret = await c.search('35600000024221');
    expect(siret.ok && siret.companies.map((x) => x.siren)).to.deep.equal(['356000000']);
  });

  it('a name search keeps what the API found (the check is for identifiers only)', async () => {
    const c = await client('other-company');
    const r = await c.search(`multi ${uniq()}`);
    expect(r.ok && r.companies.length).to.equal(1);
  });

  it('<opco-finder>: 552 032 534 + Enter answered with another company shows "ne répond pas", no answer, no opco-found', async () => {
    const el = await mount(html`<opco-finder api-base=${`${await fakeApiBase()}/other-company/${uniq()}`}></opco-finder>`);
    const found: Event[] = [];
    el.addEventListener('opco-found', (e) => found.push(e));
    const warnings = await captureWarnings(async () => {
      input(el).focus();
      input(el).value = '552 032 534';
      input(el).dispatchEvent(new Event('input'));
      await press(el, 'Enter');
      await until(() => text(companyStatus(el)).includes('ne répond pas'), 'the service-down notice');
      await settle(el);
    });
    expect(text(el)).not.to.contain('GANYMEDE');
    expect(text(el)).not.to.contain('votre OPCO est');
    expect(answer(el)).to.equal(null);
    expect(found).to.have.length(0);
    expect(warnings.some((w) => w.includes('552032534'))).to.equal(true);
  });
});

let result0: Awaited<ReturnType<ReturnType<typeof createCompanySearch>['search']>>;
