// Issue #13: an explainer written for its reader, short on opening, with a diagram that reads right
// and tabs that work at 320 px. Widths are set on the real browser window (setViewport).
import { aTimeout, expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MONEY_FLOW_EDGES, SCHEMES, SCHEME_ORDER, type Audience } from '../../../src/data/funding/index.js';
import { $, $$, mount, openAll, result, text, type Explainer } from './helpers.js';

/** Sentences that would tell the reader to pay (what the simulator said to apprentices before). */
const TOLD_TO_PAY = [/votre participation/i, /à verser au CFA/i, /\bvous (payez|versez|devez)\b/i, /your participation/i, /\byou (pay|owe|must pay)\b/i, /to pay to the CFA/i];

/** Mounts at a window width and waits for the layout (the diagram's width observer, then its frame). */
async function atWidth(width: number, template: ReturnType<typeof html>): Promise<Explainer> {
  await setViewport({ width, height: 900 });
  const el = await mount<Explainer>(template);
  await aTimeout(60);
  await el.updateComplete;
  return el;
}

describe('<opco-funding-explainer> — written for its reader (#13)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['fr', 'en'] as const) {
    it(`apprentice (${lang}): learns what the employer pays and receives, never that they pay`, async () => {
      const el = await mount<Explainer>(
        html`<opco-funding-explainer lang=${lang} audience="apprentice" headcount="30" level="7" signed-on="2026-04-01"></opco-funding-explainer>`,
      );
      await openAll(el);
      const all = text($(el, '.explainer'));
      for (const re of TOLD_TO_PAY) expect(all, String(re)).not.to.match(re);
      const live = text(result(el));
      expect(live).to.contain(lang === 'fr' ? 'Aide de l’État versée à votre employeur' : 'State aid paid to your employer');
      expect(text($(el, '[part="participation"]'))).to.contain(lang === 'fr' ? 'Ce que votre employeur verse au CFA' : 'What your employer pays the CFA');
      expect(live).to.contain(lang === 'fr' ? 'Effet net pour votre employeur' : 'Net effect for your employer');
      expect(live).to.contain(lang === 'fr' ? 'ce n’est pas à vous de les payer' : 'you do not pay them');
      // the next step speaks to the apprentice too: the employer pays the 750 €
      expect(text($(el, '[part="next-step"]'))).to.contain(lang === 'fr' ? 'c’est l’employeur qui verse 750 € au CFA' : 'it is the employer who pays the CFA 750 €');
    });
  }

  it('training centre: sees what it invoices, to whom and when, and how the OPCO pays it', async () => {
    const el = await mount<Explainer>(
      html`<opco-funding-explainer audience="training-centre" headcount="30" level="6" signed-on="2026-04-01"></opco-funding-explainer>`,
    );
    await openAll(el);
    for (const re of TOLD_TO_PAY) expect(text($(el, '.explainer')), String(re)).not.to.match(re);
    expect(text($(el, '[part="participation"]'))).to.contain('Ce que vous facturez à l’employeur').and.contain('750');
    expect(text(result(el))).to.contain('après ses 45 premiers jours de formation pratique');
    const steps = $$(el, '[part="step"]').map((s) => text(s));
    expect(steps.some((s) => s.includes('L’OPCO vous paie le NPEC selon l’échéancier') && s.includes('vous facturez 750 € à l’employeur après 45 jours'))).to.equal(true);
  });

  it('employer: the aid, what it pays the CFA and the net for the first year, in that order', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer headcount="30" level="7" signed-on="2026-04-01"></opco-funding-explainer>`);
    const live = result(el);
    const eur = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
    expect(text(live.querySelector('.result__headline'))).to.contain(eur(2000));
    const figures = [...live.querySelectorAll('.figures > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
    expect(figures[0]).to.deep.equal(['Ce que vous versez au CFA', eur(750)]);
    expect(figures[1]![0]).to.contain('Effet net pour vous');
    expect(figures[1]![1]).to.equal(eur(1250));
    // sources: one quiet line, no "(no link in the sources)" repeated
    expect($$(el, '[part="rule"]')).to.have.length(1);
    expect(text($(el, '[part="simulator"]'))).not.to.contain('pas de lien dans les sources');
  });

  it('"vous concerne" only where it distinguishes: none for an employer (every step is theirs), some for an apprentice', async () => {
    const employer = await mount<Explainer>(html`<opco-funding-explainer audience="employer"></opco-funding-explainer>`);
    expect($$(employer, '.for-you')).to.have.length(0);
    const apprentice = await mount<Explainer>(html`<opco-funding-explainer audience="apprentice" scheme="apprentissage"></opco-funding-explainer>`);
    const mine = SCHEMES.apprentissage.steps.filter((s) => s.audiences.includes('apprentice'));
    expect($$(apprentice, '.for-you')).to.have.length(mine.length);
    expect(mine.length).to.be.lessThan(SCHEMES.apprentissage.steps.length);
  });

  it('jargon is defined where it appears: the card’s words in a small glossary under its lead', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer></opco-funding-explainer>`);
    const glossary = $(el, '[part="glossary"]')!;
    expect(glossary.localName).to.equal('details');
    const terms = [...glossary.querySelectorAll('dfn')].map((d) => text(d));
    for (const word of ['NPEC', 'RNCP', 'Qualiopi', 'Sylaé', 'DSN', 'Cerfa FA13', 'OPCO', 'CFA']) expect(terms, word).to.include(word);
    expect(text(glossary.querySelector('summary'))).to.contain('NPEC');
  });
});

