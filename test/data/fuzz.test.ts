// Property-based test of the data module's boundary: every exported function, any input
// (fast-check's anything, plus Proxies, throwing getters, revoked Proxies, Dates whose getTime
// throws, 1-million-character strings), never throws.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import * as data from '../../src/data/index.js';

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const trap = () => {
  throw new Error('trap');
};
const throwingProxy = () =>
  new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
const badDate = () => {
  const d = new Date('2026-04-01');
  Object.defineProperty(d, 'getTime', { value: trap });
  Object.defineProperty(d, 'valueOf', { value: trap });
  Object.defineProperty(d, 'getFullYear', { value: trap });
  Object.defineProperty(d, 'getUTCFullYear', { value: trap });
  return d;
};
const KEYS = ['limit', 'opco', 'signedOn', 'startOn', 'headcount', 'level', 'rqth', 'secondEmployer', 'dataset', 'opcos', 'conventions', 'length', 'then', 'toString', 'valueOf'];
/** An object whose listed properties throw when read. */
const throwingGetters = (keys: readonly string[]) => {
  const o: Record<string, unknown> = {};
  for (const key of keys) Object.defineProperty(o, key, { get: trap, enumerable: true });
  return o;
};
const MILLION = 'a é 1979 '.repeat(111_112);

/**
 * Hostile values are built inside the property from a recipe: fast-check itself inspects the
 * values it generates (to clone and print them), which a revoked Proxy would break.
 */
type Recipe = { readonly kind: 'plain'; readonly value: unknown } | { readonly kind: 'hostile'; readonly which: number } | { readonly kind: 'getters'; readonly keys: readonly string[] };
const HOSTILE: readonly (() => unknown)[] = [
  () => MILLION,
  () => '9'.repeat(1_000_000),
  () => '\u0000'.repeat(1000),
  () => NaN,
  () => Infinity,
  () => 1e300,
  () => Symbol('s'),
  () => 10n,
  revoked,
  throwingProxy,
  badDate,
  () => new Date(NaN),
  () => [revoked(), throwingProxy()],
  () => ({ signedOn: badDate(), headcount: revoked(), level: throwingProxy(), limit: revoked(), opco: throwingProxy() }),
];
const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 3, arbitrary: fc.anything().map((value): Recipe => ({ kind: 'plain', value })) },
  { weight: 2, arbitrary: fc.nat(HOSTILE.length - 1).map((which): Recipe => ({ kind: 'hostile', which })) },
  { weight: 1, arbitrary: fc.subarray(KEYS, { minLength: 1 }).map((keys): Recipe => ({ kind: 'getters', keys })) },
);
const build = (r: Recipe): unknown => (r.kind === 'plain' ? r.value : r.kind === 'hostile' ? HOSTILE[r.which]!() : throwingGetters(r.keys));

const functions = (Object.entries(data) as [string, unknown][]).filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function');

describe('the data module never throws at its boundary (fast-check)', () => {
  it('fuzzes every exported function', () => {
    // a new export is fuzzed as soon as it exists; this list only checks that the walk found them
    const names = functions.map(([name]) => name);
    for (const name of ['getOpco', 'findConvention', 'conventionsOf', 'resolveOpco', 'searchConventions', 'createOpcoData', 'parseIdcc', 'parseCompanyId', 'normalizeText', 'apprenticeHiringAid', 'employerParticipation', 'moneyFlowText']) {
      expect(names).to.include(name);
    }
  });

  for (const [name, fn] of functions) {
    it(`${name}(…) never throws`, () => {
      fc.assert(
        fc.property(fc.array(recipe, { maxLength: 3 }), (recipes) => {
          const args = recipes.map(build);
          try {
            fn(...args);
          } catch (error) {
            // the message only: the arguments themselves may not survive being printed
            throw new Error(`${name} threw ${String(error)} on ${recipes.map((r) => (r.kind === 'hostile' ? `hostile#${r.which}` : r.kind)).join(', ')}`, { cause: error });
          }
        }),
        { numRuns: 80, seed: 12 },
      );
    });
  }

  it('unknown languages fall back to French', () => {
    const fr = data.moneyFlowText('fr');
    for (const lang of ['de', '', 'FR', undefined, null, 3, {}]) {
      const text = data.moneyFlowText(lang as never);
      expect(text, String(lang)).to.deep.equal(fr);
      expect(text.some((t) => t === undefined)).to.equal(false);
    }
  });

  it('a 1-million-character input is cut before it is normalised', () => {
    expect(data.normalizeText(MILLION).length).to.be.below(20_000);
    expect(data.searchConventions(MILLION)).to.be.an('array');
    expect(data.resolveOpco(MILLION).kind).to.equal('invalid');
  });

  it('hostile inputs to the funding functions give an "invalid" answer, not an exception', () => {
    for (const input of [throwingProxy(), revoked(), throwingGetters(['signedOn', 'level']), { signedOn: badDate(), headcount: 10, level: 4 }]) {
      expect(data.apprenticeHiringAid(input as never).status).to.equal('invalid');
      expect(data.employerParticipation(input as never).status).to.equal('invalid');
    }
    expect(data.searchConventions('coiffure', throwingGetters(['limit', 'opco']) as never)).to.deep.equal([]);
  });
});
