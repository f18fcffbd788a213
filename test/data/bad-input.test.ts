import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  conventionsOf,
  findConvention,
  getOpco,
  normalizeText,
  parseCompanyId,
  parseIdcc,
  resolveOpco,
  searchConventions,
} from '../../src/data/index.js';

// Everything an attribute, a form or a careless caller may hand us.
const NASTY: unknown[] = [
  '',
  ' ',
  'IDCC',
  'idcc ',
  'x'.repeat(10_000),
  '1'.repeat(10_000),
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"; DROP TABLE idcc; --',
  '😀',
  '👩‍🔧 coiffure',
  '\u0000',
  '\u202e1979',
  '٠٠١٦', // Arabic-Indic digits
  '１９７９', // full-width digits
  '-16',
  '+16',
  '16.0',
  '1e3',
  '0x10',
  '00000000016',
  'NaN',
  'undefined',
  'null',
  '__proto__',
  'constructor',
  'toString',
  0,
  -1,
  -16,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER,
  16n,
  true,
  false,
  null,
  undefined,
  {},
  [],
  ['1979'],
  { idcc: '1979' },
  { toString: () => '1979' },
  {
    toString() {
      throw new Error('boom');
    },
  },
  Symbol('x'),
  () => '1979',
  new Date(0),
  /1979/,
];

const label = (v: unknown): string => {
  try {
    return typeof v === 'symbol' ? 'symbol' : JSON.stringify(v)?.slice(0, 30) ?? String(v);
  } catch {
    return typeof v;
  }
};

describe('bad input never throws', () => {
  for (const value of NASTY) {
    it(label(value), () => {
      const r = resolveOpco(value);
      expect(['invalid', 'unknown', 'found', 'special', 'shared']).to.include(r.kind);
      expect(r.message.fr).to.be.a('string');
      expect(r.message.en).to.be.a('string');
      expect(r.input).to.be.a('string');
      if (r.kind === 'invalid') expect(r.reason).to.be.a('string');
      expect(parseIdcc(value)).to.have.property('ok');
      const id = parseCompanyId(value);
      expect(id).to.have.property('ok');
      if (!id.ok) expect(id.reason).to.be.a('string');
      findConvention(value);
      getOpco(value);
      expect(conventionsOf(value)).to.be.an('array');
      expect(searchConventions(value)).to.be.an('array');
      expect(searchConventions('coiffure', { limit: value as number, opco: value as never })).to.be.an('array');
      expect(normalizeText(value)).to.be.a('string');
    });
  }

  it('objects are not read as codes (no toString call)', () => {
    expect(resolveOpco({ toString: () => '1979' }).kind).to.equal('invalid');
    expect(resolveOpco(['1979']).kind).to.equal('invalid');
  });

  it('HTML comes back as plain text in messages, never as markup we added', () => {
    const r = resolveOpco('<b>1979</b>');
    expect(r.kind).to.equal('invalid');
    expect(r.message.fr).to.not.contain('<');
  });
});
