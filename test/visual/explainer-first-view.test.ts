// The funding explainer's first view of each tab, measured at 1280 px: French and English, light
// and dark. Issue #25: it fits in 900 px (fewer and shorter things above the fold, never smaller text).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { nothing } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import type { OpcoFundingExplainer } from '../../src/components/funding-explainer/opco-funding-explainer.js';
import '../../src/index.js';

const GOAL = 900;

async function settle(el: OpcoFundingExplainer): Promise<void> {
  await el.updateComplete;
  const inner = [...el.shadowRoot!.querySelectorAll('*')].filter((x): x is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in x);
  await Promise.all(inner.map((x) => x.updateComplete));
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

describe('<opco-funding-explainer> first view of each tab at 1280 px (#25)', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['fr', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      // alone, and with the visitor's OPCO (its next step then carries the OPCO's own link)
      for (const opco of ['', 'akto']) {
      it(`every tab opens at most ${GOAL} px tall (${lang}, ${theme}${opco ? `, opco ${opco}` : ''})`, async () => {
        const el = await fixture<OpcoFundingExplainer>(
          html`<opco-funding-explainer lang=${lang} theme=${theme} audience="employer" opco=${opco || nothing} signed-on="2026-04-01"></opco-funding-explainer>`,
        );
        await settle(el);
        // the page's language is the widget's: English on an English page
        expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.contain(lang === 'en' ? 'Who pays' : 'Qui paie');
        const tabs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
        expect(tabs.length).to.equal(5);
        const heights: [string, number][] = [];
        for (const tab of tabs) {
          tab.click();
          await settle(el);
          expect(tab.getAttribute('aria-selected')).to.equal('true');
          // nothing is unfolded: the first view is what a reader sees before opening anything
          expect(el.shadowRoot!.querySelectorAll('details[open]')).to.have.length(0);
          const height = Math.round(el.getBoundingClientRect().height);
          heights.push([tab.id.replace('tab-', ''), height]);
        }
        // the figures, printed for the record (docs/performance.md style), then the goal
        console.log(`explainer first view ${lang} ${theme} ${opco || '-'}: ${heights.map(([id, h]) => `${id} ${h}`).join(', ')}`);
        for (const [id, height] of heights) expect(height, `${id}: ${height} px`).to.be.at.most(GOAL);
      });
      }
    }
  }
});
