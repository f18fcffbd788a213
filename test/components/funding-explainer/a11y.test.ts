// axe in every state, light and dark, with every disclosure open.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { OpcoProvider } from '../../../src/components/provider/opco-provider.js';
import { SCHEME_IDS } from '../../../src/data/funding/index.js';
import { captureWarnings, found, mount, openAll, result, type Explainer } from './helpers.js';

type State = [name: string, template: (theme: string) => TemplateResult, status?: string];

const states: State[] = [
  ...SCHEME_IDS.map((id): State => [`scheme ${id}`, (theme) => html`<opco-funding-explainer theme=${theme} scheme=${id}></opco-funding-explainer>`]),
  ['all schemes, tabs', (theme) => html`<opco-funding-explainer theme=${theme}></opco-funding-explainer>`, 'incomplete'],
  [
    'eligible with participation and OPCO',
    (theme) => html`<opco-funding-explainer theme=${theme} opco="atlas" headcount="30" level="6" signed-on="2026-04-01"></opco-funding-explainer>`,
    'eligible',
  ],
  [
    'not eligible',
    (theme) => html`<opco-funding-explainer theme=${theme} headcount="300" level="5" signed-on="2026-02-01"></opco-funding-explainer>`,
    'not-eligible',
  ],
  [
    'unknown rule',
    (theme) => html`<opco-funding-explainer theme=${theme} headcount="30" level="5" signed-on="2027-02-01"></opco-funding-explainer>`,
    'unknown-rule',
  ],
  [
    'bad attributes',
    (theme) => html`<opco-funding-explainer theme=${theme} headcount="-3" level="12" signed-on="2026-13-45" scheme="x" opco="y"></opco-funding-explainer>`,
    'invalid',
  ],
  [
    'English, apprentice',
    (theme) =>
      html`<opco-funding-explainer theme=${theme} lang="en" audience="apprentice" headcount="30" level="5" signed-on="2026-04-01"></opco-funding-explainer>`,
    'eligible',
  ],
  [
    'compact',
    (theme) => html`<opco-funding-explainer theme=${theme} compact headcount="30" level="3" signed-on="2026-04-01"></opco-funding-explainer>`,
    'eligible',
  ],
];

describe('<opco-funding-explainer> accessibility (axe)', () => {
  for (const theme of ['light', 'dark']) {
    for (const [name, template, status] of states) {
      it(`${name} — ${theme}`, async () => {
        let el!: Explainer;
        await captureWarnings(async () => {
          el = await mount<Explainer>(template(theme));
        });
        expect(el.getAttribute('data-theme')).to.equal(theme);
        if (status) expect(result(el).dataset.status).to.equal(status);
        await openAll(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('inside a provider, with the headcount of the company found — dark', async () => {
    const provider = await mount<OpcoProvider>(html`<opco-provider theme="dark">
      <div id="finder"></div>
      <opco-funding-explainer level="5" signed-on="2026-04-01"></opco-funding-explainer>
    </opco-provider>`);
    const el = provider.querySelector<Explainer>('opco-funding-explainer')!;
    found(provider.querySelector('#finder')!, 'uniformation', '0413', { min: 50, max: 99 });
    await el.updateComplete;
    expect(result(el).dataset.status).to.equal('eligible');
    await openAll(el);
    await expect(el).to.be.accessible();
  });
});
