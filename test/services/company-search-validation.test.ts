// Nothing malformed reaches the network: checked by counting what the fake received.
import { expect } from '@open-wc/testing';
import { createCompanySearch, createPageState } from '../../src/services/company-search/index.js';
import type { CompanySearch, CompanySearchResult } from '../../src/services/company-search/index.js';
import { fakeApiBase, fakeStats, uniq } from '../fake-api/fake-api.js';
import { ALL_COMPANIES, LUHN_INVALID_SIRET } from '../fake-api/fixtures/companies.mjs';
import { parseCompanyId } from '../../src/data/index.js';

function reason(result: CompanySearchResult): string | undefined {
  return !result.ok && result.error.kind === 'invalid-input' ? result.error.reason : undefined;
}

describe('createCompanySearch: validation before any request', () => {
  let client: CompanySearch;
  beforeEach(async () => {
    client = createCompanySearch({ apiBase: await fakeApiBase(), pageState: createPageState() });
  });

  it('fixture identifiers pass the Luhn check (and the bad one does not)', () => {
    for (const c of ALL_COMPANIES) {
      expect(parseCompanyId(c.siren).ok, c.siren).to.equal(true);
      for (const e of c.matching_etablissements) expect(parseCompanyId(e.siret).ok, e.siret).to.equal(true);
    }
    expect(parseCompanyId(LUHN_INVALID_SIRET).ok).to.equal(false);
  });

  const rejected: Array<[string, string, { postcode?: string }?]> = [
    [LUHN_INVALID_SIRET, 'invalid-id'],
    ['901 000 000 00018', 'invalid-id'],
    ['901000001', 'invalid-id'],
    ['ab', 'too-short'],
    ['  a  b ', 'too-short'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['1979', 'idcc-like'],
    ['IDCC 16', 'idcc-like'],
    ['9010000', 'partial-id'],
    ['boulangerie', 'invalid-postcode', { postcode: '7500' }],
    ['boulangerie', 'invalid-postcode', { postcode: '<b>' }],
  ];
  for (const [input, expected, call] of rejected) {
    it(`rejects ${JSON.stringify(input)}${call ? ` with ${JSON.stringify(call)}` : ''} as ${expected}, sending nothing`, async () => {
      const before = (await fakeStats()).total;
      const result = await client.search(input, call);
      expect(result.ok).to.equal(false);
      expect(reason(result)).to.equal(expected);
      expect((await fakeStats()).total).to.equal(before);
    });
  }

  it("passes on the data module's explanation of a bad number", async () => {
    const r = await client.search(LUHN_INVALID_SIRET);
    if (r.ok || r.error.kind !== 'invalid-input') throw new Error('expected invalid-input');
    expect(r.error.detail).to.equal('checksum');
    expect(r.error.message?.fr).to.be.a('string').and.not.equal('');
    expect(r.error.message?.en).to.be.a('string').and.not.equal('');
  });

  it('copes with hostile input (10 000 characters, HTML, emoji) without throwing', async () => {
    const long = `${'x'.repeat(10_000)} ${uniq()}`;
    const r1 = await client.search(long);
    expect(r1.ok).to.equal(true);
    if (r1.ok) expect(r1.query.q.length).to.equal(120);

    const html = `<img src=x onerror=alert(1)> ${uniq()}`;
    const r2 = await client.search(html);
    expect(r2.ok).to.equal(true);
    expect((await fakeStats(html)).requests).to.have.length(1);

    const r3 = await client.search(`🥐 boulangerie ${uniq()}`);
    expect(r3.ok).to.equal(true);
  });

  it('answers "disabled" without a request when switched off or given an unusable apiBase', async () => {
    const before = (await fakeStats()).total;
    for (const options of [{ disabled: true, apiBase: await fakeApiBase() }, { apiBase: '' }, { apiBase: 'not a url' }, { apiBase: 'ftp://example.org' }]) {
      const r = await createCompanySearch({ ...options, pageState: createPageState() }).search('boulangerie');
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.error.kind).to.equal('disabled');
    }
    expect((await fakeStats()).total).to.equal(before);
  });
});
