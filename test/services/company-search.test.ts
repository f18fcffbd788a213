// The client against the loopback fake (real fetch, real CORS): one test per fixture case.
import { expect } from '@open-wc/testing';
import { createCompanySearch, createPageState } from '../../src/services/company-search/index.js';
import type { CompanySearch, CompanySearchResult, CompanySearchSuccess } from '../../src/services/company-search/index.js';
import { fakeApiBase, fakeStats, uniq } from '../fake-api/fake-api.js';
import { UNKNOWN_SIREN } from '../fake-api/fixtures/companies.mjs';
import { resolveOpco } from '../../src/data/index.js';

function ok(result: CompanySearchResult): CompanySearchSuccess {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result;
}

describe('createCompanySearch: fixture cases', () => {
  let client: CompanySearch;
  beforeEach(async () => {
    client = createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState() });
  });

  it('maps a company with several establishments and several IDCCs', async () => {
    const r = ok(await client.search(`multi ${uniq()}`));
    expect(r.companies).to.have.length(1);
    const c = r.companies[0]!;
    expect(c.siren).to.equal('901000000');
    expect(c.name).to.equal('GROUPE MULTI SERVICES');
    expect(c.active).to.equal(true);
    expect(c.nonDiffusible).to.equal(false);
    expect(c.idccs.map((i) => i.idcc)).to.deep.equal(['1979', '1501', '2596', '3248']);
    // the head office and the establishments the name search matched (a fourth, in Rennes, too)
    expect(c.establishments.map((e) => e.siret)).to.deep.equal(['90100000000017', '90100000000025', '90100000000033', '90100000000041']);

    const [siege, shop, workshop] = c.establishments;
    expect(c.headOffice?.siret).to.equal(siege!.siret);
    expect(siege!.isHeadOffice).to.equal(true);
    expect(siege!.idccs.map((i) => i.idcc)).to.deep.equal(['1979', '1501']);
    expect(siege).to.include({ postcode: '75002', town: 'PARIS', communeCode: '75102', overseas: null, active: true });
    expect(shop!.isHeadOffice).to.equal(false);
    expect(shop!.idccs.map((i) => i.idcc)).to.deep.equal(['2596']);
    expect(workshop!.active).to.equal(false);
    expect(workshop!.closedOn).to.equal('2024-06-30');

    // each IDCC went through the data module's resolveOpco
    const opcoOf = (idcc: string) => {
      const r = c.idccs.find((i) => i.idcc === idcc)!.resolution;
      return r.kind === 'found' ? r.opco.id : r.kind;
    };
    expect(opcoOf('1979')).to.equal('akto');
    expect(opcoOf('2596')).to.equal('opco-ep');
    expect(opcoOf('3248')).to.equal('opco-2i');
    expect(siege!.idccs[0]!.resolution).to.deep.equal(c.idccs[0]!.resolution);
  });

  it('resolves IDCCs with the resolver it is given (an element passes its own data)', async () => {
    const seen: unknown[] = [];
    const custom = createCompanySearch({
      apiBase: await fakeApiBase(),
      pageState: createPageState(),
      resolveOpco: (idcc) => {
        seen.push(idcc);
        return resolveOpco('9999');
      },
    });
    const c = ok(await custom.search(`multi ${uniq()}`)).companies[0]!;
    expect(seen).to.include.members(['1979', '1501', '2596', '3248']);
    expect(c.idccs.every((i) => i.resolution.kind === 'special')).to.equal(true);
  });

  it('gives the headcount band code, label and numeric range', async () => {
    const c = ok(await client.search(`multi ${uniq()}`)).companies[0]!;
    expect(c.headcount).to.deep.equal({
      code: '21',
      label: { fr: '50 à 99 salariés', en: '50 to 99 employees' },
      min: 50,
      max: 99,
      year: '2023',
    });
    expect(c.establishments[0]!.headcount?.label.fr).to.equal('20 à 49 salariés');
    expect(c.establishments[2]!.headcount).to.include({ code: 'NN', min: 0, max: 0 });
  });

  it('looks up a SIRET typed with spaces: that establishment plus the head office', async () => {
    const r = ok(await client.search('901 000 000 00025'));
    expect(r.query).to.deep.equal({ kind: 'siret', q: '90100000000025', siren: '901000000' });
    const c = r.companies[0]!;
    expect(c.queriedSiret).to.equal('90100000000025');
    expect(c.establishments.map((e) => e.siret)).to.deep.equal(['90100000000017', '90100000000025']);
    const stats = await fakeStats('90100000000025');
    expect(stats.requests).to.have.length(1);
  });

  it('looks up a SIREN: head office only, company-wide IDCCs from complements', async () => {
    const c = ok(await client.search('901000000')).companies[0]!;
    expect(c.establishments.map((e) => e.siret)).to.deep.equal(['90100000000017']);
    expect(c.idccs.map((i) => i.idcc)).to.deep.equal(['1979', '1501', '2596', '3248']);
    expect(c.queriedSiret).to.equal(null);
  });

  it('flags a closed company and its closed establishment', async () => {
    const c = ok(await client.search(`closed ${uniq()}`)).companies[0]!;
    expect(c.active).to.equal(false);
    expect(c.closedOn).to.equal('2022-12-31');
    expect(c.establishments[0]!.active).to.equal(false);
    expect(c.headcount?.code).to.equal('00');
  });

  it('accepts null IDCC lists: no convention declared', async () => {
    const c = ok(await client.search(`noidcc ${uniq()}`)).companies[0]!;
    expect(c.idccs).to.deep.equal([]);
    expect(c.establishments[0]!.idccs).to.deep.equal([]);
  });

  it('resolves IDCC 9999 as a special case', async () => {
    const c = ok(await client.search(`idcc9999 ${uniq()}`)).companies[0]!;
    expect(c.idccs.map((i) => i.idcc)).to.deep.equal(['9999']);
    expect(c.idccs[0]!.resolution.kind).to.equal('special');
  });

  it('flags a non-diffusible company: as on the live API its name stays, the masked address and postcode are dropped, the town stays', async () => {
    const c = ok(await client.search(`nondiff ${uniq()}`)).companies[0]!;
    expect(c.nonDiffusible).to.equal(true);
    expect(c.addressHidden).to.equal(true);
    expect(c.name).to.equal('BUREAU D ETUDES DISCRET');
    const e = c.establishments[0]!;
    expect(e).to.include({ address: null, postcode: null, town: 'BORDEAUX', communeCode: '33063', tradeName: null });
    expect(e.idccs.map((i) => i.idcc)).to.deep.equal(['1486']);
  });

  it('a non-diffusible sole trader: name masked too (found by SIREN only, never by name)', async () => {
    const c = ok(await client.search('909000002')).companies[0]!;
    expect(c.nonDiffusible).to.equal(true);
    expect(c.name).to.equal(null);
    expect(c.establishments[0]!.town).to.equal('RENNES');
  });

  it('returns an empty success when nothing matches', async () => {
    const r = ok(await client.search(`empty ${uniq()}`));
    expect(r.companies).to.deep.equal([]);
    expect(r.totalResults).to.equal(0);
  });

  it('returns an empty success for a valid but unknown SIREN', async () => {
    const r = ok(await client.search(UNKNOWN_SIREN));
    expect(r.companies).to.deep.equal([]);
  });

  it('flags overseas establishments, with the AKTO delegation only for the DROM', async () => {
    const c = ok(await client.search(`outremer ${uniq()}`)).companies[0]!;
    expect(c.hasOverseas).to.equal(true);
    expect(c.establishments.map((e) => e.overseas)).to.deep.equal([
      { code: '974', name: 'La Réunion', aktoDelegation: true },
      { code: '976', name: 'Mayotte', aktoDelegation: true },
      { code: '977', name: 'Saint-Barthélemy', aktoDelegation: false },
    ]);
  });

  it('narrows a name search by postcode (code_postal)', async () => {
    const q = `multi ${uniq()}`;
    const c = ok(await client.search(q, { postcode: '69 007' })).companies[0]!;
    expect(c.establishments.map((e) => e.postcode)).to.deep.equal(['75002', '69007']);
    const [req] = (await fakeStats(q)).requests;
    expect(req!.query['code_postal']).to.equal('69007');
  });

  it('sends a simple CORS GET: no cookie, no custom header, no preflight, only the query', async () => {
    // cookies ignore ports: reach the fake under the page's host name so the page cookie would apply
    const sameHost = (await fakeApiBase()).replace('127.0.0.1', location.hostname);
    document.cookie = 'opco_test=1; path=/';
    const control = `control ${uniq()}`;
    await fetch(`${sameHost}/search?q=${encodeURIComponent(control)}`, { credentials: 'include' }).catch(() => undefined);
    expect((await fakeStats(control)).requests[0]!.cookie, 'control request carries the cookie').to.equal(true);

    const sameHostClient = createCompanySearch({ apiBase: sameHost, pageState: createPageState() });
    const q = `boulangerie ${uniq()}`;
    ok(await sameHostClient.search(`  ${q.replace(' ', '   ')} `));
    const stats = await fakeStats(q);
    expect(stats.preflights).to.equal(0);
    const [req] = stats.requests;
    expect(req!.cookie).to.equal(false);
    expect(req!.origin).to.equal(location.origin);
    expect(Object.keys(req!.query).sort()).to.deep.equal(['include', 'limite_matching_etablissements', 'minimal', 'page', 'per_page', 'q']);
    const allowed = /^(accept|accept-encoding|accept-language|connection|host|origin|referer|user-agent|sec-.*)$/;
    expect(req!.headerNames.filter((h) => !allowed.test(h))).to.deep.equal([]);
  });

  it('uses a configurable apiBase (a partner proxy under a path)', async () => {
    const proxied = createCompanySearch({ apiBase: `${await fakeApiBase()}/proxy/`, pageState: createPageState() });
    const q = `multi ${uniq()}`;
    ok(await proxied.search(q));
    const [req] = (await fakeStats(q)).requests;
    expect(req!.path).to.equal('/proxy/search');
  });
});
