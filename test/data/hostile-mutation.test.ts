// F8: no caller of the data module can change another call's answer. Every exported table is frozen
// all the way down; every result is frozen or a fresh copy: a caller that rewrites everything it can
// reach in a result (every property of every object, every array item) changes nothing in the next
// call's answer. Part of the hostile-host suite (test/hostile/), here because it needs no DOM (node:test).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as data from '../../src/data/index.js';

/** Every object reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path: string, out: string[] = [], seen = new Set<object>()): string[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return out;
  seen.add(value);
  if (typeof value === 'object' && !Object.isFrozen(value)) out.push(path);
  if (typeof value === 'object') for (const key of Reflect.ownKeys(value)) unfrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, out, seen);
  return out;
}

/** Rewrites everything reachable (numbers to 1, strings to "x", arrays emptied, new keys added); never throws. */
function vandalise(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<PropertyKey, unknown>)[key];
    vandalise(child, seen);
    const junk = typeof child === 'number' ? 1 : typeof child === 'string' ? 'x' : typeof child === 'boolean' ? !child : child === null ? 'x' : child;
    try {
      Reflect.set(value, key, junk);
    } catch {
      /* frozen: as it should */
    }
  }
  try {
    Reflect.set(value, 'vandalised', true);
    if (Array.isArray(value)) value.push('x');
  } catch {
    /* frozen */
  }
}

const snapshot = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? '[function]' : v));

/** One call per exported function that answers with an object, with inputs that give a full answer. */
const CALLS: Record<string, () => unknown> = {
  apprenticeHiringAid: () => data.apprenticeHiringAid({ signedOn: '2026-04-01', headcount: 10, level: 4 } as never),
  apprenticePay: () => data.apprenticePay({ age: 19, contractStart: '2026-09-01', on: '2026-11-27', level: 4, headcount: 10 }),
  apprenticeSchedule: () => data.apprenticeSchedule({ age: 19, contractStart: '2026-09-01', on: '2026-11-27', level: 4, headcount: 10 }),
  conventionsForActivity: () => data.conventionsForActivity('56.10A'),
  conventionsForNaf: () => data.conventionsForNaf('96.02A'),
  conventionsForNafWith: () => data.conventionsForNafWith('56.10A', (idcc) => data.findConvention(idcc)),
  conventionsOf: () => data.conventionsOf('akto'),
  describeInput: () => data.describeInput('1979'),
  employerParticipation: () => data.employerParticipation({ signedOn: '2026-04-01', level: 6 }),
  findConvention: () => data.findConvention('1979'),
  findHiringAidRule: () => data.findHiringAidRule('2026-04-01' as never),
  getOpco: () => data.getOpco('akto'),
  getScheme: () => data.getScheme('apprentissage'),
  moneyFlowText: () => data.moneyFlowText('fr'),
  newestSourceDate: () => data.newestSourceDate(Object.keys(data.FUNDING_SOURCES).slice(0, 3) as never),
  parseCompanyId: () => data.parseCompanyId('552 032 534'),
  parseIdcc: () => data.parseIdcc('1979'),
  parseNaf: () => data.parseNaf('56.10A'),
  allNafCodes: () => data.allNafCodes(),
  apeCodesInOrder: () => data.apeCodesInOrder('68.20B', '68.20H', new Date('2027-02-01')),
  rankNafCandidates: () => data.rankNafCandidates((data.conventionsForNaf('56.10A') as unknown as { candidates: never[] }).candidates),
  professionalisationPay: () => data.professionalisationPay({ age: 22, on: '2026-11-27' }),
  professionalisationSchedule: () => data.professionalisationSchedule({ age: 22, on: '2026-11-27', contractStart: '2026-09-01', contractMonths: 12 }),
  publicServiceOf: () => data.publicServiceOf('5003', true),
  resolveOpco: () => data.resolveOpco('1979'),
  searchConventions: () => data.searchConventions('coiffure'),
  smicOn: () => data.smicOn('2026-11-27' as never),
  termsIn: () => data.termsIn(['OPCO', 'CFA', 'France compétences']),
  createOpcoData: () => data.createOpcoData({ dataset: data.dataset, opcos: data.opcos, conventions: data.conventions.slice(0, 5) }).opcos,
};

describe('data module: no caller changes another call’s answer', () => {
  it('every exported table is frozen all the way down', () => {
    const tables = Object.entries(data).filter(([, v]) => typeof v === 'object' && v !== null);
    expect(tables.length).to.be.greaterThan(25);
    const found = tables.flatMap(([name, v]) => unfrozen(v, name));
    expect(found.slice(0, 20), `${found.length} unfrozen`).to.deep.equal([]);
  });

  it('the SMIC table cannot be rewritten: an apprentice of 19 still earns 802.82 €', () => {
    const rows = Object.values(data.SMIC_TABLE)[0]!;
    try {
      Reflect.set(rows.at(-1)!, 'monthly', 1);
    } catch {
      /* frozen */
    }
    const pay = data.apprenticePay({ age: 19, contractStart: '2026-09-01', on: '2026-11-27' });
    expect(pay.kind === 'ok' && pay.minimumMonthlyGross).to.equal(802.82);
  });

  it('every function with an object answer is listed here', () => {
    const functions = Object.entries(data).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    const plain = ['isCurrent', 'isSchemeId', 'isStatutoryCode', 'looksLikeNaf', 'luhnValid', 'normalizeText'];
    expect(functions.filter((f) => !plain.includes(f) && !(f in CALLS))).to.deep.equal([]);
  });

  for (const [name, call] of Object.entries(CALLS)) {
    it(`${name}: a caller rewriting its answer changes nothing in the next call`, () => {
      const first = call();
      expect(first, `${name} gives an answer`).to.not.equal(undefined);
      const before = snapshot(first);
      vandalise(first);
      expect(snapshot(call())).to.equal(before);
    });
  }

  it('the tables after all that: unchanged', () => {
    expect(data.getOpco('akto')!.shortName).to.equal('AKTO');
    expect(data.findConvention('1979')!.opco).to.equal('akto');
  });
});
