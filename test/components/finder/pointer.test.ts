import { expect, html } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { answer, cardText, input, mount, options, settle, settleCards, typeInto } from './helpers.js';

const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('<opco-finder> with a mouse or a finger', () => {
  afterEach(() => resetMouse());

  it('a real click on a suggestion answers, and the focus stays in the field', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'métallurgie');
    // a suggestion further down the list than the first, with a known OPCO
    const target = options(el)
      .slice(1)
      .find((o) => o.textContent!.includes('OPCO 2i'))!;
    const idcc = /IDCC (\d{4})/.exec(target.textContent!)![1];
    await sendMouse({ type: 'click', position: centre(target) });
    await settleCards(el);
    expect(answer(el)).to.exist;
    expect(el.result && 'path' in el.result && el.result.path[0]).to.equal(idcc);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(cardText(el)).to.contain('OPCO 2i');
  });

  it('pressing on the list does not blur the field (so the list stays open until the click)', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'coiffure');
    await sendMouse({ type: 'move', position: centre(options(el)[0]!) });
    await sendMouse({ type: 'down' });
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(answer(el)).to.exist;
  });

  it('a tap (click without mouse events) chooses too', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'syntec');
    options(el)[0]!.click();
    await settleCards(el);
    expect(cardText(el)).to.contain('Atlas');
  });

  it('clicking elsewhere closes the list without choosing', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, 'coiffure');
    await sendMouse({ type: 'click', position: [5, 600] });
    await settle(el);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(answer(el)).to.equal(null);
  });
});
