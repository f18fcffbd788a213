// The finder's answer ends with the next step for its audience; the "Rechercher" button; the Tab stops
// from the page to the answer's main action.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OPCOS } from '../../../src/data/generated/tables.js';
import { $, answer, input, mount, settle, settleCards, text, typeInto } from './helpers.js';

const opco = (id: string) => OPCOS.find((o) => o.id === id)!;

describe('<opco-finder> next step', () => {
  it('asks its question, and "Rechercher" answers what was typed', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    expect(input(el).labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Quel est votre OPCO ? Votre convention collective');
    await typeInto(el, '1979');
    const found = oneEvent(el, 'opco-found');
    $<HTMLButtonElement>(el, '[part="search"]')!.click();
    expect((await found).detail.opcoId).to.equal('akto');
    await settleCards(el);
    const step = $(el, '[part="next-step"]')!;
    expect(step.querySelector<HTMLAnchorElement>('[part="action"]')!.href).to.equal(opco('akto').links.employer.url);
    await expect(el).to.be.accessible();
  });

  it('audience="training-centre": the CFA’s step, in English too', async () => {
    const el = await mount(html`<opco-finder idcc="1486" audience="training-centre" lang="en" theme="dark"></opco-finder>`);
    await settleCards(el);
    const step = $(el, '[part="next-step"]')!;
    expect(text(step)).to.contain('Are you a training centre (CFA, centre de formation d’apprentis)? Atlas funds');
    expect(step.querySelector<HTMLAnchorElement>('[part="action"]')!.href).to.equal(opco('atlas').links['training-centre'].url);
    // English typography in the heading's accessible name: no space before the colon
    expect($(el, '[part="answer-heading"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Your OPCO: Atlas');
    await expect(el).to.be.accessible();
  });

  it('keyboard: from the page, Tab reaches the field, types "1979", Enter, then Tab reaches the next step in 2 stops', async () => {
    const before = document.createElement('button');
    before.textContent = 'page';
    const el = await mount(html`<opco-finder></opco-finder>`);
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await sendKeys({ type: '1979' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await settleCards(el);
    expect(answer(el)!.dataset.kind).to.equal('found');
    // Tab 1: "Rechercher"; Tab 2: the next step's link
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('search');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('action');
    before.remove();
  });
});
