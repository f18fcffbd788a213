import { expect, html, oneEvent } from '@open-wc/testing';
import { answer, input, mount, press, settleCards, text, typeInto } from './helpers.js';

const candidates = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part="candidates"] li')];

describe('<opco-finder> APE (NAF) codes', () => {
  it('"5610A" + Enter: HCR (1979) first, with its evidence, marked as suggestions under the caveat', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    const event = oneEvent(el, 'opco-not-found');
    await typeInto(el, '5610A');
    await press(el, 'Enter');
    const detail = (await event).detail;
    expect(detail).to.deep.equal({ query: '5610A', reason: 'activity-code' });
    const a = answer(el)!;
    expect(a.dataset.kind).to.equal('naf');
    const shown = text(a);
    // the answer leads with the OPCO the code points to, then the activity
    expect(el.shadowRoot!.querySelector('[part="answer-heading"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Code APE 56.10A, OPCO probable : AKTO');
    expect(shown).to.contain('Restauration traditionnelle');
    expect(shown).to.contain('Le code APE (NAF) ne détermine pas la convention collective');
    expect(shown).to.contain('suggestion à vérifier');
    const first = candidates(el)[0]!;
    expect(first.textContent).to.contain('(IDCC 1979)');
    expect(first.querySelector('.naf__opco')!.textContent).to.equal('AKTO');
    // a human source line, not a package name and version
    expect(text(el.shadowRoot!.querySelector('[part="provenance"]')!)).not.to.match(/@socialgouv|\d+\.\d+\.\d+/);
    const link = first.querySelector('a')!;
    expect(link.textContent).to.contain('champ d’application');
    expect(link.href).to.match(/^https:\/\/www\.legifrance\.gouv\.fr\/conv_coll\/id\/KALIARTI\d{12}$/);
    expect(shown).to.contain('Légifrance');
    await expect(el).to.be.accessible();
  });

  it('"Voir l’OPCO de cette convention" answers that IDCC', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '56.10A');
    await press(el, 'Enter');
    const found = oneEvent(el, 'opco-found');
    candidates(el)[0]!.querySelector('button')!.click();
    expect((await found).detail.opcoId).to.equal('akto');
    await settleCards(el);
    expect(answer(el)!.dataset.kind).to.equal('found');
    expect(input(el).value).to.equal('Hôtels, cafés, restaurants');
  });

  it('in English, with the caveat; dark theme stays accessible', async () => {
    const el = await mount(html`<opco-finder lang="en" theme="dark"></opco-finder>`);
    await typeInto(el, '56.10a');
    await press(el, 'Enter');
    const shown = text(answer(el)!);
    expect(shown).to.contain('APE code 56.10A, likely OPCO: AKTO');
    expect(shown).to.contain('Restauration traditionnelle');
    expect(shown).to.contain('does not decide the convention collective');
    expect(shown).to.contain('suggestion to check');
    await expect(el).to.be.accessible();
  });

  it('a well-formed code outside both nomenclatures says so, with the caveat', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '99.99Z');
    await press(el, 'Enter');
    const shown = text(answer(el)!);
    expect(shown).to.contain('Code APE non reconnu');
    expect(shown).to.contain('n’existe ni dans la NAF rév. 2 ni dans la NAF 2025');
    expect(shown).to.contain('ne détermine pas la convention collective');
    await expect(el).to.be.accessible();
  });

  it('a code with no usual convention: no candidate, what to do instead, the caveat', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '99.00Z');
    await press(el, 'Enter');
    const shown = text(answer(el)!);
    expect(candidates(el)).to.have.length(0);
    expect(shown).to.contain(
      'Aucune convention de branche n’est habituelle pour cette activité : vérifiez le bulletin de paie ou recherchez l’établissement par son SIRET',
    );
    expect(shown).to.contain('ne détermine pas la convention collective');
    await expect(el).to.be.accessible();
  });

  it('an IDCC and words still take their own paths', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    await typeInto(el, '1979');
    await press(el, 'Enter');
    expect(answer(el)!.dataset.kind).to.equal('found');
  });
});
