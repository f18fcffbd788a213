// The client against the fake as the live API really answers: the recorded bodies
// (test/fake-api/recorded/) and the rules they show.
import { expect } from '@open-wc/testing';
import { createCompanySearch, createPageState } from '../../src/services/company-search/index.js';
import type { CompanySearch, CompanySearchResult, CompanySearchSuccess } from '../../src/services/company-search/index.js';
import { fakeApiBase, fakeStats, uniq } from '../fake-api/fake-api.js';

function ok(result: CompanySearchResult): CompanySearchSuccess {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result;
}

describe('the fake answers as the recorded API', () => {
  it('serves the recorded bodies for the queries they were recorded for', async () => {
    const base = await fakeApiBase();
    for (const file of ['search-552032534.json', 'search-48744469700428.json', 'search-la poste.json', 'search-300025764.json']) {
      const recorded = (await (await fetch(`/test/fake-api/recorded/${encodeURIComponent(file)}`)).json()) as { searchTerms: string; result: unknown };
      const served = await (await fetch(`${base}/search?q=${encodeURIComponent(recorded.searchTerms)}`)).json();
      expect(served, file).to.deep.equal(recorded.result);
    }
  });

  it('400 with a JSON {"erreur"} for a q under 3 characters, a bad code_postal, per_page over 25, include without minimal', async () => {
    const base = await fakeApiBase();
    for (const query of [
      'q=ab',
      'q=boulangerie&code_postal=99000',
      'q=boulangerie&code_postal=3500',
      'q=boulangerie&per_page=30',
      'q=boulangerie&include=siege',
    ]) {
      const r = await fetch(`${base}/search?${query}`);
      expect(r.status, query).to.equal(400);
      const body = (await r.json()) as { erreur?: unknown };
      expect(typeof body.erreur, query).to.equal('string');
    }
    expect((await fetch(`${base}/search?q=boulangerie&code_postal=2A004`)).status).to.equal(200);
  });
});

describe('createCompanySearch: real shapes', () => {
  let client: CompanySearch;
  beforeEach(async () => {
    client = createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState() });
  });

  it('a SIREN look-up (recorded, DANONE): matching_etablissements is empty, the head office and the company-wide list are used', async () => {
    const [c] = ok(await client.search('552 032 534')).companies;
    expect(c!.name).to.equal('DANONE');
    expect(c!.establishments.map((e) => e.isHeadOffice)).to.deep.equal([true]);
    expect(c!.idccs.map((i) => i.idcc)).to.deep.equal(['9999']);
  });

  it('a SIRET whose own liste_idcc is null while its company declares one (FINANCIERE GANYMEDE, from a recorded name search)', async () => {
    const [c] = ok(await client.search('414 971 929 00024')).companies;
    expect(c!.queriedSiret).to.equal('41497192900024');
    const asked = c!.establishments.find((e) => e.siret === '41497192900024')!;
    expect(asked.idccs).to.deep.equal([]);
    expect(asked.matched).to.equal(true);
    expect(c!.idccs.map((i) => i.idcc)).to.deep.equal(['0478']);
    // siege stays the head office
    expect(c!.headOffice?.siret).to.equal('41497192900040');
  });

  it('a SIRET with null lists everywhere (recorded ESSOR ENERGIES): no IDCC at all', async () => {
    const [c] = ok(await client.search('48744469700428')).companies;
    expect(c!.idccs).to.deep.equal([]);
    expect(c!.establishments.every((e) => e.idccs.length === 0)).to.equal(true);
  });

  it('La Poste (recorded): 9999 beside 5516, both kept; several companies of that name', async () => {
    const r = ok(await client.search('la poste'));
    const poste = r.companies.find((c) => c.siren === '356000000')!;
    expect(poste.idccs.map((i) => i.idcc)).to.deep.equal(['9999', '5516']);
    expect(r.companies.length).to.be.within(2, 10);
  });

  it('a postcode is sent as code_postal only when it matches the API pattern; Corsica too', async () => {
    const q = `multi ${uniq()}`;
    const r = ok(await client.search(q, { postcode: '35000' }));
    const matched = r.companies[0]!.establishments.filter((e) => e.matched);
    expect(matched.map((e) => e.town)).to.deep.equal(['RENNES']);
    expect(r.companies[0]!.narrowedTo).to.equal('35000');
    expect((await fakeStats(q)).requests[0]!.query['code_postal']).to.equal('35000');

    const bad = await client.search(`multi ${uniq()}`, { postcode: '99000' });
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.error).to.deep.include({ kind: 'invalid-input', reason: 'invalid-postcode' });
    const corsica = `multi ${uniq()}`;
    await client.search(corsica, { postcode: '2a004' });
    expect((await fakeStats(corsica)).requests[0]!.query['code_postal']).to.equal('2A004');
  });

  it('a town narrows in the browser and is never sent', async () => {
    const q = `multi ${uniq()}`;
    const r = ok(await client.search(q, { town: 'rennes' }));
    expect(r.companies[0]!.establishments.filter((e) => e.matched).map((e) => e.siret)).to.deep.equal(['90100000000041']);
    const [req] = (await fakeStats(q)).requests;
    expect(Object.keys(req!.query)).not.to.include('code_postal');
    expect(JSON.stringify(req!.query).toLowerCase()).not.to.include('rennes');
  });
});
