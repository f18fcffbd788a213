// Every element in every state at 320 px (light and dark, French and English): no content wider than
// its box (no hidden sideways scroll, nothing past the widget's edge) and no amount split from its sign
// or its currency over two lines (a cost must never read as a gain). Also the heights the design
// promises at 320 px: the finder's answer for "1979" ≤ 700 px.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';

await conventionsLoaded();

type Theme = 'light' | 'dark';
type Lang = 'fr' | 'en';

interface State {
  readonly name: string;
  readonly render: (theme: Theme, lang: Lang) => TemplateResult;
  readonly act?: (el: HTMLElement) => Promise<void>;
}

const deep = (root: ParentNode): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>('*')].flatMap((e) => [e, ...(e.shadowRoot ? deep(e.shadowRoot) : [])]);

async function settled(el: HTMLElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const all = [el, ...deep(el.shadowRoot ?? el)].filter((e): e is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in e);
    await Promise.all(all.map((e) => e.updateComplete));
    await nextFrame();
  }
  await document.fonts.ready;
}

/** Where the element shows content wider than its box: the offenders, described. */
function overflows(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  const found: string[] = [];
  const name = (e: Element) => `${e.localName}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
  if (host.scrollWidth > host.clientWidth + 1) found.push(`the element itself scrolls (${host.scrollWidth} in ${host.clientWidth})`);
  for (const e of deep(host.shadowRoot!)) {
    if (e.closest('.visually-hidden') || e.classList.contains('visually-hidden')) continue;
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const r = e.getBoundingClientRect();
    // 1 px boxes are the visually hidden pattern (text for screen readers only)
    if (r.width <= 1 || r.height <= 1) continue;
    if (r.right > box.right + 1 || r.left < box.left - 1) found.push(`${name(e)} past the edge (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
    // a box that scrolls sideways hides what is past its edge (a field's text scrolls by design)
    if (e.localName !== 'input' && style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) found.push(`${name(e)} scrolls sideways (${e.scrollWidth} in ${e.clientWidth})`);
  }
  return [...new Set(found)];
}

// an amount: an optional sign, digits grouped by spaces, optional decimals, the euro sign
const AMOUNT = /(?:[−\-+]\s?)?\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?:[,.]\d+)?[\s\u00a0\u202f]?€/g;

/** Amounts whose sign, digits and currency do not sit on one line. */
function splitAmounts(host: HTMLElement): string[] {
  const found: string[] = [];
  const roots = [host.shadowRoot!, ...deep(host.shadowRoot!).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden')) continue;
      for (const m of text.matchAll(AMOUNT)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(m[0]);
      }
    }
  }
  return found;
}

const type = (text: string) => async (el: HTMLElement) => {
  el.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
  await sendKeys({ type: text });
  // the suggestions show as the keys arrive (only the live region's sentence waits for a pause, and
  // it is visually hidden): settled() is enough
};
const search = (text: string) => async (el: HTMLElement) => {
  await type(text)(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="search"]')!.click();
};
const click = (selector: string) => async (el: HTMLElement) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
};

