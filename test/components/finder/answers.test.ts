import { expect, html, oneEvent } from '@open-wc/testing';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import { answer, cardText, input, mount, settleCards, text } from './helpers.js';

/** Mounts a finder with `idcc` set, as a CMS editor would, and waits for its answer. */
async function prefilled(idcc: string, extra = ''): Promise<OpcoFinder> {
  const el = await mount(html`<opco-finder idcc=${idcc} lang=${extra || 'fr'}></opco-finder>`);
  await settleCards(el);
  return el;
}

const cards = (el: OpcoFinder) => [...el.shadowRoot!.querySelectorAll('opco-card')].map((c) => c.getAttribute('opco'));
const headingText = (el: OpcoFinder) => el.shadowRoot!.querySelector('[part="answer-heading"]')?.textContent?.trim();

describe('<opco-finder> answers', () => {
  it('idcc="1979": answered at load, with the card, the convention title and the provenance', async () => {
    const el = await prefilled('1979');
    expect(answer(el)!.dataset.kind).to.equal('found');
    expect(cards(el)).to.deep.equal(['akto']);
    // the OPCO's name is the answer's headline; the card beneath it does not repeat it as a title
    expect(headingText(el)?.replace(/\s+/g, ' ')).to.equal('Votre OPCO : AKTO');
    expect(el.shadowRoot!.querySelector('[part="answer-heading"]')!.localName).to.equal('h2');
    expect(el.shadowRoot!.querySelector('opco-card')!.getAttribute('heading')).to.equal('none');
    const a = text(answer(el)!);
    expect(a).to.contain('Convention collective nationale des hôtels, cafés, restaurants (HCR)');
    expect(a).to.contain('(IDCC 1979)');
    expect(a).to.contain('Source : France compétences, table SIRET-OPCO (SIRO), données d’août 2026');
    expect(input(el).value).to.equal('Hôtels, cafés, restaurants');
    expect(el.result?.kind).to.equal('found');
  });

  it('heading-level moves the answer in the page outline; several OPCOs get titled cards one level below', async () => {
    const el = await mount(html`<opco-finder idcc="1979" heading-level="3"></opco-finder>`);
    expect(el.shadowRoot!.querySelector('[part="answer-heading"]')!.localName).to.equal('h3');
    const shared = await mount(html`<opco-finder idcc="3203" heading-level="3"></opco-finder>`);
    expect(answer(shared)!.dataset.kind).to.equal('shared');
    const cards = [...shared.shadowRoot!.querySelectorAll('opco-card')];
    expect(cards.length).to.be.greaterThan(1);
    for (const c of cards) {
      expect(c.hasAttribute('heading')).to.equal(false);
      expect(c.getAttribute('heading-level')).to.equal('4');
    }
  });

  it('merged IDCC 0054: says it was replaced by 3248 (métallurgie) and answers with the OPCO of 3248', async () => {
    const el = await prefilled('0054');
    expect(answer(el)!.dataset.kind).to.equal('found');
    const a = text(answer(el)!);
    expect(a).to.contain('L’IDCC 0054 a été remplacé par l’IDCC 3248 (Métallurgie)');
    expect(a).to.contain('Convention collective nationale de la métallurgie (IDCC 3248)');
    expect(cards(el)).to.deep.equal(['opco-2i']);
    expect(el.result?.kind === 'found' && el.result.path).to.deep.equal(['0054', '3248']);
  });

  it('split IDCC 1740: names 1596 and 1597, which share one OPCO', async () => {
    const el = await prefilled('1740');
    const a = text(answer(el)!);
    expect(a).to.contain('L’IDCC 1740 a été scindé en IDCC 1596 et 1597');
    expect(a).to.contain('Conventions en vigueur');
    expect(a).to.contain('(IDCC 1596)');
    expect(a).to.contain('(IDCC 1597)');
    expect(cards(el)).to.deep.equal(['constructys']);
  });

  it('shared IDCC: every candidate OPCO as a card, and the advice to check with the SIRET', async () => {
    const el = await prefilled('3203');
    expect(answer(el)!.dataset.kind).to.equal('shared');
    expect(headingText(el)).to.equal('Plusieurs OPCO possibles');
    expect(cards(el)).to.deep.equal(['uniformation', 'ocapiat']);
    expect(cardText(el)).to.contain('Uniformation');
    const a = text(answer(el)!);
    expect(a).to.contain('relèvent de plusieurs OPCO');
    expect(a).to.contain('SIRET');
    const link = answer(el)!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.contain('francecompetences.fr');
    expect(link.target).to.equal('_blank');
    expect(link.textContent).to.contain('(nouvelle fenêtre)');
  });

  it('9999, 9998, 0804 (VRP) and 5100: no OPCO, and what to do instead', async () => {
    const cases: [string, string, string][] = [
      ['9999', 'Sans convention collective', 'recherchez votre établissement par son SIRET'],
      ['9998', 'Convention non encore en vigueur', 'non encore en vigueur'],
      ['0804', 'Voyageurs, représentants, placiers (VRP)', 'IDCC de la convention collective de son secteur'],
      ['5100', 'Statut divers ou non précisé', 'n’est pas une convention collective'],
    ];
    for (const [idcc, title, advice] of cases) {
      const el = await prefilled(idcc);
      expect(answer(el)!.dataset.kind, idcc).to.equal('special');
      expect(headingText(el)).to.equal(`IDCC ${idcc} : ${title}`);
      expect(text(answer(el)!)).to.contain(advice);
      expect(cards(el), idcc).to.deep.equal([]);
    }
  });

  it('low confidence: says so, and why', async () => {
    const few = await prefilled('0023');
    expect(answer(few)!.dataset.kind).to.equal('found');
    const a = text(answer(few)!);
    expect(a).to.contain('Rattachement à confirmer');
    expect(a).to.contain('Seuls 2 établissements déclarent cette convention');
    expect(cards(few)).to.deep.equal(['opco-mobilites']);

    const old = await prefilled('2622');
    const b = text(answer(old)!);
    expect(b).to.contain('le rattachement vient de : Ministère du Travail, table IDCC-OPCO du 19/07/2019');
    // the provenance line dates the answer by its own source, not by the newest one
    expect(b).to.contain('données de juillet 2019');
  });

  it('medium confidence with a share below 99 %: a plain note with the figure', async () => {
    const el = await prefilled('8412');
    expect(answer(el)!.dataset.kind).to.equal('found');
    expect(text(answer(el)!)).to.match(/98 % des établissements qui déclarent cette convention relèvent de \S+/);
  });

  it('unknown IDCC: says it is not in the table and where to find the right one', async () => {
    const el = await prefilled('0001');
    expect(answer(el)!.dataset.kind).to.equal('unknown');
    expect(headingText(el)).to.equal('Convention introuvable');
    const a = text(answer(el)!);
    expect(a).to.contain('L’IDCC 0001 n’est pas dans notre table');
    expect(a).to.contain('votre IDCC figure sur votre bulletin de paie'.replace('votre', 'Votre'));
  });

  it('invalid input typed by the user: the reason, and the payslip hint', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    input(el).value = '12345';
    input(el).dispatchEvent(new Event('input'));
    input(el).focus();
    input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settleCards(el);
    expect(answer(el)!.dataset.kind).to.equal('invalid');
    expect(text(answer(el)!)).to.contain('Un IDCC compte 4 chiffres au plus');
    input(el).value = '0';
    input(el).dispatchEvent(new Event('input'));
    input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settleCards(el);
    expect(answer(el)!.dataset.kind).to.equal('invalid');
    expect(text(answer(el)!)).to.contain('Un IDCC est un nombre entier de 1 à 9999');
    expect(text(answer(el)!)).to.contain('bulletin de paie');
  });

  it('a SIRET typed while the company look-up is off: says so, and to use the IDCC', async () => {
    const el = await mount(html`<opco-finder></opco-finder>`);
    input(el).value = '552 100 554 00013';
    input(el).dispatchEvent(new Event('input'));
    input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settleCards(el);
    expect(text(answer(el)!)).to.contain('La recherche par SIRET ou par nom d’entreprise est désactivée sur ce site');
    expect(text(answer(el)!)).to.contain('bulletin de paie');
  });

  it('lang="en": every string in English, dates included', async () => {
    const el = await prefilled('0054', 'en');
    const all = text(el);
    expect(all).to.contain('Your collective agreement');
    expect(all).to.contain('Your OPCO');
    expect(all).to.contain('IDCC 0054 was replaced by IDCC 3248');
    expect(all).to.contain('Source: France compétences, table SIRET-OPCO (SIRO), data of August 2026');
    expect(all).to.contain('New search');
    expect(all).not.to.contain('Nouvelle recherche');
    expect(cardText(el)).to.contain('Sectors');
    const special = await prefilled('9999', 'en');
    expect(text(special)).to.contain('IDCC 9999: No collective agreement');
  });

  it('follows a change of the idcc property', async () => {
    const el = await prefilled('1979');
    const found = oneEvent(el, 'opco-found');
    el.idcc = '1486';
    const { detail } = await found;
    expect(detail.opcoId).to.equal('atlas');
    await settleCards(el);
    expect(cards(el)).to.deep.equal(['atlas']);
  });
});
