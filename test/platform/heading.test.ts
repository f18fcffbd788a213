// Headings a host page controls: `heading="…"` replaces a widget's title, `heading="none"` drops
// it, `heading-level` moves it; the default level (2) follows a page's <h1> without breaking the
// outline, checked with axe's heading-order rule on a page with an <h1>.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { DEFAULT_HEADING_LEVEL, readHeadingLevel, resolveHeading } from '../../src/platform/heading.js';
import { captureWarnings } from '../helpers/warnings.js';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';

// the finder and the branch list answer from the convention table: it is in before the tests
await conventionsLoaded();

interface AxeResult {
  readonly violations: readonly { readonly id: string; readonly nodes: readonly unknown[] }[];
}
interface Axe {
  run(context: Element, options: { runOnly: { type: 'rule'; values: string[] } }): Promise<AxeResult>;
}

/** axe-core as @open-wc/testing loads it (its accessible() assertion registers it on window). */
async function headingOrder(page: Element): Promise<AxeResult['violations']> {
  if (!(window as { axe?: Axe }).axe) await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: Axe }).axe;
  const result = await axe.run(page, { runOnly: { type: 'rule', values: ['heading-order'] } });
  return result.violations;
}

/** Every heading in the page, widgets' shadow roots included, in document order: "h1 Page". */
function outline(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (/^h[1-6]$/.test(child.localName)) out.push(`${child.localName} ${child.textContent!.replace(/\s+/g, ' ').trim()}`);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return out;
}

