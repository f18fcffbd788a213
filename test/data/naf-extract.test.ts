import { describe, it } from 'node:test';
import { expect } from 'chai';
import { activityWords, htmlToText, nafCodesIn, scopeArticles } from '../../scripts/data/naf/extract.mjs';

// A few real NAF rév. 2 subclasses: the extraction only keeps codes of the nomenclature.
const VALID = new Set(['56.10A', '56.10C', '47.11F', '47.11D', '55.10Z', '23.11Z', '10.71C']);
const codes = (text: string) => nafCodesIn(text, VALID).codes;
const why = (text: string) => nafCodesIn(text, VALID).rejected.map((r) => `${r.match}:${r.why}`);

describe('NAF extraction from scope articles', () => {
  it('keeps NAF rév. 2 codes written as INSEE does, once each', () => {
    expect(codes('relevant des codes NAF 56.10A (restauration traditionnelle) et 55.10Z, 56.10A')).to.deep.equal(['56.10A', '55.10Z']);
  });

  it('reads "5610A" and "56.10 A" only where the text speaks of codes', () => {
    expect(codes('code APE 5610A ou 56.10 C')).to.deep.equal(['56.10A', '56.10C']);
    expect(codes('la valeur 5610A du tableau')).to.deep.equal([]);
  });

  it('reads "46. 17A" and "46-17B" as some scope articles write them, only where the text speaks of codes', () => {
    const valid = new Set(['46.17A', '46.17B']);
    expect(nafCodesIn('codes NAF 46. 17A et 46-17B partiel', valid).codes).to.deep.equal(['46.17A', '46.17B']);
    expect(nafCodesIn('du 46-17B au 46. 17A', valid).codes).to.deep.equal([]);
  });

  it('rejects amounts in francs that look like codes', () => {
    expect(codes('une prime de 23.00 F par mois, code NAF 55.10Z')).to.deep.equal(['55.10Z']);
    expect(why('une prime de 23.00 F par mois')).to.deep.equal(['23.00 F:amount']);
    // 47.11F is a real subclass (hypermarchés): as an amount it must still be rejected
    expect(codes('code NAF : salaire horaire de 47.11 F brut')).to.deep.equal([]);
    expect(codes('une indemnité de 150 F')).to.deep.equal([]);
    expect(why('12,50 F de l’heure, nomenclature')).to.deep.equal(['12,50 F:amount']);
  });

  it('returns old-revision codes it is given the list of ("74.6Z"), for INSEE\'s table to map', () => {
    const r = nafCodesIn('code NAF 74.6Z et 55.3A ; 74.9Q', VALID, new Set(['74.6Z', '55.3A']));
    expect(r.codes).to.deep.equal([]);
    expect(r.old).to.deep.equal(['74.6Z', '55.3A']);
    expect(r.rejected.map((x) => `${x.match}:${x.why}`)).to.deep.equal(['74.9Q:old-revision']);
  });

  it('drops old NAF revisions ("55.1A", "52.1 D") without their list, instead of guessing their successor', () => {
    expect(codes('code NAF 55.1A, 55.3A et 52.1 D')).to.deep.equal([]);
    expect(why('code NAF 55.1A et 52.1 D')).to.deep.equal(['55.1A:old-revision', '52.1 D:old-revision']);
  });

  it('rejects article numbers and codes outside the nomenclature', () => {
    expect(why('voir article 10.71 C, code NAF')).to.deep.equal(['10.71 C:article']);
    expect(codes('code NAF 99.99Z')).to.deep.equal([]);
  });

  it('finds scope articles by section title or by their first words, with their KALI id', () => {
    const tree = {
      type: 'convention collective',
      data: { num: 1979 },
      children: [
        {
          type: 'section',
          data: { title: "Champ d'application" },
          children: [{ type: 'article', data: { id: 'KALIARTI1', num: '1er', etat: 'VIGUEUR_ETEN', content: '<p>Code NAF&nbsp;56.10A</p>' } }],
        },
        {
          type: 'section',
          data: { title: 'Salaires' },
          children: [
            { type: 'article', data: { id: 'KALIARTI2', num: '5', etat: 'VIGUEUR', content: '<p>Prime de 23.00 F</p>' } },
            { type: 'article', data: { id: 'KALIARTI3', num: '6', etat: 'ABROGE', content: "<p>Le champ d'application est étendu aux traiteurs</p>" } },
          ],
        },
      ],
    };
    const found = scopeArticles(tree);
    expect(found.map((a) => a.id)).to.deep.equal(['KALIARTI1', 'KALIARTI3']);
    expect(found[0]!.text).to.equal('Code NAF 56.10A');
    expect(found[0]!.path).to.deep.equal(["Champ d'application"]);
  });

  it('names activity words, folded, without legal vocabulary', () => {
    const words = activityWords(htmlToText('<p>Les entreprises de <b>boulangerie</b> et de pâtisserie artisanales, code NAF 10.71C</p>'));
    expect([...words.keys()]).to.deep.equal(['boulangerie', 'patisserie', 'artisanales']);
  });
});
