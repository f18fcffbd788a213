// Issue #25: at most 5 text sizes across the widgets (the type scale of the design tokens,
// --opco-font-size-sm … -xxl). Every element that shows text, in each widget's main states (every
// fold-out open), at 1280 and 320 px: the distinct computed sizes are counted and printed.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';

await conventionsLoaded();

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element under a root, through open shadow roots. */
function* walk(root: ParentNode): Generator<Element> {
  for (const e of root.querySelectorAll('*')) {
    yield e;
    if (e.shadowRoot) yield* walk(e.shadowRoot);
  }
}

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await Promise.all([root, ...walk(root)].map((e) => (e as Updating).updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Opens every fold-out, so that what they hold is measured too. */
async function openAll(root: Element): Promise<void> {
  for (const e of walk(root)) if (e instanceof HTMLDetailsElement) e.open = true;
  await settle(root);
}

/**
 * Computed sizes (px) of the elements that show text of their own: the page's text, and the text
 * drawn in an SVG diagram apart (its size is in the drawing's units and scales with the drawing).
 */
function sizesOf(root: Element): { text: Map<string, string>; drawing: Map<string, string> } {
  const text = new Map<string, string>();
  const drawing = new Map<string, string>();
  for (const e of walk(root)) {
    const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!own || e.closest('.visually-hidden') || e.getClientRects().length === 0) continue;
    const size = getComputedStyle(e).fontSize;
    const sizes = e.closest('svg') ? drawing : text;
    if (!sizes.has(size)) sizes.set(size, `${e.localName}.${[...e.classList].join('.')}`);
  }
  return { text, drawing };
}

const listed = (sizes: Map<string, string>) =>
  [...sizes]
    .sort(([a], [b]) => parseFloat(a) - parseFloat(b))
    .map(([s, w]) => `${s} (${w})`)
    .join(', ');

const states: readonly { readonly name: string; readonly template: TemplateResult; readonly act?: (el: Element) => Promise<void> }[] = [
  { name: 'finder empty', template: html`<opco-finder company-lookup="off"></opco-finder>` },
  { name: 'finder 1979', template: html`<opco-finder company-lookup="off" idcc="1979"></opco-finder>` },
  { name: 'finder 3203', template: html`<opco-finder company-lookup="off" idcc="3203"></opco-finder>` },
  { name: 'card', template: html`<opco-card opco="akto"></opco-card>` },
  { name: 'card detail', template: html`<opco-card opco="akto" mode="detail"></opco-card>` },
  { name: 'card compact', template: html`<opco-card opco="opco-ep" compact></opco-card>` },
  { name: 'branch list', template: html`<opco-branch-list opco="akto"></opco-branch-list>` },
  {
    name: 'pay',
    template: html`<opco-apprentice-pay birth-date="2007-05-01" contract-start="2026-09-01" level="5" headcount="10" on-date="2026-10-01"></opco-apprentice-pay>`,
  },
  { name: 'explainer', template: html`<opco-funding-explainer opco="akto" signed-on="2026-04-01"></opco-funding-explainer>` },
  {
    name: 'explainer with a result',
    template: html`<opco-funding-explainer audience="employer" headcount="30" level="7" signed-on="2026-04-01"></opco-funding-explainer>`,
  },
  { name: 'explainer, cpf tab', template: html`<opco-funding-explainer scheme="cpf"></opco-funding-explainer>` },
];

describe('Type scale: at most 5 text sizes across the widgets (#25)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 320]) {
    it(`at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const text = new Map<string, string>();
      const drawing = new Map<string, string>();
      for (const state of states) {
        const page = await fixture<HTMLDivElement>(html`<div style="font-size: 16px">${state.template}</div>`);
        await settle(page);
        await openAll(page);
        const found = sizesOf(page);
        for (const [size, where] of found.text) if (!text.has(size)) text.set(size, `${state.name}: ${where}`);
        for (const [size, where] of found.drawing) if (!drawing.has(size)) drawing.set(size, `${state.name}: ${where}`);
      }
      console.log(`text sizes at ${width} px (${text.size}): ${listed(text)}`);
      console.log(`drawing sizes at ${width} px (${drawing.size}): ${listed(drawing)}`);
      expect(text.size, listed(text)).to.be.at.most(5);
      // the page's 16 px gives the scale: 14, 16, 18, 20 and 28 px
      for (const size of text.keys()) expect(['14px', '16px', '18px', '20px', '28px'], listed(text)).to.include(size);
      expect(drawing.size, listed(drawing)).to.be.at.most(2);
    });
  }
});
