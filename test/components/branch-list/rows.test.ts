// The rows: one Tab stop per section (roving tabindex) so a keyboard user gets past AKTO's list
// in a few presses, and a chosen row that shows it was chosen (bar, bold, "Choisie"), not a
// colour alone.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, mount, text } from './helpers.js';

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
