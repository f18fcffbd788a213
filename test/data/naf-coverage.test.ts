// Every NAF rév. 2 (732) and NAF 2025 (747) sub-class gets an answer: INSEE's label and either ranked candidates with
// their evidence or the explicit answer (public employer, or no usual convention). Real data, no stubs.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { NAF_2025_START, allNafCodes, apeCodesInOrder, conventionsForNaf, isCurrent, rankNafCandidates } from '../../src/data/index.js';
import type { NafCandidate, NafResult } from '../../src/data/index.js';

const ok = (code: string): Extract<NafResult, { kind: 'ok' }> => {
  const r = conventionsForNaf(code);
  if (r.kind !== 'ok') throw new Error(`${code}: ${r.kind}`);
  return r;
};

describe('conventionsForNaf covers both nomenclatures', () => {
  it('walks all 1,479 sub-classes: each has its label and a non-empty answer, with evidence for every candidate', () => {
    const { rev2, naf2025 } = allNafCodes();
    expect(rev2.length).to.equal(732);
    expect(naf2025.length).to.equal(747);
    for (const code of [...rev2, ...naf2025]) {
      const r = ok(code);
      expect(r.label, code).to.be.a('string').and.not.equal('');
      expect(r.nomenclature, code).to.equal(rev2.includes(code) ? 'rev2' : '2025');
      expect(r.candidates.length > 0 || r.advice !== null, code).to.equal(true);
      if (!r.candidates.length) expect(r.advice!.fr && r.advice!.en, code).to.be.a('string');
      for (const c of r.candidates) expect(c.evidence.length, `${code} ${c.convention.idcc}`).to.be.greaterThan(0);
      expect(r.caveat.fr).to.contain('ne détermine pas');
    }
  });

  it('a NAF 2025 code with one Unique antecedent gives that antecedent’s first candidate, and names it', () => {
    const { naf2025 } = allNafCodes();
    let checked = 0;
    for (const code of naf2025) {
      const r = ok(code);
      if (r.from.length !== 1 || r.from[0]!.relation !== 'unique') continue;
      const before = ok(r.from[0]!.naf);
      expect(r.candidates[0]?.convention.idcc, code).to.equal(before.candidates[0]?.convention.idcc);
      checked++;
    }
    expect(checked).to.be.greaterThan(300);
    // 56.10A restauration traditionnelle → 56.11G in NAF 2025
    const r = ok('56.11G');
    expect(r.nomenclature).to.equal('2025');
    expect(r.from.map((f) => f.naf)).to.deep.equal(['56.10A']);
    expect(r.candidates[0]!.convention.idcc).to.equal('1979');
    expect(r.candidates[0]!.via).to.deep.equal({ naf: '56.10A', relation: 'unique' });
  });

  it('a Multiple relation is weaker and says so', () => {
    // 81.21Z (nettoyage courant) is shared among 81.10Y, 81.21Y and 96.91Y by INSEE
    const r = ok('81.21Y');
    const viaMultiple = r.candidates.filter((c) => c.via?.relation === 'multiple');
    expect(viaMultiple.length).to.be.greaterThan(0);
    const direct = ok('81.21Z').candidates.find((c) => c.convention.idcc === viaMultiple[0]!.convention.idcc)!;
    expect(viaMultiple[0]!.score).to.be.below(direct.score);
  });

  it('an old-revision citation is mapped with its evidence: the security convention’s 74.6Z, the cleaning one’s 74.7Z', () => {
    const cleaning = ok('81.21Z').candidates.find((c) => c.convention.idcc === '3043')!;
    expect(cleaning.strength).to.equal('mapped');
    const e = cleaning.evidence[0]!;
    expect(e.kind).to.equal('mapped');
    if (e.kind === 'mapped') {
      expect(e.old).to.equal('74.7Z');
      expect(e.split).to.be.greaterThan(1);
      expect(e.url).to.match(/^https:\/\/www\.legifrance\.gouv\.fr\/conv_coll\/id\/KALIARTI\d{12}$/);
    }
    expect(ok('80.10Z').candidates.slice(0, 3).map((c) => c.convention.idcc)).to.include('1351');
  });

  it('ranks a direct citation above a mapped one above a word match, and never a replaced convention above its successor', () => {
    const tier = { cited: 0, 'cited-past': 1, mapped: 2, label: 3, words: 3, scope: 3, neighbour: 4 } as const;
    const { rev2 } = allNafCodes();
    for (const code of rev2) {
      const list = ok(code).candidates;
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1]!, list[i]!];
        const successorBelow = a.convention.replacedBy.includes(b.convention.idcc);
        expect(successorBelow, `${code}: ${b.convention.idcc} replaces ${a.convention.idcc}`).to.equal(false);
        if (isCurrent(a.convention) === isCurrent(b.convention) && !b.convention.replacedBy.length) {
          expect(tier[a.strength] <= tier[b.strength], `${code}: ${a.strength} before ${b.strength}`).to.equal(true);
        }
      }
    }
    // a replaced convention is moved under its successor even from a stronger tier
    const c = ok('47.11D').candidates;
    expect(c.length).to.be.greaterThan(1);
    const fake = (x: NafCandidate, replacedBy: string[]): NafCandidate => ({ ...x, convention: { ...x.convention, replacedBy } });
    const ranked = rankNafCandidates([fake(c[0]!, [c[1]!.convention.idcc]), c[1]!]);
    expect(ranked[0]!.convention.idcc).to.equal(c[1]!.convention.idcc);
  });

  it('public administration answers with the public-employer answer; an activity with no usual convention says what to do', () => {
    const pub = ok('84.11Z');
    expect(pub.candidates).to.deep.equal([]);
    expect(pub.noConvention).to.equal('public-employer');
    expect(pub.advice!.fr).to.contain('5021');
    expect(pub.advice!.en).to.contain('statute');
    const none = ok('99.00Z');
    if (!none.candidates.length) {
      expect(none.noConvention).to.equal('none-typical');
      expect(none.advice!.fr).to.contain('vérifiez le bulletin de paie ou recherchez l’établissement par son SIRET');
    }
  });

  it('a company’s APE codes: NAF rév. 2 first until 31 December 2026, NAF 2025 first from 1 January 2027', () => {
    expect(NAF_2025_START).to.equal('2027-01-01');
    expect(apeCodesInOrder('68.20B', '68.20H', new Date('2026-12-31T23:59:59Z'))).to.deep.equal(['68.20B', '68.20H']);
    expect(apeCodesInOrder('68.20B', '68.20H', new Date('2027-01-01T00:00:00Z'))).to.deep.equal(['68.20H', '68.20B']);
    expect(apeCodesInOrder('68.20B', null, new Date('2027-06-01'))).to.deep.equal(['68.20B']);
    expect(apeCodesInOrder(null, '', new Date('2027-06-01'))).to.deep.equal([]);
    expect(ok('68.20H').from.map((f) => f.naf)).to.include('68.20B');
  });
});
