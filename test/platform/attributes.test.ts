// The platform's attribute readers, pure: whatever a host sets, one answer shape, never a throw.
import { expect } from '@open-wc/testing';
import { ECHO_MAX, echo, isHttpsUrl, isLinked, readFlag, readInt, readOneOf, readString, readUrl, valueOr } from '../../src/platform/attributes.js';

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const hostile: unknown[] = [
  Symbol('s'),
  () => 1,
  Object.create(null),
  {
    toString: () => {
      throw new Error('no');
    },
    toJSON: () => {
      throw new Error('no');
    },
  },
  revoked,
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
    },
  ),
  10n,
  NaN,
  Infinity,
  [1, [2, [3]]],
  'x'.repeat(100_000),
];

describe('platform attribute readers', () => {
  it('never throw, whatever the value', () => {
    for (const value of hostile) {
      for (const read of [
        () => readString(value),
        () => readInt(value, 1, 10),
        () => readFlag(value),
        () => readOneOf(value, ['a', 'b']),
        () => readUrl(value),
        () => echo(value),
        () => isLinked(value),
        () => isHttpsUrl(value),
      ]) {
        expect(read).not.to.throw();
      }
      expect(echo(value).length).to.be.at.most(ECHO_MAX + 1);
    }
  });

  it('absent: undefined, null and blank strings', () => {
    for (const value of [undefined, null, '', '   ']) {
      expect(readString(value).kind).to.equal('absent');
      expect(readInt(value, 1, 9).kind).to.equal('absent');
      expect(readOneOf(value, ['a']).kind).to.equal('absent');
      expect(readUrl(value).kind).to.equal('absent');
    }
  });

  it('readInt: numbers and whole-number strings in range', () => {
    expect(readInt(5, 1, 10)).to.deep.equal({ kind: 'ok', value: 5 });
    expect(readInt(' 7 ', 1, 10)).to.deep.equal({ kind: 'ok', value: 7 });
    for (const bad of ['2.5', '1e3', '0x10', 'dix', '11', '0', 2.5, true, [5], { n: 5 }, NaN]) {
      expect(readInt(bad, 1, 10).kind, String(bad)).to.equal('invalid');
    }
  });

  it('readFlag: one rule for every yes/no attribute (an unclear word is invalid, never guessed)', () => {
    const value = (v: unknown) => valueOr<boolean | 'unclear'>(readFlag(v), 'unclear');
    for (const yes of ['', 'true', 'TRUE', ' on ', 'yes', 'oui', '1', true, 1]) expect(value(yes), String(yes)).to.equal(true);
    for (const no of ['false', 'OFF', 'no', 'non', '0', false, 0]) expect(value(no), String(no)).to.equal(false);
    for (const unclear of ['peut-être', 'maybe', 2, {}, []]) expect(value(unclear), String(unclear)).to.equal('unclear');
    expect(valueOr(readFlag('show-merged', 'show-merged'), null)).to.equal(true);
  });

  it('isLinked: off in any case or form unlinks; anything else keeps the default', () => {
    for (const off of ['off', 'OFF', 'false', 'non', '0', false, 0]) expect(isLinked(off), String(off)).to.equal(false);
    for (const on of [undefined, null, '', 'on', true, 'peut-être', {}]) expect(isLinked(on), String(on)).to.equal(true);
  });

  it('readOneOf: trimmed, case kept', () => {
    expect(readOneOf(' idcc ', ['name', 'idcc'])).to.deep.equal({ kind: 'ok', value: 'idcc' });
    expect(readOneOf('IDCC', ['name', 'idcc']).kind).to.equal('invalid');
    expect(readOneOf(1, ['name', 'idcc']).kind).to.equal('invalid');
  });

  it('readUrl: http(s) only, relative to the page; isHttpsUrl: absolute https only', () => {
    expect(valueOr(readUrl('/proxy'), '')).to.equal(new URL('/proxy', document.baseURI).href);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.fr', 'x'.repeat(5000)])
      expect(readUrl(bad).kind, bad.slice(0, 20)).to.equal('invalid');
    expect(isHttpsUrl('https://www.akto.fr')).to.equal(true);
    for (const bad of ['http://www.akto.fr', 'javascript:alert(1)', '/relative', '', null, 5]) expect(isHttpsUrl(bad), String(bad)).to.equal(false);
  });

  it('echo: short text for any value', () => {
    expect(echo('abc')).to.equal('abc');
    expect(echo('y'.repeat(100))).to.equal(`${'y'.repeat(ECHO_MAX)}…`);
    expect(echo(5)).to.equal('5');
    expect(echo({ a: 1 })).to.equal('{"a":1}');
    expect(echo(['akto'])).to.equal('["akto"]');
    expect(echo(null)).to.equal('null');
  });
});
