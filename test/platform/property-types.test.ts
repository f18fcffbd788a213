// React 19 and Vue 3 set properties, not attributes: every documented property of every element,
// set to every kind of value a host may pass (hostile ones included: a Symbol, an object without
// prototype or whose toString throws, Proxies), before or after the element is on the page, must
// leave a rendered widget, no throw and no uncaught error. One table: element × property × value
// type, read from the elements' own specs (src/platform/attribute-spec.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/components/apprentice-pay/opco-apprentice-pay.js';
import { conventionsLoaded } from '../helpers/conventions.js';
import { attributeSpec, type ElementSpec } from '../../src/platform/attribute-spec.js';

// the finder and the branch list answer from the convention table: it is in before the tests
await conventionsLoaded();
import { captureWarnings } from '../helpers/warnings.js';

const LONG = 'x'.repeat(100_000);

const throwing = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('get trap');
      },
      has() {
        throw new Error('has trap');
      },
      ownKeys() {
        throw new Error('ownKeys trap');
      },
      getPrototypeOf() {
        throw new Error('getPrototypeOf trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('descriptor trap');
      },
    },
  );
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** The value types a host may pass (frameworks bind whatever the app holds), and hostile ones. */
const VALUES: readonly [string, () => unknown][] = [
  ['a string', () => 'bidon'],
  ['a number', () => 5],
  ['an IDCC-like number', () => 1979],
  ['true', () => true],
  ['false', () => false],
  ['null', () => null],
  ['undefined', () => undefined],
  ['an object', () => ({ id: 'akto' })],
  ['an array', () => ['akto']],
  ['a 100,000-character string', () => LONG],
];
const HOSTILE: readonly [string, () => unknown][] = [
  ['Object.create(null)', () => Object.create(null)],
  ['a Symbol', () => Symbol('s')],
  [
    'an object whose toString throws',
    () => ({
      toString() {
        throw new Error('toString');
      },
    }),
  ],
  ['a Proxy whose traps throw', throwing],
  ['a revoked Proxy', revoked],
  ['2**31', () => 2 ** 31],
  ['NaN', () => Number.NaN],
  ['an invalid Date', () => new Date('nope')],
  ['a function', () => () => 'x'],
];

const TAGS = ['opco-finder', 'opco-branch-list', 'opco-funding-explainer', 'opco-card', 'opco-apprentice-pay', 'opco-provider'];
const specOf = (tag: string): ElementSpec => attributeSpec(tag) ?? [];