const STATES: readonly State[] = [
  { name: 'finder empty', render: (theme, lang) => html`<opco-finder company-lookup="off" theme=${theme} lang=${lang}></opco-finder>` },
  { name: 'finder suggestions', render: (theme, lang) => html`<opco-finder company-lookup="off" theme=${theme} lang=${lang}></opco-finder>`, act: type('boulangerie') },
  { name: 'finder answer 1979', render: (theme, lang) => html`<opco-finder company-lookup="off" idcc="1979" theme=${theme} lang=${lang}></opco-finder>` },
  { name: 'finder answer 1979, details open', render: (theme, lang) => html`<opco-finder company-lookup="off" idcc="1979" theme=${theme} lang=${lang}></opco-finder>`, act: click('[part="more"] summary') },
  { name: 'finder answer for a CFA', render: (theme, lang) => html`<opco-finder company-lookup="off" idcc="1486" audience="training-centre" theme=${theme} lang=${lang}></opco-finder>` },
  { name: 'finder answer for an apprentice', render: (theme, lang) => html`<opco-finder company-lookup="off" idcc="1597" audience="apprentice" theme=${theme} lang=${lang}></opco-finder>` },
  { name: 'finder shared', render: (theme, lang) => html`<opco-finder company-lookup="off" idcc="3203" theme=${theme} lang=${lang}></opco-finder>` },
  { name: 'finder merged', render: (theme, lang) => html`<opco-finder company-lookup="off" idcc="1740" theme=${theme} lang=${lang}></opco-finder>` },
  { name: 'finder special', render: (theme, lang) => html`<opco-finder company-lookup="off" idcc="9999" theme=${theme} lang=${lang}></opco-finder>` },
  { name: 'finder unknown', render: (theme, lang) => html`<opco-finder company-lookup="off" idcc="0001" theme=${theme} lang=${lang}></opco-finder>` },
  { name: 'finder no result', render: (theme, lang) => html`<opco-finder company-lookup="off" theme=${theme} lang=${lang}></opco-finder>`, act: search('zzzzqqq') },
  { name: 'finder APE code', render: (theme, lang) => html`<opco-finder company-lookup="off" theme=${theme} lang=${lang}></opco-finder>`, act: search('56.10A') },
  { name: 'finder SIRET, look-up off', render: (theme, lang) => html`<opco-finder company-lookup="off" theme=${theme} lang=${lang}></opco-finder>`, act: search('35600000000048') },
  { name: 'finder bad attributes', render: (theme, lang) => html`<opco-finder company-lookup="off" idcc="abc" audience="boss" limit="0" theme=${theme} lang=${lang}></opco-finder>` },
  { name: 'card', render: (theme, lang) => html`<opco-card opco="akto" theme=${theme} lang=${lang}></opco-card>` },
  { name: 'card, home page only', render: (theme, lang) => html`<opco-card opco="opco-sante" audience="apprentice" theme=${theme} lang=${lang}></opco-card>` },
  { name: 'card detail', render: (theme, lang) => html`<opco-card opco="opco-mobilites" detail theme=${theme} lang=${lang}></opco-card>` },
  { name: 'card compact', render: (theme, lang) => html`<opco-card opco="opco-2i" compact theme=${theme} lang=${lang}></opco-card>` },
  { name: 'card unknown', render: (theme, lang) => html`<opco-card opco="nope" theme=${theme} lang=${lang}></opco-card>` },
  { name: 'branch list', render: (theme, lang) => html`<opco-branch-list opco="akto" theme=${theme} lang=${lang}></opco-branch-list>` },
  { name: 'branch list, all', render: (theme, lang) => html`<opco-branch-list opco="constructys" page-size="50" show-regional show-merged theme=${theme} lang=${lang}></opco-branch-list>` },
  ...(['apprentissage', 'professionnalisation', 'reconversion', 'plan-moins-50', 'cpf'] as const).map(
    (scheme): State => ({
      name: `explainer ${scheme}`,
      render: (theme, lang) => html`<opco-funding-explainer scheme=${scheme} signed-on="2026-04-01" theme=${theme} lang=${lang}></opco-funding-explainer>`,
    }),
  ),
  { name: 'explainer tabs', render: (theme, lang) => html`<opco-funding-explainer audience="training-centre" signed-on="2026-04-01" theme=${theme} lang=${lang}></opco-funding-explainer>` },
  { name: 'pay, empty', render: (theme, lang) => html`<opco-apprentice-pay theme=${theme} lang=${lang}></opco-apprentice-pay>` },
  {
    name: 'pay, result',
    render: (theme, lang) =>
      html`<opco-apprentice-pay birth-date="2007-05-01" contract-start="2026-09-01" level="5" headcount="10" theme=${theme} lang=${lang}></opco-apprentice-pay>`,
  },
  {
    name: 'pay, 26 and over, conventional minimum',
    render: (theme, lang) =>
      html`<opco-apprentice-pay age="27" contract-start="2026-09-01" level="7" headcount="300" conventional-minimum="2400" contract-months="36" theme=${theme} lang=${lang}></opco-apprentice-pay>`,
  },
];

describe('at 320 px, no content wider than its box and no amount split from its sign', () => {
  before(async () => {
    await setViewport({ width: 320, height: 900 });
  });
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['fr', 'en'] as const) {
      for (const state of STATES) {
        it(`${state.name} (${theme}, ${lang})`, async () => {
          const stage = await fixture<HTMLElement>(html`<div style="padding: 16px">${state.render(theme, lang)}</div>`);
          const el = stage.firstElementChild as HTMLElement;
          await settled(el);
          if (state.act) {
            await state.act(el);
            await settled(el);
          }
          expect(overflows(el).join('; '), 'content wider than its box').to.equal('');
          expect(splitAmounts(el).join('; '), 'amounts split over two lines').to.equal('');
        });
      }
    }
  }

  for (const lang of ['fr', 'en'] as const) {
    it(`the branch list's first view of AKTO is at most 1,200 px tall (${lang})`, async () => {
      const el = await fixture<HTMLElement>(html`<opco-branch-list opco="akto" lang=${lang}></opco-branch-list>`);
      await settled(el);
      expect(el.getBoundingClientRect().height).to.be.at.most(1200);
    });

    it(`the pay simulator asks four questions before "Affiner" (${lang})`, async () => {
      const el = await fixture<HTMLElement>(html`<opco-apprentice-pay lang=${lang}></opco-apprentice-pay>`);
      await settled(el);
      const form = el.shadowRoot!.querySelector('form')!;
      const questions = [...form.children].filter((c) => !c.matches('details'));
      expect(questions.map((q) => q.querySelector('legend, label')!.textContent!.trim())).to.have.length(4);
      const refine = form.querySelector('details')!;
      expect(refine.open).to.equal(false);
      expect(questions.every((q) => q.compareDocumentPosition(refine) & Node.DOCUMENT_POSITION_FOLLOWING)).to.equal(true);
    });

    it(`the finder's answer for "1979" is at most 700 px tall (${lang})`, async () => {
      const el = await fixture<HTMLElement>(html`<opco-finder company-lookup="off" idcc="1979" lang=${lang}></opco-finder>`);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="answer"]'), 'the answer').to.exist;
      expect(el.getBoundingClientRect().height).to.be.at.most(700);
    });
  }
});
