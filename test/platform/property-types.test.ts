// React 19 and Vue 3 set properties, not attributes: every documented property of every element,
// set to every kind of value a host may pass, must leave a rendered widget, no throw and no
// uncaught error. One table: element × property × value type.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';

// the finder and the branch list answer from the convention table: it is in before the tests
await conventionsLoaded();
import { captureWarnings } from '../helpers/warnings.js';

const LONG = 'x'.repeat(100_000);

/** The value types a host may pass (frameworks bind whatever the app holds). */
const VALUES: readonly [string, unknown][] = [
  ['a string', 'bidon'],
  ['a number', 5],
  ['an IDCC-like number', 1979],
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', undefined],
  ['an object', { id: 'akto' }],
  ['an array', ['akto']],
  ['a 100,000-character string', LONG],
];

/** Every documented property. */
const ELEMENTS: Record<string, readonly string[]> = {
  'opco-finder': ['idcc', 'siret', 'apiBase', 'companyLookup', 'timeout', 'label', 'placeholder', 'compact', 'limit', 'opco', 'audience', 'theme', 'transparent', 'link', 'heading', 'headingLevel'],
  'opco-branch-list': ['opco', 'filter', 'sort', 'showRegional', 'showMerged', 'pageSize', 'compact', 'theme', 'transparent', 'link', 'heading', 'headingLevel'],
  'opco-funding-explainer': ['scheme', 'audience', 'headcount', 'level', 'signedOn', 'rqth', 'opco', 'compact', 'theme', 'transparent', 'link', 'heading', 'headingLevel'],
  'opco-card': ['opco', 'compact', 'detail', 'audience', 'withNextStep', 'theme', 'transparent', 'link', 'heading', 'headingLevel'],
  'opco-provider': ['data', 'theme', 'link', 'selection'],
};

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

describe('every documented property accepts any value a host sets', () => {
  for (const [tag, props] of Object.entries(ELEMENTS)) {
    describe(`<${tag}>`, () => {
      for (const prop of props) {
        it(`${prop}: ${VALUES.map(([name]) => name).join(', ')}`, async () => {
          for (const [name, value] of VALUES) {
            let el!: HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };
            let threw: unknown;
            let before = 0;
            const errors = await uncaught(async () => {
              await captureWarnings(async () => {
                // inside a provider, so that `link` and the page selection are in play
                const wrapper = await fixture<HTMLElement>(
                  tag === 'opco-provider'
                    ? html`<opco-provider><opco-card opco="akto"></opco-card></opco-provider>`
                    : html`<opco-provider><div></div></opco-provider>`,
                );
                if (tag === 'opco-provider') el = wrapper as typeof el;
                else {
                  el = document.createElement(tag) as typeof el;
                  wrapper.firstElementChild!.append(el);
                }
                await el.updateComplete;
                before = (tag === 'opco-provider' ? el.querySelector('opco-card')! : el).shadowRoot!.textContent?.length ?? 0;
                try {
                  (el as unknown as Record<string, unknown>)[prop] = value;
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
    });
  }

  it('warnings echo at most about 40 characters of a value', async () => {
    const warnings = await captureWarnings(async () => {
      for (const tag of ['opco-finder', 'opco-branch-list', 'opco-funding-explainer', 'opco-card']) {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
        for (const prop of ELEMENTS[tag]!) (el as unknown as Record<string, unknown>)[prop] = LONG;
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        wrapper.append(el);
        await el.updateComplete;
      }
    });
    expect(warnings.length).to.be.greaterThan(5);
    for (const w of warnings) expect(w.length, w.slice(0, 200)).to.be.lessThan(400);
  });
});
