import { expect } from '@open-wc/testing';
import { detectQueryKind, idccFromQuery } from '../../src/services/company-search/query-kind.js';

describe('detectQueryKind', () => {
  const cases: Array<[unknown, string]> = [
    ['', 'empty'],
    ['   ', 'empty'],
    [undefined, 'empty'],
    [42, 'empty'],
    ['16', 'idcc-like'],
    ['1979', 'idcc-like'],
    ['0016', 'idcc-like'],
    ['IDCC 16', 'idcc-like'],
    ['idcc1979', 'idcc-like'],
    ['IDCC n° 1486', 'idcc-like'],
    ['idcc: 3248', 'idcc-like'],
    ['901000000', 'siren'],
    ['901 000 000', 'siren'],
    ['90100000000017', 'siret'],
    ['901 000 000 00017', 'siret'],
    ['901\u00a0000\u00a0000\u00a000017', 'siret'],
    ['901.000.000.00017', 'siret'],
    ['90100', 'partial-id'],
    ['9010000000001', 'partial-id'],
    ['boulangerie dupont', 'name'],
    ['ab', 'name'],
    ['Hôtel du Lac', 'name'],
    ['1664 brasserie', 'name'],
  ];
  for (const [input, kind] of cases) {
    it(`${JSON.stringify(input)} → ${kind}`, () => {
      expect(detectQueryKind(input)).to.equal(kind);
    });
  }

  it('gives the padded IDCC of an idcc-like input', () => {
    expect(idccFromQuery('IDCC 16')).to.equal('0016');
    expect(idccFromQuery(' 1979 ')).to.equal('1979');
    expect(idccFromQuery('boulangerie')).to.equal(null);
    expect(idccFromQuery('901000000')).to.equal(null);
  });
});
