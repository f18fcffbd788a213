// employerParticipation(): 750 € for level 6–7 contracts concluded from 1 Jul 2025 (funding notes §4).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { employerParticipation, type EmployerParticipationInput } from '../../src/data/funding/index.js';

describe('employerParticipation — 750 € for level 6–7 from 1 Jul 2025', () => {
  it('30 Jun 2025 → nothing; 1 Jul 2025 → 750 € (conclusion date decides)', () => {
    const before = employerParticipation({ signedOn: '2025-06-30', level: 6 });
    expect(before.status).to.equal('not-due');
    expect(before.amount).to.equal(0);
    if (before.status === 'not-due') expect(before.reason).to.equal('before-rule');
    const first = employerParticipation({ signedOn: '2025-07-01', level: 6 });
    expect(first.status).to.equal('due');
    expect(first.amount).to.equal(750);
    if (first.status === 'due') {
      expect(first.ruleId).to.equal('app.employerShare.l67');
      expect(first.validity).to.deep.equal({ from: '2025-07-01' });
      expect(first.legalBasis.map((l) => l.id)).to.include('decret-2025-585');
      expect(first.payer).to.equal('employer');
      expect(first.receiver).to.equal('cfa');
    }
  });

  for (const level of [3, 4, 5, 8]) {
    it(`level ${level} → not due`, () => {
      const r = employerParticipation({ signedOn: '2026-04-01', level });
      expect(r.status).to.equal('not-due');
      expect(r.amount).to.equal(0);
      if (r.status === 'not-due') expect(r.reason).to.equal('level-not-concerned');
    });
  }

  for (const level of [6, 7, '7']) {
    it(`level ${String(level)} in 2026 → 750 €`, () => {
      expect(employerParticipation({ signedOn: '2026-09-01', level }).amount).to.equal(750);
    });
  }

  it('new employer after a break, same certification → 200 €', () => {
    const r = employerParticipation({ signedOn: '2026-01-10', level: 7, secondEmployer: true });
    expect(r.amount).to.equal(200);
    if (r.status === 'due') expect(r.ruleId).to.equal('app.employerShare.l67.newEmployer');
  });

  it('accepts a Date', () => {
    expect(employerParticipation({ signedOn: new Date('2025-07-01'), level: 6 }).amount).to.equal(750);
  });

  it('bilingual explanation and notes with sources', () => {
    const r = employerParticipation({ signedOn: '2025-07-01', level: 6 });
    expect(r.explanation.fr).to.contain('CFA');
    expect(r.explanation.en).to.contain('CFA');
    expect(r.notes.length).to.be.greaterThan(0);
    for (const n of r.notes) expect(n.sources.length).to.be.greaterThan(0);
  });

  const bad: Array<[string, unknown]> = [
    ['signedOn', '2025-13-01'], ['signedOn', ''], ['signedOn', null], ['signedOn', 'x'.repeat(10_000)],
    ['level', 12], ['level', '6.5'], ['level', NaN], ['level', undefined], ['secondEmployer', 'peut-être'],
  ];
  for (const [field, value] of bad) {
    it(`${field} = ${typeof value === 'string' && value.length > 20 ? 'long string' : String(value)} → invalid, no throw`, () => {
      const r = employerParticipation({ signedOn: '2025-09-01', level: 6, [field]: value });
      expect(r.status).to.equal('invalid');
      expect(r.amount).to.equal(null);
    });
  }

  it('non-object input → invalid', () => {
    for (const v of [null, undefined, 'x', 3]) {
      expect(employerParticipation(v as unknown as EmployerParticipationInput).status).to.equal('invalid');
    }
  });
});