async function page(body: TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<div class="page">${body}</div>`);
  const widgets = [...el.querySelectorAll('*')].filter((e) => e.localName.startsWith('opco-')) as (Element & { updateComplete: Promise<unknown> })[];
  await Promise.all(widgets.map((w) => w.updateComplete));
  // cards inside the finder's answer
  const inner = widgets.flatMap((w) => [...(w.shadowRoot?.querySelectorAll('opco-card') ?? [])]) as unknown as { updateComplete: Promise<unknown> }[];
  await Promise.all(inner.map((w) => w.updateComplete));
  return el;
}

const $ = (el: Element | null | undefined, selector: string) => el?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('platform/heading', () => {
  it('reads levels 2 to 6 as an editor types them; anything else is no level', () => {
    expect(readHeadingLevel('3')).to.equal(3);
    expect(readHeadingLevel(' 4 ')).to.equal(4);
    expect(readHeadingLevel(6)).to.equal(6);
    for (const bad of ['1', '7', '2.5', 'deux', '', '<h2>']) expect(readHeadingLevel(bad), bad).to.equal(undefined);
  });

  it('resolves the title: the page’s text, none, or the widget’s; inner headings one below, or at its level without a title', () => {
    expect(DEFAULT_HEADING_LEVEL).to.equal(2);
    expect(resolveHeading({}, 'Titre')).to.deep.equal({ level: 2, text: 'Titre', inner: 3 });
    expect(resolveHeading({ heading: '  Mon titre ', headingLevel: '4' }, 'Titre')).to.deep.equal({ level: 4, text: 'Mon titre', inner: 5 });
    expect(resolveHeading({ heading: 'NONE', headingLevel: 3 }, 'Titre')).to.deep.equal({ level: 3, text: null, inner: 3 });
    expect(resolveHeading({ heading: '' }, 'Titre').text).to.equal('Titre');
  });

  it('heading="…" replaces each widget’s title, as text (never markup)', async function () {
    this.timeout(60000);
    const el = await page(html`
      <opco-card opco="akto" heading="Notre OPCO"></opco-card>
      <opco-branch-list opco="akto" heading=${'<b>Les branches</b>'}></opco-branch-list>
      <opco-funding-explainer heading="Financer l’apprentissage"></opco-funding-explainer>
      <opco-finder company-lookup="off" heading="Trouver votre OPCO"></opco-finder>
    `);
    const [card, list, explainer, finder] = [...el.children];
    expect($(card, '[part="heading"]')!.textContent!.trim()).to.equal('Notre OPCO');
    expect($(list, '[part="heading"]')!.textContent!.trim()).to.equal('<b>Les branches</b>');
    expect(list!.shadowRoot!.querySelector('b')).to.equal(null);
    expect($(explainer, '[part="heading"]')!.textContent!.trim()).to.equal('Financer l’apprentissage');
    expect($(finder, '[part="heading"]')!.textContent!.trim()).to.equal('Trouver votre OPCO');
    expect($(finder, '[part="heading"]')!.localName).to.equal('h2');
    await expect(el).to.be.accessible();
  });

  it('heading="none" drops the title; the region keeps a name and the headings inside take its level', async function () {
    this.timeout(60000);
    const el = await page(html`
      <h1>Qui paie quoi ?</h1>
      <opco-funding-explainer heading="none"></opco-funding-explainer>
      <opco-branch-list opco="constructys" heading="none"></opco-branch-list>
      <opco-card opco="akto" heading="none"></opco-card>
    `);
    const [, explainer, list, card] = [...el.children];
    expect($(explainer, '[part="heading"]')).to.equal(null);
    expect($(explainer, '[part="base"]')!.getAttribute('aria-label')).to.equal('Qui paie quoi ? Le financement de la formation');
    expect($(explainer, '.scheme__title')!.localName).to.equal('h2');
    expect($(list, '[part="heading"]')).to.equal(null);
    expect($(list, '[part="base"]')!.getAttribute('aria-label')).to.contain('Constructys');
    expect($(list, '.group__heading')!.localName).to.equal('h2');
    expect($(card, '[part="heading"]')).to.equal(null);
    expect($(card, '[part="base"]')!.getAttribute('aria-label')).to.equal('AKTO');
    expect(await headingOrder(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: by default every widget fits after the page’s <h1>: axe heading-order finds nothing`, async function () {
      // axe over the four widgets at once: slow on a busy machine, not a timing under test
      this.timeout(60000);
      const el = await page(html`
        <h1>Apprentissage : les aides de la Région</h1>
        <opco-finder company-lookup="off" idcc="1979" theme=${theme}></opco-finder>
        <opco-card opco="akto" theme=${theme}></opco-card>
        <opco-branch-list opco="constructys" theme=${theme}></opco-branch-list>
        <opco-funding-explainer theme=${theme}></opco-funding-explainer>
      `);
      const levels = outline(el).map((h) => Number(h[1]));
      expect(levels[0]).to.equal(1);
      // no heading deeper than one below the previous one, all the way down
      levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!, outline(el)[i]).to.be.at.most(1));
      expect(outline(el)).to.include('h2 Votre OPCO : AKTO');
      expect(outline(el)).to.include('h2 AKTO');
      expect(await headingOrder(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('the rule really runs: a widget put at level 4 right after an <h1> is reported', async () => {
    const el = await page(html`<h1>Page</h1><opco-card opco="akto" heading-level="4"></opco-card>`);
    const violations = await headingOrder(el);
    expect(violations.map((v) => v.id)).to.deep.equal(['heading-order']);
  });

  it('under a page’s <h2>, heading-level="3" nests every widget', async () => {
    const el = await page(html`
      <h1>Page</h1>
      <h2>Votre OPCO</h2>
      <opco-finder company-lookup="off" idcc="3203" heading-level="3"></opco-finder>
      <opco-branch-list opco="akto" heading-level="3"></opco-branch-list>
    `);
    expect(outline(el).filter((h) => h.startsWith('h3')).length).to.be.greaterThan(1);
    expect(await headingOrder(el)).to.deep.equal([]);
  });

  it('a bad heading-level: one message in the widget, one console warning, and the default level', async () => {
    for (const tag of ['opco-card', 'opco-branch-list', 'opco-funding-explainer', 'opco-finder']) {
      let el!: HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };
      const warnings = await captureWarnings(async () => {
        el = await fixture(`<${tag} opco="akto" heading="Titre" heading-level="9"></${tag}>`);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      const messages = [...el.shadowRoot!.querySelectorAll('[part="status"]')].map((s) => s.textContent!.replace(/\s+/g, ' '));
      expect(
        messages.filter((m) => m.includes('heading-level="9"')),
        tag,
      ).to.have.length(1);
      expect(
        warnings.filter((w) => w.includes('heading-level="9"')),
        tag,
      ).to.have.length(1);
      expect($(el, '[part="heading"]')!.localName, tag).to.equal('h2');
    }
  });
});
