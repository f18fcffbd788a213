// The hostile campaign (not part of `npm test`: run it with `node scripts/hostile-campaign.mjs`).
// Generates many hostile cases and counts, per family: cases tried, uncaught errors, blank widgets,
// wrong answers, hangs. Each family ends with a line `CAMPAIGN <family> {json}` in the browser log.
//   1. attributes and properties: every property of every element's spec × hostile and fuzzed values ×
//      (property after connection, property before connection, attribute as text);
//   2. lifecycle: connect / disconnect / reconnect / move between providers / switch language, with
//      hostile values set in between;
//   3. network: the company client × API scenarios (the fake's tokens and paths) × the page's fetch
//      (native, wrapped without options, throwing, missing, never settling, not a Response), on a
//      fake clock; a wrong answer is a success for another company, from a redirect, or invented.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/components/apprentice-pay/opco-apprentice-pay.js';
import { conventionsLoaded } from '../helpers/conventions.js';
import { createCompanySearch, createPageState } from '../../src/services/company-search/index.js';
import type { CompanySearchResult } from '../../src/services/company-search/index.js';
import { fakeApiBase, uniq } from '../fake-api/fake-api.js';
import { FakeClock } from '../helpers/fake-clock.js';

await conventionsLoaded();

interface Counts {
  cases: number;
  uncaught: number;
  blank: number;
  wrong: number;
  hangs: number;
  examples: string[];
}
const fresh = (): Counts => ({ cases: 0, uncaught: 0, blank: 0, wrong: 0, hangs: 0, examples: [] });
const note = (c: Counts, kind: 'uncaught' | 'blank' | 'wrong' | 'hangs', what: string) => {
  c[kind] += 1;
  if (c.examples.length < 15) c.examples.push(`${kind}: ${what}`);
};
const report = (family: string, c: Counts) => console.log(`CAMPAIGN ${family} ${JSON.stringify(c)}`);

// ——— values ———
let seed = 20261206;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const CHARS = ['a', 'Z', '0', '9', ' ', '-', '.', ',', '<', '>', '"', "'", '&', '\u0000', '\u202e', 'é', '😀', '\n', '/', ':', '=', '%', 'e', '+'];
const fuzzString = () => Array.from({ length: Math.floor(random() * 30) }, () => pick(CHARS)).join('');

const throwing = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      has() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
      getPrototypeOf() {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
    },
  );
const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};
const getterThrows = () =>
  Object.defineProperty({}, 'opcoId', {
    get() {
      throw new Error('getter');
    },
    enumerable: true,
  });

const FIXED: readonly [string, () => unknown][] = [
  ['string', () => 'bidon'],
  ['empty', () => ''],
  ['blank', () => '   '],
  ['zero', () => 0],
  ['-1', () => -1],
  ['1979', () => 1979],
  ['1e308', () => 1e308],
  ['-0', () => -0],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['2**31', () => 2 ** 31],
  ['1e12', () => 1e12],
  ['true', () => true],
  ['false', () => false],
  ['null', () => null],
  ['undefined', () => undefined],
  ['bigint', () => 10n],
  ['object', () => ({ id: 'akto' })],
  ['array', () => ['akto']],
  ['nested array', () => [[['x']]]],
  ['Date', () => new Date('2026-04-01')],
  ['invalid Date', () => new Date('x')],
  ['function', () => () => 'x'],
  ['Symbol', () => Symbol('s')],
  ['Object.create(null)', () => Object.create(null)],
  [
    'toString throws',
    () => ({
      toString() {
        throw new Error('ts');
      },
    }),
  ],
  [
    'valueOf throws',
    () => ({
      valueOf() {
        throw new Error('vo');
      },
      toString() {
        throw new Error('ts');
      },
    }),
  ],
  ['Proxy throws', throwing],
  ['revoked Proxy', revoked],
  ['getter throws', getterThrows],
  ['100k string', () => 'x'.repeat(100_000)],
  ['html', () => '<img src=x onerror=alert(1)><script>alert(1)</script>'],
  ['javascript url', () => 'javascript:alert(1)'],
  ['akto', () => 'akto'],
  ['date text', () => '2026-02-30'],
  ['attr name', () => 'show-merged'],
  ['RegExp', () => /x/],
  ['Map', () => new Map()],
  ['Promise', () => Promise.resolve(1)],
];

const TAGS = ['opco-finder', 'opco-branch-list', 'opco-funding-explainer', 'opco-card', 'opco-apprentice-pay', 'opco-provider'];
type El = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

/** The properties an element declares (Lit's, its internal states left out), with their attribute names. */
function attributeSpec(tag: string): { prop: string; attr: string | null }[] {
  const props = (customElements.get(tag) as unknown as { elementProperties: Map<string, { state?: boolean; attribute?: unknown }> }).elementProperties;
  return [...props]
    .filter(([, o]) => !o.state)
    .map(([prop, o]) => ({ prop, attr: o.attribute === false ? null : typeof o.attribute === 'string' ? o.attribute : prop.toLowerCase() }));
}

