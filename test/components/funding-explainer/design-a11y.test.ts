// Issue #13: axe in the explainer’s new states (readers, widths, themes), every disclosure open.
// Widths are set on the real browser window (setViewport).
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { atWidth, openAll } from './helpers.js';

describe('<opco-funding-explainer> — axe in the new states (#13)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const theme of ['light', 'dark']) {
    for (const [name, width, template] of [
      [
        'training centre, participation due, 1280',
        1280,
        html`<opco-funding-explainer theme=${theme} audience="training-centre" headcount="30" level="6" signed-on="2026-04-01"></opco-funding-explainer>`,
      ],
      [
        'apprentice, English, 320, flow list',
        320,
        html`<opco-funding-explainer theme=${theme} lang="en" audience="apprentice" headcount="300" level="7" signed-on="2026-04-01"></opco-funding-explainer>`,
      ],
      [
        'employer, not due (level 5), 320',
        320,
        html`<opco-funding-explainer theme=${theme} headcount="30" level="5" signed-on="2026-04-01"></opco-funding-explainer>`,
      ],
    ] as const) {
      it(`${name} — ${theme}`, async function () {
        this.timeout(60000); // axe over every open disclosure: slow when the machine is busy, never a timing test
        const el = await atWidth(width, template);
        await openAll(el);
        await expect(el).to.be.accessible();
      });
    }
  }
});
