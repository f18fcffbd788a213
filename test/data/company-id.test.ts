import { describe, it } from 'node:test';
import { expect } from 'chai';
import { luhnValid, parseCompanyId } from '../../src/data/index.js';

describe('parseCompanyId', () => {
  it('reads a SIREN (AKTO’s, from opcos.json)', () => {
    expect(parseCompanyId('853000982')).to.deep.equal({ ok: true, kind: 'siren', value: '853000982', siren: '853000982' });
  });

  it('reads a SIRET typed with spaces, dots or non-breaking spaces', () => {
    for (const input of ['85300098200001', '853 000 982 00001', '853.000.982.00001', '853\u00a0000\u00a0982\u202f00001', ' 853000982 00001 ']) {
      expect(parseCompanyId(input), input).to.deep.equal({ ok: true, kind: 'siret', value: '85300098200001', siren: '853000982' });
    }
  });

  it('applies the Luhn check to SIREN and SIRET', () => {
    expect(luhnValid('853000982')).to.equal(true);
    expect(parseCompanyId('853000983')).to.include({ ok: false, reason: 'checksum' });
    expect(parseCompanyId('85300098200002')).to.include({ ok: false, reason: 'checksum' });
  });

  it('uses La Poste’s rule (sum of digits multiple of 5) for SIREN 356000000', () => {
    expect(parseCompanyId('35600000000001')).to.include({ ok: true, kind: 'siret', siren: '356000000' }); // sum 15, not Luhn
    expect(parseCompanyId('35600000000048')).to.include({ ok: true }); // head office, Luhn-valid
    expect(parseCompanyId('35600000000002')).to.include({ ok: false, reason: 'checksum' });
    expect(parseCompanyId('356000000')).to.include({ ok: true, kind: 'siren' });
  });

  it('gives reason codes and messages for malformed input', () => {
    const cases: [unknown, string][] = [
      ['', 'empty'],
      ['   ', 'empty'],
      [null, 'empty'],
      [undefined, 'empty'],
      [{}, 'wrong-type'],
      ['85300098A', 'not-digits'],
      ['8530009820', 'wrong-length'],
      ['12345', 'wrong-length'],
      ['1'.repeat(10_000), 'wrong-length'],
      ['<script>alert(1)</script>', 'not-digits'],
    ];
    for (const [input, reason] of cases) {
      const r = parseCompanyId(input);
      expect(r, String(input).slice(0, 20)).to.include({ ok: false, reason });
      if (!r.ok) expect(r.message.fr).to.be.a('string').and.not.equal('');
    }
  });
});