describe('<opco-funding-explainer> — short first (#13)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  // a measurement on a test page, asserting the design goal (not a timing)
  for (const [width, goal] of [
    [1280, 1300],
    [320, 2600],
  ] as const) {
    for (const audience of ['employer', 'apprentice', 'training-centre'] as Audience[]) {
      for (const lang of ['fr', 'en']) {
        it(`opens at most ${goal} px tall at ${width} px (${audience}, ${lang})`, async () => {
          const el = await atWidth(width, html`<opco-funding-explainer lang=${lang} audience=${audience}></opco-funding-explainer>`);
          const height = el.getBoundingClientRect().height;
          expect(height, `${Math.round(height)} px`).to.be.at.most(goal);
          // what it opens on: who pays what, the next step, the rest behind disclosures
          expect($(el, '.lead')).not.to.equal(null);
          expect($(el, '[part="next-step"]')).not.to.equal(null);
          expect($$(el, 'details[open]')).to.have.length(0);
        });
      }
    }
  }
});

/** Points along every line of the diagram, in the SVG's own units. */
function linePoints(path: SVGGeometryElement): DOMPoint[] {
  const length = path.getTotalLength();
  const points: DOMPoint[] = [];
  for (let l = 0; l <= length; l += 1) points.push(path.getPointAtLength(l));
  return points;
}

describe('<opco-funding-explainer> — a diagram that reads right (#13)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('at 1280 px: no line passes behind a box it does not connect', async () => {
    const el = await atWidth(1280, html`<opco-funding-explainer></opco-funding-explainer>`);
    await openAll(el);
    const svg = $(el, 'svg.flow__svg')!;
    expect(svg.getBoundingClientRect().height).to.be.greaterThan(200); // drawn, not collapsed
    const boxes = $$<SVGGElement>(el, '.node').map((g) => {
      const r = g.querySelector('rect')!;
      const n = (a: string) => Number(r.getAttribute(a));
      return { id: g.dataset.id!, x: n('x'), y: n('y'), w: n('width'), h: n('height') };
    });
    expect(boxes.length).to.equal(13);
    const edges = $$<SVGGElement>(el, 'svg.flow__svg g.edge');
    expect(edges).to.have.length(MONEY_FLOW_EDGES.length);
    const crossings: string[] = [];
    for (const g of edges) {
      const { from, to } = g.dataset;
      for (const path of g.querySelectorAll<SVGGeometryElement>('path')) {
        for (const p of linePoints(path)) {
          for (const b of boxes) {
            if (b.id === from || b.id === to) continue;
            // strictly inside (a 1-unit margin: touching an edge of the gap is not "behind")
            if (p.x > b.x + 1 && p.x < b.x + b.w - 1 && p.y > b.y + 1 && p.y < b.y + b.h - 1) crossings.push(`${from}→${to} behind ${b.id}`);
          }
        }
      }
    }
    expect([...new Set(crossings)]).to.deep.equal([]);
    // each line starts at its payer's box and ends (arrowhead) at its receiver's
    for (const g of edges) {
      const line = g.querySelector<SVGGeometryElement>('.edge__line')!;
      const [start, end] = [line.getPointAtLength(0), line.getPointAtLength(line.getTotalLength())];
      const near = (p: DOMPoint, id: string) => {
        const b = boxes.find((x) => x.id === id)!;
        return p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y - 10 && p.y <= b.y + b.h + 10;
      };
      expect(near(start, g.dataset.from!), `${g.dataset.from} start`).to.equal(true);
      expect(near(end, g.dataset.to!), `${g.dataset.to} end`).to.equal(true);
    }
  });

  it('every line is numbered, explained in the text version in the same order, and every line style is in the legend', async () => {
    const el = await atWidth(1280, html`<opco-funding-explainer lang="en"></opco-funding-explainer>`);
    await openAll(el);
    const badges = $$(el, '.badge text').map((t) => t.textContent);
    expect(badges).to.deep.equal(MONEY_FLOW_EDGES.map((_, i) => String(i + 1)));
    const lines = $$(el, '#flow-text > li').map((li) => text(li));
    MONEY_FLOW_EDGES.forEach((e, i) => expect(lines[i]).to.contain(e.label.en));
    // the styles drawn (kind, and "to be confirmed") all have a sample in the legend
    const styles = (root: Element[]) => new Set(root.map((g) => [...g.classList].filter((c) => c !== 'edge').sort().join(' ')));
    const drawn = styles($$(el, 'svg.flow__svg g.edge'));
    const kinds = new Set([...drawn].map((s) => s.split(' ').find((c) => c.startsWith('edge--') && c !== 'edge--tbc')));
    const legend = $(el, '.flow__legend')!;
    for (const k of kinds) expect(legend.querySelector(`.${k}`), k).not.to.equal(null);
    if ([...drawn].some((s) => s.includes('edge--tbc'))) {
      expect(legend.querySelector('.edge--tbc')).not.to.equal(null);
      expect(text(legend)).to.contain('to be confirmed');
    }
  });

  it('at 320 px: a vertical list of flows made for it, not a shrunken web (no line can cross a box)', async () => {
    const el = await atWidth(320, html`<opco-funding-explainer></opco-funding-explainer>`);
    await openAll(el);
    expect($(el, 'svg.flow__svg')).to.equal(null);
    const items = $$(el, '[part="money-flow-list"] > li');
    expect(items).to.have.length(MONEY_FLOW_EDGES.length);
    // each flow: its number, payer → receiver, and what flows, one under the other
    const first = items[0]!;
    expect(text(first)).to.contain('1').and.contain('Employeur').and.contain('URSSAF / MSA').and.contain('contributions formation (DSN)');
    const ends = first.querySelector('.flow__ends')!.getBoundingClientRect();
    const what = first.querySelector('.flow__what')!.getBoundingClientRect();
    expect(what.top).to.be.at.least(ends.bottom - 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    // the text version stays
    expect($$(el, '#flow-text > li')).to.have.length(MONEY_FLOW_EDGES.length);
  });
});

