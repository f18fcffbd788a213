// The built explainer when what it fetches after its first tab (its other cards, the sources, the
// money flows: opco-funding-explainer-data.<lang>.<hash>.json) fails: it keeps its first tab whole
// and says, where the rest would be, what failed. Each test file loads one variant's script (a page
// defines the element once).
import { expect, fixture, html } from '@open-wc/testing';
import { requireBuild, waitFor } from '../integration/helpers.js';
import { recordFailures, type FailingPage, type Variant } from '../integration/table-failure.js';

/** The console warnings and uncaught errors of the page since the explainer's file was loaded. */
export type ExplainerPage = FailingPage;

type Explainer = HTMLElement & { updateComplete: Promise<unknown> };

/** Records warnings and errors, then loads the explainer's built file from /test/variants/<variant>/dist/ (or dist/ itself). */
export async function loadExplainer(variant: Variant | 'as-built'): Promise<ExplainerPage> {
  const page = recordFailures();
  const base = variant === 'as-built' ? '/dist' : `/test/variants/${variant}/dist`;
  await import(`${base}/opco-funding-explainer.js` as string);
  return page;
}

export const tab = (el: Explainer, id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${id}`)!;
export const panel = (el: Explainer) => el.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]')!;
/** The text of the panel, whitespace collapsed. */
export const panelText = (el: Explainer) => (panel(el).textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The whole test file of a variant whose data fails: a French explainer keeps its first tab; the CPF tab,
 * the sources and the diagram say `message` (and `why`); the first tab still shows after; one warning
 * matching `warning`.
 */
export function describeExplainerFailure(title: string, variant: Variant, expected: { why: string; warning: RegExp }): void {
  describe(title, function () {
    this.timeout(20000);
    let page: ExplainerPage;
    before(async () => {
      await requireBuild();
      page = await loadExplainer(variant);
    });

    it(`keeps its first tab; the other tabs, the sources and the diagram say "${expected.why}"; one warning`, async () => {
      await explainerSaysWhatFailed(page, 'n’a pas pu être chargée', expected.why, expected.warning);
    });
  });
}

async function explainerSaysWhatFailed(page: ExplainerPage, message: string, why: string, warning: RegExp): Promise<void> {
  const el = await fixture<Explainer>(html`<opco-funding-explainer></opco-funding-explainer>`);
  await el.updateComplete;
  expect(panel(el).textContent).to.contain('Contrat d’apprentissage');
  tab(el, 'cpf').click();
  await waitFor(() => panelText(el).includes(message), `the CPF tab to say: ${message}`, 8000);
  const said = panelText(el);
  expect(said).to.contain(why);
  expect(panel(el).querySelector('[role="alert"]'), 'an alert').to.exist;
  // the diagram's fold says it too, and no flow is drawn
  const flow = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="money-flow-details"]')!;
  flow.open = true;
  await el.updateComplete;
  expect(flow.textContent).to.contain(message);
  expect(flow.querySelector('svg, ol')).to.equal(null);
  // back to the first tab: whole (its simulator answers), its sources say what failed
  tab(el, 'apprentissage').click();
  await el.updateComplete;
  expect(panel(el).textContent).to.contain('Contrat d’apprentissage');
  expect(panel(el).querySelector('[part="simulator"]')).to.exist;
  expect(panel(el).querySelector('[part="sources"]')!.textContent).to.contain(message);
  const warned = page.warnings.filter((w) => w.includes('explainer'));
  expect(warned, warned.join('\n')).to.have.length(1);
  expect(warned[0]).to.match(warning);
  expect(page.errors).to.deep.equal([]);
  await expect(el).to.be.accessible();
}
