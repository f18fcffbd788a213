// The glossary of the funding explainer and the steps written for each reader.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { FUNDING_SOURCES, GLOSSARY, SCHEMES, SCHEME_IDS, termsIn } from '../../src/data/funding/index.js';

describe('funding data — glossary', () => {
  it('defines each word once, in both languages, with sources that exist', () => {
    expect(new Set(GLOSSARY.map((g) => g.term)).size).to.equal(GLOSSARY.length);
    for (const g of GLOSSARY) {
      expect(g.definition.fr.length, g.term).to.be.greaterThan(20);
      expect(g.definition.en.length, g.term).to.be.greaterThan(20);
      expect(g.sources.length, g.term).to.be.greaterThan(0);
      for (const key of g.sources) expect(FUNDING_SOURCES[key], `${g.term}: ${key}`).to.not.equal(undefined);
    }
  });

  it('covers the jargon of the cards (NPEC, DSN, Sylaé, SOLTéA, RNCP, Qualiopi, Cerfa FA13)', () => {
    for (const word of ['NPEC', 'DSN', 'Sylaé', 'SOLTéA', 'RNCP', 'Qualiopi', 'Cerfa FA13']) {
      expect(GLOSSARY.map((g) => g.term), word).to.include(word);
    }
  });

  it('finds whole words only, in glossary order', () => {
    expect(termsIn(['L’OPCO paie le CFA (NPEC).']).map((g) => g.term)).to.deep.equal(['OPCO', 'CFA', 'NPEC']);
    expect(termsIn(['OPCOS, CFAX, DSNs'])).to.deep.equal([]);
    expect(termsIn(['Cerfa FA13, n° 10103']).map((g) => g.term)).to.deep.equal(['Cerfa FA13']);
  });
});

describe('funding data — steps as each reader reads them', () => {
  it('a step rewritten for a reader concerns that reader and keeps its sources', () => {
    for (const id of SCHEME_IDS) {
      for (const step of SCHEMES[id].steps) {
        for (const [audience, text] of Object.entries(step.audienceText ?? {})) {
          expect(step.audiences, `${id} step ${step.order}`).to.include(audience);
          expect(text.fr && text.en, `${id} step ${step.order}`).to.be.a('string');
          expect(step.sources.length).to.be.greaterThan(0);
        }
      }
    }
  });

  it('no step tells an apprentice to pay; the training centre reads what it invoices and when', () => {
    for (const id of SCHEME_IDS) {
      for (const step of SCHEMES[id].steps.filter((s) => s.audiences.includes('apprentice'))) {
        const text = (step.audienceText?.apprentice ?? step.text).fr;
        expect(text, `${id} step ${step.order}`).not.to.match(/\bvérifier\b.*\bparticipation\b|\bvous (payez|versez)\b|votre participation/i);
      }
    }
    const invoice = SCHEMES.apprentissage.steps.find((s) => s.audienceText?.['training-centre']?.fr.includes('vous facturez'));
    expect(invoice?.audienceText?.['training-centre']?.fr).to.contain('après 45 jours');
  });
});