/** Errors that escape to the page while `fn` runs (an exception in a Lit update ends up here). */
async function uncaught(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

const rendered = (el: Element): boolean => {
  const root = el.shadowRoot;
  return !!root && root.childElementCount > 0;
};

type El = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

describe('every documented property accepts any value a host sets', () => {
  it('each element has a spec, and the spec lists every property the element declares', () => {
    for (const tag of TAGS) {
      const spec = specOf(tag);
      expect(spec.length, `${tag} has a spec`).to.be.greaterThan(0);
      const declared = [
        ...(customElements.get(tag) as unknown as { elementProperties: Map<string, { state?: boolean; attribute?: unknown }> }).elementProperties,
      ]
        .filter(([, options]) => !options.state)
        .map(([name]) => name);
      const listed = spec.map((s) => s.prop);
      expect(
        declared.filter((p) => !listed.includes(p)),
        `${tag}: declared but not in its spec`,
      ).to.deep.equal([]);
      expect(
        listed.filter((p) => !declared.includes(p)),
        `${tag}: in its spec but not declared`,
      ).to.deep.equal([]);
      for (const s of spec) {
        expect(s.warning === '' || /^[a-z]/.test(s.warning), `${tag}.${s.prop}: a warning says what to write`).to.equal(true);
        if (s.type === 'one-of') expect(s.values?.length, `${tag}.${s.prop}: its values`).to.be.greaterThan(0);
      }
    }
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const { prop } of specOf(tag)) {
        it(`${prop}: ${[...VALUES, ...HOSTILE].map(([name]) => name).join(', ')}`, async () => {
          // a new element for each value, inside a provider (so that `link` and the page selection are in
          // play): the same provider for every value, a new one when the provider is what is tested
          const shared = tag === 'opco-provider' ? undefined : await fixture<HTMLElement>(html`<opco-provider><div></div></opco-provider>`);
          for (const [name, make] of [...VALUES, ...HOSTILE]) {
            let el!: El;
            let threw: unknown;
            let before = 0;
            const errors = await uncaught(async () => {
              await captureWarnings(async () => {
                if (!shared) el = (await fixture<HTMLElement>(html`<opco-provider><opco-card opco="akto"></opco-card></opco-provider>`)) as El;
                else {
                  el = document.createElement(tag) as El;
                  shared.firstElementChild!.replaceChildren(el);
                }
                await el.updateComplete;
                before = (tag === 'opco-provider' ? el.querySelector('opco-card')! : el).shadowRoot!.textContent?.length ?? 0;
                try {
                  (el as unknown as Record<string, unknown>)[prop] = make();
                  await el.updateComplete;
                  // and again: a second update reads the value once more (changed maps, cached views)
                  el.requestUpdate();
                  await el.updateComplete;
                } catch (error) {
                  threw = error;
                }
              });
            });
            const label = `${tag}.${prop} = ${name}`;
            expect(threw, `${label} threw ${String(threw)}`).to.equal(undefined);
            expect(errors, `${label}: ${errors.join('; ')}`).to.deep.equal([]);
            const shown = tag === 'opco-provider' ? el.querySelector('opco-card')! : el;
            expect(rendered(shown), `${label} renders nothing`).to.equal(true);
            // a value is never echoed in full: the widget's text grows by a message at most, never by the value
            expect((shown.shadowRoot!.textContent ?? '').length, `${label} echoes too much`).to.be.lessThan(before + 5_000);
          }
        });
      }

      it('every property set to a hostile value before the element is on the page: it renders, nothing escapes', async () => {
        for (const [name, make] of HOSTILE) {
          const el = document.createElement(tag) as El;
          for (const { prop } of specOf(tag)) {
            try {
              (el as unknown as Record<string, unknown>)[prop] = make();
            } catch {
              /* a setter may refuse: fine, as long as the element renders */
            }
          }
          if (tag === 'opco-provider') el.append(document.createElement('opco-card'));
          let threw: unknown;
          const errors = await uncaught(async () => {
            await captureWarnings(async () => {
              try {
                const wrapper = await fixture<HTMLElement>(html`<div></div>`);
                wrapper.append(el);
                await el.updateComplete;
                el.requestUpdate();
                await el.updateComplete;
              } catch (error) {
                threw = error;
              }
            });
          });
          const label = `<${tag}> with every property = ${name} before connection`;
          expect(threw, `${label} threw ${String(threw)}`).to.equal(undefined);
          expect(errors, `${label}: ${errors.join('; ')}`).to.deep.equal([]);
          const shown = tag === 'opco-provider' ? el.querySelector('opco-card')! : el;
          expect(rendered(shown), `${label} renders nothing`).to.equal(true);
        }
      });
    });
  }

  it('theme, transparent and compact are reflected from valid values only', async () => {
    const el = await fixture<El & { theme?: unknown }>(html`<opco-card opco="akto"></opco-card>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    for (const [, make] of HOSTILE) {
      el.theme = make();
      await el.updateComplete;
      expect(el.hasAttribute('theme')).to.equal(false);
      el.theme = 'dark';
      await el.updateComplete;
    }
    el.theme = 'bidon';
    await el.updateComplete;
    expect(el.hasAttribute('theme')).to.equal(false);
  });

  it('warnings echo at most about 40 characters of a value', async () => {
    const warnings = await captureWarnings(async () => {
      for (const tag of TAGS.filter((t) => t !== 'opco-provider')) {
        const el = document.createElement(tag) as El;
        for (const { prop } of specOf(tag)) (el as unknown as Record<string, unknown>)[prop] = LONG;
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        wrapper.append(el);
        await el.updateComplete;
      }
    });
    expect(warnings.length).to.be.greaterThan(5);
    for (const w of warnings) expect(w.length, w.slice(0, 200)).to.be.lessThan(400);
  });
});
