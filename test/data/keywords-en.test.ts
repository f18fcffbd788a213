// English trade and job words find the same conventions as their French keywords; the French words keep working.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { findConvention, isCurrent, searchConventions } from '../../src/data/index.js';
import { KEYWORDS_EN } from '../../src/data/keywords-en.js';

const top3 = (q: string) => searchConventions(q, { limit: 3 }).map((h) => h.convention.idcc);

describe('English keywords', () => {
  it('every entry points to current conventions of the table, with English words', () => {
    expect(KEYWORDS_EN.length).to.be.greaterThan(50);
    for (const [words, idccs] of KEYWORDS_EN) {
      expect(words.en.trim(), idccs).to.not.equal('');
      for (const idcc of idccs.split(' ')) {
        const c = findConvention(idcc);
        expect(c, `${words.en} → ${idcc}`).to.not.equal(undefined);
        expect(isCurrent(c!), `${words.en} → ${idcc}`).to.equal(true);
      }
    }
  });

  it('"hairdressing" (the English hint’s own example) and other common trades find their convention in the top 3', () => {
    const cases: [string, string][] = [
      ['hairdressing', '2596'],
      ['hairdresser', '2596'],
      ['security guard', '1351'],
      ['cleaner', '3043'],
      ['plumber', '1596'],
      ['estate agent', '1527'],
      ['dentist', '1619'],
      ['truck driver', '0016'],
    ];
    for (const [q, idcc] of cases) expect(top3(q), q).to.include(idcc);
  });

  it('French words still work beside them', () => {
    expect(top3('coiffeur')).to.include('2596');
    expect(top3('boulangerie')[0]).to.equal('0843');
  });
});