describe('<opco-funding-explainer> — scheme tabs at 320 px (#13)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('one row that scrolls (no ragged rows), unselected tabs look like tabs, the keyboard moves and reveals', async () => {
    const el = await atWidth(320, html`<opco-funding-explainer></opco-funding-explainer>`);
    const list = $(el, '[role="tablist"]')!;
    const tabs = $$<HTMLButtonElement>(el, '[role="tab"]');
    expect(new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size, 'one row').to.equal(1);
    expect(getComputedStyle(list).overflowX).to.equal('auto');
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    expect(list.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    // an unselected tab has a visible outline (not plain text)
    const plain = getComputedStyle(tabs[1]!);
    expect(parseFloat(plain.borderTopWidth)).to.be.at.least(1);
    expect(plain.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');

    tabs[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await aTimeout(50);
    const last = $$<HTMLButtonElement>(el, '[role="tab"]').at(-1)!;
    expect(last.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(last);
    // the focused tab is scrolled into the visible part of the row
    const box = list.getBoundingClientRect();
    const r = last.getBoundingClientRect();
    expect(r.left).to.be.at.least(box.left - 1);
    expect(r.right).to.be.at.most(box.right + 1);
    expect($(el, '[part="scheme"]')!.dataset.scheme).to.equal(SCHEME_ORDER.employer.at(-1));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($$(el, '[role="tab"]')[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[role="tab"]')[0]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect($$(el, '[role="tab"]').at(-1)!.getAttribute('aria-selected')).to.equal('true');
  });
});

describe('<opco-funding-explainer> — axe in the new states (#13)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const theme of ['light', 'dark']) {
    for (const [name, width, template] of [
      ['training centre, participation due, 1280', 1280, html`<opco-funding-explainer theme=${theme} audience="training-centre" headcount="30" level="6" signed-on="2026-04-01"></opco-funding-explainer>`],
      ['apprentice, English, 320, flow list', 320, html`<opco-funding-explainer theme=${theme} lang="en" audience="apprentice" headcount="300" level="7" signed-on="2026-04-01"></opco-funding-explainer>`],
      ['employer, not due (level 5), 320', 320, html`<opco-funding-explainer theme=${theme} headcount="30" level="5" signed-on="2026-04-01"></opco-funding-explainer>`],
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
