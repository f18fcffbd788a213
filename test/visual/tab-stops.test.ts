// Issue #25: Tab stops from the page to each widget's main action, at most 3 (a date field's parts
// aside: Chromium stops on each part of a date, and a date is a single field to its reader).
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';

await conventionsLoaded();

/** The element that has the focus, through open shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const describeEl = (e: Element | null) =>
  e ? `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''}${e.getAttribute('role') ? `[role=${e.getAttribute('role')}]` : ''}` : 'none';

interface Case {
  readonly name: string;
  readonly template: TemplateResult;
  /** The main action, found in the widget's shadow root. */
  readonly action: (host: Element) => Element | null | undefined;
}

const sr = (host: Element, selector: string) => host.shadowRoot!.querySelector(selector);

const cases: readonly Case[] = [
  // the finder: type, then "Rechercher"
  { name: 'finder', template: html`<opco-finder company-lookup="off"></opco-finder>`, action: (h) => sr(h, '[part="search"]') },
  // the card: the OPCO's own page for the next step
  { name: 'card', template: html`<opco-card opco="akto"></opco-card>`, action: (h) => sr(h, '[part~="action"]') },
  // the branch list: its filter
  { name: 'branch list', template: html`<opco-branch-list opco="akto"></opco-branch-list>`, action: (h) => sr(h, 'input[type="search"], input') },
  // the pay simulator: its first question past the birth date (the result shows at once)
  {
    name: 'pay',
    template: html`<opco-apprentice-pay></opco-apprentice-pay>`,
    action: (h) => [...h.shadowRoot!.querySelectorAll('input, select')].find((f) => (f as HTMLInputElement).type !== 'date' && !(f as HTMLElement).closest('details')),
  },
  // the explainer: the simulator's headcount, after one stop for the tabs and one for the panel
  { name: 'explainer', template: html`<opco-funding-explainer signed-on="2026-04-01"></opco-funding-explainer>`, action: (h) => sr(h, '#sim-headcount') },
  // the explainer with the visitor's OPCO: its link to file the contract
  {
    name: 'explainer with an OPCO',
    template: html`<opco-funding-explainer opco="akto" signed-on="2026-04-01"></opco-funding-explainer>`,
    action: (h) => sr(h, '[part="opco-step"] a'),
  },
];

describe('Tab stops to each widget’s main action (#25)', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const c of cases) {
    it(`${c.name}: at most 3 stops`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>${c.template}</div>`);
      const host = page.lastElementChild!;
      await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const action = c.action(host);
      expect(action, 'the main action is there').to.be.an.instanceOf(HTMLElement);
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      const path: string[] = [];
      let stops = 0;
      let last: Element | null = null;
      // a bound: a widget whose action is 30 stops away fails here, it does not hang
      for (let i = 0; i < 30 && deepActive() !== action; i++) {
        await sendKeys({ press: 'Tab' });
        const now = deepActive();
        // a date field's parts are one stop
        if (now === last && (now as HTMLInputElement).type === 'date') continue;
        if (now !== null && !(now as HTMLInputElement).type?.startsWith('date')) stops++;
        last = now;
        path.push(describeEl(now));
      }
      console.log(`tab stops, ${c.name}: ${stops} (${path.join(' → ')})`);
      expect(deepActive(), path.join(' → ')).to.equal(action);
      expect(stops, path.join(' → ')).to.be.at.most(3);
    });
  }

  it('the explainer keeps the ARIA tabs pattern: one stop for the tab list, arrows between tabs', async () => {
    const el = await fixture<HTMLElementTagNameMap['opco-funding-explainer']>(html`<opco-funding-explainer signed-on="2026-04-01"></opco-funding-explainer>`);
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.filter((t) => t.tabIndex === 0)).to.have.length(1);
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(deepActive()).to.equal(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(tabs.filter((t) => t.tabIndex === 0)).to.deep.equal([tabs[1]]);
  });
});