/** Runs `fn`, counting escapes; a wait longer than 2 s is a hang. */
async function attempt(c: Counts, label: string, fn: () => Promise<void>): Promise<void> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const warn = console.warn;
  console.warn = () => undefined;
  c.cases += 1;
  try {
    const outcome = await Promise.race([
      fn().then(
        () => 'done',
        (e: unknown) => `threw ${String(e)}`,
      ),
      new Promise<string>((r) => setTimeout(() => r('hang'), 2000)),
    ]);
    await new Promise((r) => setTimeout(r, 0));
    if (outcome === 'hang') note(c, 'hangs', label);
    else if (outcome !== 'done') note(c, 'uncaught', `${label}: ${outcome}`);
    if (errors.length) note(c, 'uncaught', `${label}: ${errors[0]}`);
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

const shownEl = (el: Element) => (el.localName === 'opco-provider' ? el.querySelector('opco-card')! : el);
const blank = (el: Element) => {
  const root = shownEl(el).shadowRoot;
  return !root || root.childElementCount === 0 || (root.textContent ?? '').trim() === '';
};
const injected = (el: Element) => !!shownEl(el).shadowRoot?.querySelector('script, img[onerror], [onerror], a[href^="javascript:"]');

describe('hostile campaign', function () {
  this.timeout(0);

  it('1. attributes and properties', async () => {
    const c = fresh();
    for (const tag of TAGS) {
      const spec = attributeSpec(tag) ?? [];
      const values = [...FIXED, ...Array.from({ length: 25 }, (_, i) => [`fuzz${i}`, fuzzString] as [string, () => unknown])];
      // a) property after connection, one element per tag, reset between values
      const wrapper = await fixture<HTMLElement>(html`<opco-provider><div></div></opco-provider>`);
      const el = document.createElement(tag) as El;
      if (tag === 'opco-provider') el.append(document.createElement('opco-card'));
      wrapper.firstElementChild!.append(el);
      await el.updateComplete;
      for (const { prop } of spec) {
        for (const [name, make] of values) {
          const label = `${tag}.${prop} = ${name} (after connection)`;
          await attempt(c, label, async () => {
            (el as unknown as Record<string, unknown>)[prop] = make();
            await el.updateComplete;
            el.requestUpdate();
            await el.updateComplete;
          });
          if (blank(el)) note(c, 'blank', label);
          if (injected(el)) note(c, 'wrong', `${label}: markup injected`);
          try {
            (el as unknown as Record<string, unknown>)[prop] = undefined;
            await el.updateComplete;
          } catch {
            /* counted above */
          }
        }
      }
      // b) property before connection, a new element per case
      for (const { prop } of spec) {
        for (const [name, make] of values.slice(0, 40)) {
          const label = `${tag}.${prop} = ${name} (before connection)`;
          let fresh!: El;
          await attempt(c, label, async () => {
            fresh = document.createElement(tag) as El;
            (fresh as unknown as Record<string, unknown>)[prop] = make();
            if (tag === 'opco-provider') fresh.append(document.createElement('opco-card'));
            wrapper.append(fresh);
            await fresh.updateComplete;
            if (tag === 'opco-provider') await (fresh.querySelector('opco-card') as El).updateComplete;
          });
          if (fresh && blank(fresh)) note(c, 'blank', label);
          fresh?.remove();
        }
      }
      // c) the attribute as text (what a CMS writes)
      for (const { attr } of spec.filter((s) => s.attr)) {
        for (let i = 0; i < 30; i++) {
          const value = i < 5 ? ['', ' ', 'x'.repeat(5000), '<b>x</b>', 'OFF'][i]! : fuzzString();
          const label = `${tag} ${attr}="${value.slice(0, 20)}"`;
          await attempt(c, label, async () => {
            el.setAttribute(attr!, value);
            await el.updateComplete;
          });
          if (blank(el)) note(c, 'blank', label);
          if (injected(el)) note(c, 'wrong', `${label}: markup injected`);
          el.removeAttribute(attr!);
          await el.updateComplete;
        }
      }
      wrapper.remove();
    }
    report('attributes', c);
    expect(c.uncaught + c.blank + c.wrong + c.hangs, c.examples.join('\n')).to.equal(0);
  });

  it('2. lifecycle', async () => {
    const c = fresh();
    const host = await fixture<HTMLElement>(
      html`<div>
        <opco-provider id="a" lang="en"></opco-provider><opco-provider id="b" theme="dark"></opco-provider>
        <section></section>
      </div>`,
    );
    const places = [host.querySelector('#a')!, host.querySelector('#b')!, host.querySelector('section')!];
    for (const tag of TAGS.filter((t) => t !== 'opco-provider')) {
      for (let round = 0; round < 120; round++) {
        const el = document.createElement(tag) as El;
        if (tag === 'opco-card' || tag === 'opco-funding-explainer') el.setAttribute('opco', 'akto');
        if (tag === 'opco-finder') el.setAttribute('company-lookup', 'off');
        const label = `${tag} round ${round}`;
        await attempt(c, label, async () => {
          for (let step = 0; step < 6; step++) {
            const action = Math.floor(random() * 7);
            if (action === 0) pick(places).append(el);
            else if (action === 1) el.remove();
            else if (action === 2) el.setAttribute('lang', pick(['fr', 'en', 'de', '', 'EN-gb']));
            else if (action === 3) (el as unknown as Record<string, unknown>)[pick((attributeSpec(tag) ?? []).map((s) => s.prop))] = pick(FIXED)[1]();
            else if (action === 4) {
              pick(places).append(el);
              el.remove();
              pick(places).append(el);
            } else if (action === 5 && tag === 'opco-finder' && el.isConnected) {
              const input = el.shadowRoot?.querySelector('input');
              if (input) {
                input.value = pick(['1979', 'coiffure', '552 032 534', fuzzString()]);
                input.dispatchEvent(new Event('input'));
              }
            } else el.requestUpdate();
            if (el.isConnected) await el.updateComplete;
          }
          pick(places).append(el);
          el.requestUpdate();
          await el.updateComplete;
        });
        if (el.isConnected && blank(el)) note(c, 'blank', label);
        el.remove();
      }
    }
    report('lifecycle', c);
    expect(c.uncaught + c.blank + c.wrong + c.hangs, c.examples.join('\n')).to.equal(0);
  });

  it('3. network', async () => {
    const c = fresh();
    const base = await fakeApiBase();
    const native = window.fetch.bind(window);
    const FETCHES: [string, unknown][] = [
      ['native', undefined],
      ['wrapped without options', (u: RequestInfo | URL) => native(String(u))],
      [
        'throws',
        () => {
          throw new TypeError('host');
        },
      ],
      ['rejects', () => Promise.reject(new TypeError('host'))],
      ['never settles', () => new Promise(() => undefined)],
      ['not a Response', () => Promise.resolve({ ok: true, status: 200, json: () => ({ results: [] }) })],
      ['null', () => null],
    ];
    const NAMES = [
      'multi',
      'closed',
      'noidcc',
      'idcc9999',
      'nondiff',
      'outremer',
      'empty',
      'error500',
      'nginx502',
      'nginx503',
      'status400',
      'badjson',
      'badshape',
      'wrongtype',
      'redirect multi',
      'nocors',
      'ratelimit1',
      'ratelimithidden',
      'ratelimitnocors',
      'hang',
      'oversize3',
      'huge40',
      'manyetab200',
      'multi delay300',
    ];
    const IDS = ['552032534', '55203253400703', '880878145', '88087814500015', '35600000024221', '487444697', '901000000', '123456789'];
    for (const [fetchName, fetchFn] of FETCHES) {
      for (const path of ['', '/other-company', '/other-establishment', '/proxy']) {
        for (const q of [...NAMES.map((n) => `${n} ${uniq()}`), ...IDS]) {
          const clock = new FakeClock();
          const client = createCompanySearch({
            apiBase: `${base}${path}/${uniq()}`,
            pageState: createPageState({ clock, maxRequests: 1000 }),
            clock,
            timeoutMs: 500,
            ...(fetchFn ? { fetch: fetchFn as typeof fetch } : {}),
          });
          const label = `${fetchName} ${path || '/'} ${q}`;
          let result: CompanySearchResult | undefined;
          await attempt(c, label, async () => {
            const pending = client.search(q).then((r) => (result = r));
            // real time for the loopback reply, then the fake clock past the timeout
            for (let i = 0; i < 70 && !result; i++) await new Promise((r) => setTimeout(r, 10));
            if (!result) await clock.advance(501);
            for (let i = 0; i < 30 && !result; i++) await new Promise((r) => setTimeout(r, 10));
            if (!result) throw new Error('no result after the timeout');
            await pending;
          });
          if (!result) {
            note(c, 'hangs', label);
            continue;
          }
          if (result.ok) {
            const asked = /^\d+$/.test(q) ? q.slice(0, 9) : null;
            if (asked && result.companies.some((co) => co.siren !== asked)) note(c, 'wrong', `${label}: another company`);
            if (asked && q.length === 14 && result.companies.some((co) => !co.establishments.some((e) => e.siret === q)))
              note(c, 'wrong', `${label}: without the establishment`);
            if (q.startsWith('redirect')) note(c, 'wrong', `${label}: a redirected answer used`);
            if (fetchName !== 'native' && fetchName !== 'wrapped without options') note(c, 'wrong', `${label}: an answer from a fetch that gave none`);
          }
        }
      }
    }
    report('network', c);
    expect(c.uncaught + c.blank + c.wrong + c.hangs, c.examples.join('\n')).to.equal(0);
  });
});
