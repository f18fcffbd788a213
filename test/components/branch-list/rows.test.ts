// The rows: one Tab stop per section (roving tabindex) so a keyboard user gets past AKTO's list
// in a few presses, and a chosen row that shows it was chosen (bar, bold, "Choisie"), not a
// colour alone.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, mount, text, visibleIdccs } from './helpers.js';

/** The Tab stops of the widget a user can reach now, in order. */
const tabStops = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('button, input, select, summary, a[href], [tabindex]')].filter(
    (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.checkVisibility(),
  );

describe('<opco-branch-list> rows', () => {
  it('AKTO: the rows of a section are one Tab stop, so the whole widget takes few Tab presses', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" page-size="25"></opco-branch-list>`);
    const root = el.shadowRoot!;
    const rows = $$(el, '.choose').filter((b) => b.checkVisibility());
    expect(rows.length).to.be.greaterThan(20);
    expect(rows.filter((r) => r.tabIndex === 0)).to.have.length(1);
    const stops = tabStops(root);
    expect(stops.filter((s) => s.classList.contains('choose'))).to.have.length(1);
    // issue 13 counted 38 stops: now the field, the sort, the toggles, "show more", a few details
    expect(stops.length, stops.map((s) => s.className || s.localName).join(' ')).to.be.below(20);

    // Tab from the filter's neighbours lands on one row, and the next Tab leaves the rows
    const row = stops.find((s) => s.classList.contains('choose'))!;
    const before = stops[stops.indexOf(row) - 1]!;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(row);
    await sendKeys({ press: 'Tab' });
    expect((root.activeElement as HTMLElement).classList.contains('choose')).to.equal(false);
  });

  it('the arrows move the Tab stop with the focus; Tab comes back to the row last visited', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" sort="idcc"></opco-branch-list>`);
    const root = el.shadowRoot!;
    $<HTMLInputElement>(el, '#filter')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const second = root.activeElement as HTMLElement;
    expect(second.tabIndex).to.equal(0);
    expect($$(el, '.choose').filter((r) => r.tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root.activeElement).to.equal(second);
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: a chosen row says so (bar, bold, "Choisie") and keeps the Tab stop`, async () => {
      const el = await mount(html`<opco-branch-list opco="akto" page-size="25" theme=${theme}></opco-branch-list>`);
      $<HTMLButtonElement>(el, '[data-idcc="1979"]')!.click();
      await el.updateComplete;
      const chosen = $<HTMLButtonElement>(el, '[data-idcc="1979"]')!;
      expect(chosen.getAttribute('aria-current')).to.equal('true');
      expect(text(chosen)).to.contain('Choisie');
      const style = getComputedStyle(chosen);
      expect(style.fontWeight).to.equal('600');
      expect(Number.parseFloat(style.borderInlineStartWidth)).to.equal(4);
      expect(chosen.tabIndex).to.equal(0);
      // only one row says it
      expect($$(el, '.choose__chosen')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<opco-branch-list> many on one page', () => {
  // their updates run in slices of the main thread (src/platform/update-slices.ts) and the Tab stop is
  // placed from the markup, not from the layout: every list still ends up whole and keyboard-ready
  it('30 lists of the 11 OPCOs each show their rows, and each section has one Tab stop on a row a user can see', async () => {
    const ids = ['afdas', 'akto', 'atlas', 'constructys', 'opcommerce', 'ocapiat', 'opco-2i', 'opco-ep', 'opco-mobilites', 'opco-sante', 'uniformation'];
    const wanted = Array.from({ length: 30 }, (_, i) => ids[i % ids.length]!);
    const page = await fixture<HTMLElement>(html`<div>${wanted.map((id) => html`<opco-branch-list opco=${id} sort="idcc"></opco-branch-list>`)}</div>`);
    const lists = [...page.querySelectorAll('opco-branch-list')];
    await Promise.all(lists.map((l) => l.updateComplete));
    expect(lists).to.have.length(30);
    for (const [i, el] of lists.entries()) {
      expect(el.record?.id).to.equal(wanted[i]);
      // the same rows as a list alone on its page
      const alone = document.createElement('opco-branch-list');
      alone.setAttribute('opco', wanted[i]!);
      alone.setAttribute('sort', 'idcc');
      document.body.append(alone);
      await alone.updateComplete;
      expect(visibleIdccs(el), wanted[i]).to.not.be.empty;
      expect(visibleIdccs(el), wanted[i]).to.deep.equal(visibleIdccs(alone));
      alone.remove();
      for (const group of $$(el, '.group')) {
        const rows = [...group.querySelectorAll<HTMLElement>('.choose')];
        const stops = rows.filter((r) => r.tabIndex === 0);
        const visible = rows.filter((r) => r.checkVisibility());
        if (visible.length === 0) continue;
        expect(stops, `${wanted[i]} ${group.id}`).to.have.length(1);
        expect(stops[0]!.checkVisibility(), `${wanted[i]}: the Tab stop is on a row a user can see`).to.equal(true);
      }
    }
  });

  it('a replaced IDCC in a closed fold never holds the Tab stop; opened, the arrows reach it', async () => {
    const el = await mount(html`<opco-branch-list opco="opco-2i" sort="idcc" page-size="200"></opco-branch-list>`);
    const fold = $<HTMLDetailsElement>(el, 'details.replaced')!;
    expect(fold.open).to.equal(false);
    const inside = [...fold.querySelectorAll<HTMLElement>(':scope > :not(summary) .choose')];
    expect(inside).to.not.be.empty;
    for (const row of inside) expect(row.tabIndex).to.equal(-1);
    fold.open = true;
    const first = inside[0]!;
    const before = $$(el, '.choose').filter((r) => r.checkVisibility());
    before[before.indexOf(first) - 1]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(first);
    expect(first.tabIndex).to.equal(0);
  });
});
