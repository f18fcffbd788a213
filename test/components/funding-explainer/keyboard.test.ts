// The simulator and the scheme tabs, driven with the keyboard only.
import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FundingSimulateDetail } from '../../../src/index.js';
import { $, $$, FR_4500, field, mount, result, text, type Explainer } from './helpers.js';

const focused = (el: Explainer) => el.shadowRoot!.activeElement;

describe('<opco-funding-explainer> with the keyboard', () => {
  it('Tab reaches the fields; typing a headcount, picking a level and ticking RQTH update the result and fire opco-simulate', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer signed-on="2026-04-01"></opco-funding-explainer>`);
    expect(result(el).dataset.status).to.equal('incomplete');
    expect(text(result(el))).to.contain('Indiquez l’effectif et le niveau du diplôme');

    // from the date field, Tab goes through its parts and on to the headcount
    field(el, 'signed-on').focus();
    for (let i = 0; i < 5 && focused(el) !== field(el, 'headcount'); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(field(el, 'headcount'));
    // the result follows the typing (input), before the field is left; leaving it adds no second event
    const seen: CustomEvent[] = [];
    const record = (e: Event) => seen.push(e as CustomEvent);
    el.addEventListener('opco-simulate', record);
    await sendKeys({ type: '30' });
    await el.updateComplete;
    await aTimeout(0);
    expect(seen.at(-1)!.detail).to.deep.include({ headcount: 30, headcountSource: 'typed', status: 'invalid', amount: null });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await aTimeout(0);
    el.removeEventListener('opco-simulate', record);
    expect(seen.filter((e) => e.detail.headcount === 30)).to.have.length(1);
    let event: Promise<CustomEvent>;
    expect(focused(el)).to.equal(field(el, 'level'));

    // arrows in a closed select pick the next option: "3 — CAP", then "4", then "5"
    for (const expected of [3, 4, 5]) {
      event = oneEvent(el, 'opco-simulate');
      await sendKeys({ press: 'ArrowDown' });
      expect((await event).detail.level).to.equal(expected);
    }
    await el.updateComplete;
    expect(result(el).dataset.status).to.equal('eligible');
    expect(result(el).textContent).to.contain(FR_4500);

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(field(el, 'rqth'));
    event = oneEvent(el, 'opco-simulate');
    await sendKeys({ press: 'Space' });
    const { detail } = await event;
    expect(detail).to.deep.include({ rqth: true, status: 'eligible', amount: 6000, ruleId: 'aid.apprentice.2026-03-08' });
    expect(text(result(el))).to.contain('RQTH');
  });

  it('typing a signing date in the date field moves the result to that period', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer headcount="30" level="5" signed-on="2026-04-01"></opco-funding-explainer>`);
    const date = field(el, 'signed-on');
    date.focus();
    // the date field's parts follow the browser's locale: type the parts in its order
    const parts = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(Date.UTC(2025, 1, 24, 12)));
    const typed = parts.filter((p) => p.type !== 'literal').map((p) => (p.type === 'year' ? '2025' : p.type === 'month' ? '02' : '24'));
    // each complete date typed on the way fires one event (a half-typed part empties the value): the last counts
    const details: FundingSimulateDetail[] = [];
    el.addEventListener('opco-simulate', (e) => details.push(e.detail));
    await sendKeys({ type: typed.join('') });
    await el.updateComplete;
    const detail = details.at(-1)!;
    expect(detail.signedOn).to.equal('2025-02-24');
    expect(field(el, 'signed-on').value).to.equal('2025-02-24');
    expect(detail).to.deep.include({ status: 'eligible', amount: 5000, ruleId: 'aid.apprentice.2025-02-24' });
  });

  it('scheme tabs follow the ARIA tabs pattern: arrows, Home and End move and select', async () => {
    const el = await mount<Explainer>(html`<opco-funding-explainer></opco-funding-explainer>`);
    const tabs = () => $$(el, '[role="tab"]');
    const selected = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')!;
    expect($(el, '[role="tablist"]')!.getAttribute('aria-label')).to.equal('Dispositifs');
    expect(tabs().map((t) => t.id)).to.deep.equal(['tab-apprentissage', 'tab-professionnalisation', 'tab-plan-moins-50', 'tab-reconversion', 'tab-cpf']);
    expect(tabs().map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    selected().focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected().id).to.equal('tab-professionnalisation');
    expect(focused(el)).to.equal(selected());
    const panel = $(el, '[role="tabpanel"]')!;
    expect(selected().getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-professionnalisation');
    expect($(el, '[part="scheme"]')!.dataset.scheme).to.equal('professionnalisation');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selected().id).to.equal('tab-cpf');
    await sendKeys({ press: 'ArrowRight' }); // wraps round
    await el.updateComplete;
    expect(selected().id).to.equal('tab-apprentissage');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selected().id).to.equal('tab-apprentissage');
    expect(focused(el)).to.equal(selected());
    // Tab leaves the tab list for the panel
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(panel);
  });
});
