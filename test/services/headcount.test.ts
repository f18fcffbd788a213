import { expect } from '@open-wc/testing';
import { headcountBand } from '../../src/services/company-search/headcount.js';
import { overseasFrom } from '../../src/services/company-search/overseas.js';

describe('headcountBand', () => {
  it('gives label and numeric range for an INSEE code', () => {
    expect(headcountBand('11', '2023')).to.deep.equal({
      code: '11',
      label: { fr: '10 à 19 salariés', en: '10 to 19 employees' },
      min: 10,
      max: 19,
      year: '2023',
    });
  });

  it('leaves the top band open-ended and maps the non-employer codes to 0', () => {
    expect(headcountBand('53')?.max).to.equal(null);
    expect(headcountBand('53')?.min).to.equal(10000);
    expect(headcountBand('NN')).to.include({ min: 0, max: 0 });
    expect(headcountBand('00')).to.include({ min: 0, max: 0 });
  });

  it('returns null for missing or unknown codes', () => {
    expect(headcountBand(null)).to.equal(null);
    expect(headcountBand('99')).to.equal(null);
    expect(headcountBand(12)).to.equal(null);
  });

  it('makes "under 50" decidable from every known band', () => {
    for (const code of ['NN', '00', '01', '02', '03', '11', '12']) expect(headcountBand(code)!.max! < 50).to.equal(true);
    for (const code of ['21', '22', '31', '32', '41', '42', '51', '52', '53']) expect(headcountBand(code)!.min >= 50).to.equal(true);
  });
});

describe('overseasFrom', () => {
  it('flags the five DROM with the AKTO delegation', () => {
    expect(overseasFrom('97411', '97400')).to.deep.equal({ code: '974', name: 'La Réunion', aktoDelegation: true });
    expect(overseasFrom(null, '97600')).to.deep.equal({ code: '976', name: 'Mayotte', aktoDelegation: true });
    for (const code of ['971', '972', '973']) expect(overseasFrom(`${code}01`, null)?.aktoDelegation).to.equal(true);
  });

  it('prefers the commune code: Saint-Barthélemy has a Guadeloupe postcode but is no DROM', () => {
    expect(overseasFrom('97701', '97133')).to.deep.equal({ code: '977', name: 'Saint-Barthélemy', aktoDelegation: false });
    expect(overseasFrom(null, '97133')?.code).to.equal('971');
  });

  it('says null for mainland France and Corsica', () => {
    expect(overseasFrom('75102', '75002')).to.equal(null);
    expect(overseasFrom('2A004', '20000')).to.equal(null);
    expect(overseasFrom(null, null)).to.equal(null);
  });
});
