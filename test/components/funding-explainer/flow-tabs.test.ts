// Issue #13: a money-flow diagram that reads right at 1280 px and a list made for 320 px; scheme tabs
// that scroll at 320 px. Widths are set on the real browser window (setViewport).
import { aTimeout, expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MONEY_FLOW_EDGES, SCHEME_ORDER } from '../../../src/data/funding/index.js';
import { $, $$, atWidth, openAll, text } from './helpers.js';

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
    const styles = (root: Element[]) =>
      new Set(
        root.map((g) =>
          [...g.classList]
            .filter((c) => c !== 'edge')
            .sort()
            .join(' '),
        ),
      );
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

  it('the tabs wrap: every scheme in sight (no hidden sideways scroll), unselected tabs look like tabs, the keyboard moves', async () => {
    const el = await atWidth(320, html`<opco-funding-explainer></opco-funding-explainer>`);
    const list = $(el, '[role="tablist"]')!;
    const tabs = $$<HTMLButtonElement>(el, '[role="tab"]');
    // issue 25: a row that scrolled sideways hid 3 of 5 tabs with no cue; they wrap instead
    expect(list.scrollWidth).to.be.at.most(list.clientWidth + 1);
    for (const tab of tabs) expect(tab.getBoundingClientRect().right, text(tab)).to.be.at.most(list.getBoundingClientRect().right + 1);
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
