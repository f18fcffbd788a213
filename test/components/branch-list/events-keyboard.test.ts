import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getOpco } from '../../../src/data/index.js';
import { $, mount, text } from './helpers.js';

const active = (root: ShadowRoot) => root.activeElement as HTMLElement | null;

describe('<opco-branch-list> events', () => {
  it('fires opco-branch-select with the convention and the OPCO when a row is clicked', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" page-size="25"></opco-branch-list>`);
    const button = $<HTMLButtonElement>(el, '[data-idcc="3043"]')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'opco-branch-select');
    expect(event.detail.convention.idcc).to.equal('3043');
    expect(event.detail.opcoId).to.equal('akto');
    expect(event.detail.opco).to.equal(getOpco('akto'));
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(button.getAttribute('aria-current')).to.equal('true');
  });

  it('a nested (replaced) row fires with its own record', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" filter="0635"></opco-branch-list>`);
    setTimeout(() => $<HTMLButtonElement>(el, '[data-idcc="0635"]')!.click());
    const event = await oneEvent(el, 'opco-branch-select');
    expect(event.detail.convention.idcc).to.equal('0635');
    expect(event.detail.convention.replacedBy).to.deep.equal(['0573']);
  });
});

describe('<opco-branch-list> keyboard', () => {
  it('picker → filter → rows → Enter, with the keyboard only', async () => {
    const el = await mount(html`<opco-branch-list></opco-branch-list>`);
    const root = el.shadowRoot!;
    $<HTMLSelectElement>(el, '#picker')!.focus();
    // AKTO is the second OPCO in the select (after Afdas)
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text($(el, '#heading'))).to.contain('AKTO');
    await sendKeys({ press: 'Tab' });
    expect(active(root)?.id).to.equal('filter');
    await sendKeys({ type: 'propreté' });
    await el.updateComplete;
    expect(el.filter).to.equal('propreté');
    // national conventions in force come first: 3043, then the ended 1810 (the former propreté text)
    await sendKeys({ press: 'ArrowDown' });
    expect(active(root)?.dataset.idcc).to.equal('3043');
    await sendKeys({ press: 'ArrowDown' });
    expect(active(root)?.dataset.idcc).to.equal('1810');
    await sendKeys({ press: 'ArrowUp' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'opco-branch-select');
    expect(event.detail.convention.idcc).to.equal('3043');
  });

  it('arrows move between rows; Up from the first row returns to the field; Home/End jump', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" sort="idcc"></opco-branch-list>`);
    const root = el.shadowRoot!;
    $<HTMLInputElement>(el, '#filter')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const first = active(root)!.dataset.idcc;
    await sendKeys({ press: 'ArrowDown' });
    expect(active(root)!.dataset.idcc).not.to.equal(first);
    await sendKeys({ press: 'ArrowUp' });
    expect(active(root)!.dataset.idcc).to.equal(first);
    await sendKeys({ press: 'End' });
    const rows = [...root.querySelectorAll<HTMLElement>('.choose')].filter((b) => b.checkVisibility());
    expect(active(root)).to.equal(rows[rows.length - 1]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    expect(active(root)!.id).to.equal('filter');
  });

  it('Tab reaches the disclosure buttons and Enter unfolds a section', async () => {
    const el = await mount(html`<opco-branch-list opco="opco-sante"></opco-branch-list>`);
    const toggle = $<HTMLButtonElement>(el, '#toggle-other')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });
});
