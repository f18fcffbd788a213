import { describe, it } from 'node:test';
import { expect } from 'chai';
import { conventionsOf, searchConventions } from '../../src/data/index.js';

const ids = (q: unknown, limit = 8) => searchConventions(q, { limit }).map((h) => h.convention.idcc);
const top = (q: unknown, n = 3) => ids(q).slice(0, n);

describe('searchConventions', () => {
  it('everyday words', () => {
    expect(top('coiffeur', 1)).to.deep.equal(['2596']);
    expect(top('restaurant', 1)).to.deep.equal(['1979']);
    expect(top('pharmacie', 1)).to.deep.equal(['1996']);
    expect(top('nettoyage', 1)).to.deep.equal(['3043']);
    expect(top('syntec', 1)).to.deep.equal(['1486']);
    expect(top('hcr', 1)).to.deep.equal(['1979']);
    expect(top('BTP')).to.include.members(['1596', '1597']);
    expect(top('restauration rapide', 1)).to.deep.equal(['1501']);
    expect(top('transport routier', 1)).to.deep.equal(['0016']);
    expect(top('supermarché', 1)).to.deep.equal(['2216']);
  });

  it('is case- and accent-insensitive', () => {
    expect(top('metallurgie', 1)).to.deep.equal(['3248']);
    expect(top('MÉTALLURGIE', 1)).to.deep.equal(['3248']);
    expect(top('hôtels cafés restaurants', 1)).to.deep.equal(['1979']);
    expect(top('HOTELS CAFES RESTAURANTS', 1)).to.deep.equal(['1979']);
  });

  it('tolerates one typo per word', () => {
    expect(top('coifure', 1)).to.deep.equal(['2596']);
    expect(top('metalurgie', 1)).to.deep.equal(['3248']);
    expect(top('boulangeire', 1)).to.deep.equal(['0843']);
  });

  it('matches prefixes while typing', () => {
    expect(top('boul', 2)).to.include('0843');
    expect(top('coif', 1)).to.deep.equal(['2596']);
    expect(top('coifu', 1)).to.deep.equal(['2596']); // prefix with a typo
    expect(top('interi', 2)).to.have.members(['2378', '1413']);
  });

  it('intérim → the two temporary-work agreements', () => {
    expect(top('intérim', 2)).to.have.members(['2378', '1413']);
    expect(top('travail temporaire', 2)).to.have.members(['2378', '1413']);
  });

  it('finds by IDCC, exact first, then by prefix while typing', () => {
    expect(top('IDCC 16', 1)).to.deep.equal(['0016']);
    expect(top('0016', 1)).to.deep.equal(['0016']);
    expect(top(1979, 1)).to.deep.equal(['1979']);
    const eighteen = ids('18', 50);
    expect(eighteen[0]).to.equal('0018');
    expect(eighteen.slice(1).every((i) => i.replace(/^0+/, '').startsWith('18'))).to.equal(true);
    expect(ids('18', Infinity)).to.include.members(['1801', '1875', '0184']);
  });

  it('puts current conventions before merged ones', () => {
    const hits = ids('boucherie');
    expect(hits.indexOf('3254')).to.be.lessThan(hits.indexOf('0992'));
    const metal = ids('métallurgie');
    expect(metal[0]).to.equal('3248');
  });

  it('puts national before regional for an equal match', () => {
    const hits = ids('exploitations forestières', 30);
    expect(hits.length).to.be.greaterThan(5);
    expect(searchConventions('métallurgie', { limit: 1 })[0]!.convention.scope).to.equal('national');
  });

  it('limits, returns everything with Infinity or 0, filters by OPCO', () => {
    expect(ids('convention')).to.have.length(8);
    expect(searchConventions('convention', { limit: 3 })).to.have.length(3);
    expect(searchConventions('convention', { limit: Infinity }).length).to.be.greaterThan(500);
    expect(searchConventions('convention', { limit: 0 }).length).to.equal(searchConventions('convention', { limit: Infinity }).length);
    const akto = searchConventions('restauration', { opco: 'akto', limit: Infinity });
    expect(akto.every((h) => h.convention.opco === 'akto')).to.equal(true);
    expect(akto.map((h) => h.convention.idcc)).to.include.members(['1501', '1266']);
    // empty query + OPCO: the whole branch list
    expect(searchConventions('', { opco: 'akto', limit: Infinity })).to.have.length(conventionsOf('akto').length);
    expect(searchConventions('coiffure', { opco: 'nope' as never })).to.deep.equal([]);
  });

  it('returns [] for nothing to search', () => {
    expect(searchConventions('')).to.deep.equal([]);
    expect(searchConventions('   ')).to.deep.equal([]);
    expect(searchConventions('zzzzqqq')).to.deep.equal([]);
    expect(searchConventions(null)).to.deep.equal([]);
  });
});
