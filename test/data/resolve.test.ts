import { describe, it } from 'node:test';
import { expect } from 'chai';
import { resolveOpco, type Resolution } from '../../src/data/index.js';

function as<K extends Resolution['kind']>(r: Resolution, kind: K): Extract<Resolution, { kind: K }> {
  expect(r.kind, JSON.stringify(r.message)).to.equal(kind);
  return r as Extract<Resolution, { kind: K }>;
}

describe('resolveOpco', () => {
  it('1979 → AKTO, with source and date', () => {
    const r = as(resolveOpco('1979'), 'found');
    expect(r.opco.id).to.equal('akto');
    expect(r.reason).to.equal('match');
    expect(r.path).to.deep.equal(['1979']);
    expect(r.confidence).to.equal('high');
    expect(r.asOf).to.equal('2026-08-11');
    expect(r.source.id).to.equal('siro_202608');
    expect(r.source.label).to.contain('France compétences');
    expect(r.message.fr).to.equal('IDCC 1979 (Hôtels, cafés, restaurants) : votre OPCO est AKTO.');
    expect(r.message.en).to.equal('IDCC 1979 (Hôtels, cafés, restaurants): your OPCO is AKTO.');
  });

  for (const [idcc, opco] of [
    ['1486', 'atlas'],
    ['3248', 'opco-2i'],
    ['2596', 'opco-ep'],
    ['0016', 'opco-mobilites'],
    ['2216', 'opcommerce'],
  ] as const) {
    it(`${idcc} → ${opco}`, () => {
      expect(as(resolveOpco(idcc), 'found').opco.id).to.equal(opco);
    });
  }

  it('0054 follows its merge into 3248 (OPCO 2i)', () => {
    const r = as(resolveOpco('54'), 'found');
    expect(r.reason).to.equal('replaced');
    expect(r.opco.id).to.equal('opco-2i');
    expect(r.path).to.deep.equal(['0054', '3248']);
    expect(r.convention.idcc).to.equal('0054');
    expect(r.current.map((c) => c.idcc)).to.deep.equal(['3248']);
    expect(r.message.fr).to.contain('remplacé par l’IDCC 3248');
  });

  it('1740 is split into 1596 + 1597, both Constructys', () => {
    const r = as(resolveOpco('1740'), 'found');
    expect(r.reason).to.equal('split');
    expect(r.opco.id).to.equal('constructys');
    expect(r.path).to.deep.equal(['1740', '1596', '1597']);
    expect(r.current.map((c) => c.idcc)).to.deep.equal(['1596', '1597']);
    expect(r.message.fr).to.contain('scindé en IDCC 1596 et 1597');
  });

  it('a low-share forestry IDCC is shared between AKTO and OCAPIAT', () => {
    const r = as(resolveOpco('8211'), 'shared');
    expect(r.reason).to.equal('shared-assignment');
    expect(r.candidates.map((o) => o.id)).to.have.members(['akto', 'ocapiat']);
    expect(r.message.fr).to.contain('SIRET');
  });

  it('3203 (86 % Uniformation) is shared, most frequent first', () => {
    const r = as(resolveOpco(3203), 'shared');
    expect(r.candidates.map((o) => o.id)).to.deep.equal(['uniformation', 'ocapiat']);
  });

  it('9999 and 9998 are special, without an OPCO', () => {
    const a = as(resolveOpco('9999'), 'special');
    expect(a.reason).to.equal('no-convention');
    expect(a.message.fr).to.contain('sans convention collective');
    expect(a).to.not.have.property('opco');
    expect(as(resolveOpco('IDCC 9998'), 'special').reason).to.equal('not-yet-applicable');
  });

  it('0804 (VRP) is inoperative: use the sector’s convention', () => {
    const r = as(resolveOpco('804'), 'special');
    expect(r.reason).to.equal('inoperative');
    expect(r.message.fr).to.contain('secteur d’activité');
    expect(r.convention).to.equal(null);
  });

  it('pseudo-IDCCs 5100 and 5501 are special', () => {
    expect(as(resolveOpco('5100'), 'special').reason).to.equal('pseudo-code');
    const r = as(resolveOpco('5501'), 'special');
    expect(r.convention!.candidates.length).to.be.greaterThan(5);
  });

  it('a well-formed IDCC not in the table is unknown', () => {
    const r = as(resolveOpco('1234'), 'unknown');
    expect(r.reason).to.equal('not-in-table');
    expect(r.idcc).to.equal('1234');
  });

  it('a known IDCC without OPCO data is unknown, with its title', () => {
    const r = as(resolveOpco('0014'), 'unknown');
    expect(r.reason).to.equal('no-opco-data');
    expect(r.convention!.shortTitle).to.equal('Production cinématographique');
  });

  it('a low-confidence answer says to check by SIRET', () => {
    const r = as(resolveOpco('0004'), 'found');
    expect(r.confidence).to.equal('low');
    expect(r.message.fr).to.contain('peu sûr');
  });

  it('explains invalid input with a reason code', () => {
    expect(as(resolveOpco(''), 'invalid').reason).to.equal('empty');
    expect(as(resolveOpco('IDCC'), 'invalid').reason).to.equal('empty');
    expect(as(resolveOpco('abc'), 'invalid').reason).to.equal('not-a-code');
    expect(as(resolveOpco('12345'), 'invalid').reason).to.equal('too-long');
    expect(as(resolveOpco('0000'), 'invalid').reason).to.equal('out-of-range');
    expect(as(resolveOpco(-16), 'invalid').reason).to.equal('out-of-range');
    expect(as(resolveOpco(16.5), 'invalid').reason).to.equal('out-of-range');
    expect(as(resolveOpco({}), 'invalid').reason).to.equal('wrong-type');
    expect(resolveOpco('abc').message.en).to.contain('1 to 4 digits');
  });

  it('accepts leading zeros', () => {
    expect(as(resolveOpco('000016'), 'found').idcc).to.equal('0016');
  });
});
