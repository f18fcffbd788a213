import { describe, it } from 'node:test';
import { expect } from 'chai';
import { NAF_CAVEAT, conventionsForActivity, conventionsForNaf, parseNaf } from '../../src/data/index.js';

describe('conventionsForNaf', () => {
  it('56.10A (restauration traditionnelle) lists HCR (1979) first, with the article that cites it', () => {
    const r = conventionsForNaf('56.10A');
    expect(r.kind).to.equal('ok');
    if (r.kind !== 'ok') return;
    expect(r.naf).to.equal('56.10A');
    expect(r.label).to.equal('Restauration traditionnelle');
    const first = r.candidates[0]!;
    expect(first.convention.idcc).to.equal('1979');
    expect(first.strength).to.equal('cited');
    expect(first.evidence.length).to.be.greaterThan(0);
    const e = first.evidence[0]!;
    expect(e.kind).to.equal('article');
    if (e.kind === 'article') {
      expect(e.article).to.match(/^KALIARTI\d{12}$/);
      expect(e.url).to.equal(`https://www.legifrance.gouv.fr/conv_coll/id/${e.article}`);
    }
  });

  it('accepts the ways people and the company look-up write a code', () => {
    for (const input of ['56.10A', '5610A', '56.10a', ' 56 10 A ', 'NAF 56.10A', 'code APE : 5610a']) {
      const r = conventionsForNaf(input);
      expect(r.kind, input).to.equal('ok');
      if (r.kind === 'ok') expect(r.candidates[0]!.convention.idcc, input).to.equal('1979');
    }
    expect(parseNaf('4711d')).to.equal('47.11D');
    expect(conventionsForActivity('56.10A')).to.deep.equal(conventionsForNaf('56.10A'));
  });

  it('gives common codes candidates, each with its evidence (ranking rules: test/data/naf-coverage.test.ts)', () => {
    for (const code of ['47.11D', '49.41A', '62.02A', '45.20A', '10.71C']) {
      const r = conventionsForNaf(code);
      expect(r.kind, code).to.equal('ok');
      if (r.kind !== 'ok') continue;
      expect(r.candidates.length, code).to.be.greaterThan(0);
      for (const c of r.candidates) expect(c.evidence.length, `${code} ${c.convention.idcc}`).to.be.greaterThan(0);
    }
  });

  it('a label match says which words it rests on, and is weaker than a citation', () => {
    const r = conventionsForNaf('96.02A'); // Coiffure: no scope article cites it, the title of 2596 says it
    expect(r.kind).to.equal('ok');
    if (r.kind !== 'ok') return;
    const c = r.candidates.find((x) => x.convention.idcc === '2596')!;
    expect(c.strength).to.equal('label');
    expect(c.evidence[0]).to.deep.equal({ kind: 'label', words: ['coiffure'] });
    expect(c.score).to.be.below(0.5);
  });

  it('bad inputs give a typed result, never a throw, always with the caveat', () => {
    const cases: [unknown, string][] = [
      [undefined, 'not-a-string'],
      [null, 'not-a-string'],
      [5610, 'not-a-string'],
      [{}, 'not-a-string'],
      ['', 'empty'],
      ['   ', 'empty'],
      ['56.1A', 'format'],
      ['restaurant', 'format'],
      ['<img src=x onerror=alert(1)>', 'format'],
      ['5'.repeat(10_000), 'format'],
      ['56.10A🍕', 'format'],
    ];
    for (const [input, reason] of cases) {
      const r = conventionsForNaf(input);
      expect(r.kind, String(input).slice(0, 20)).to.equal('invalid');
      expect(r.caveat).to.deep.equal(NAF_CAVEAT);
      if (r.kind !== 'invalid') continue;
      expect(r.reason).to.equal(reason);
      expect(r.message.fr).to.be.a('string');
      expect(r.message.en).to.be.a('string');
    }
  });

  it('a well-formed code outside both nomenclatures is "unknown"; a real code is "ok" with its label', () => {
    const u = conventionsForNaf('99.99Z');
    expect(u.kind).to.equal('unknown');
    if (u.kind === 'unknown') expect(u.message.fr).to.contain('99.99Z');
    const none = conventionsForNaf('99.00Z'); // activités des organisations et organismes extraterritoriaux
    expect(none.kind).to.equal('ok');
  });

  it('every answer carries the caveat, in French and English', () => {
    for (const input of ['56.10A', '99.00Z', '99.99Z', 'x', 42]) {
      const r = conventionsForNaf(input);
      expect(r.caveat.fr).to.contain('ne détermine pas');
      expect(r.caveat.en).to.contain('does not decide');
      expect(r.source.fr).to.contain('KALI');
    }
  });
});
