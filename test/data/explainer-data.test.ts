// The explainer's data as built (scripts/rollup/explainer-data.mjs): the French file and each other
// language's side, joined as the widget joins them (withTexts), give back the records of the sources,
// in both languages. The first card as the script carries it is the data module's.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { sideOf } from '../../scripts/rollup/explainer-data.mjs';
import { REST } from '../../src/components/funding-explainer/explainer-rest.js';
import { withTexts } from '../../src/components/funding-explainer/explainer-data.js';
import { FIRST_SCHEME } from '../../src/components/funding-explainer/first-scheme.js';
import { SCHEME_IDS as ORDER_IDS, SCHEME_ORDER as ORDER } from '../../src/components/funding-explainer/scheme-order.js';
import { SCHEMES, SCHEME_IDS, SCHEME_ORDER } from '../../src/data/funding/schemes/index.js';
import { LANGS } from '../../src/data/lang.js';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("the explainer's fetched data", () => {
  it('French file + English side = the records of the sources (every text in both languages)', () => {
    const [first, ...others] = LANGS.map((lang) => roundTrip(sideOf(REST, lang, LANGS)));
    const joined = others.reduce((tree: unknown, side) => withTexts(tree, side), first);
    expect(joined).to.deep.equal(roundTrip(REST));
  });

  it('the French file alone holds no English, the English side no French', () => {
    const fr = JSON.stringify(sideOf(REST, 'fr', LANGS));
    const en = JSON.stringify(sideOf(REST, 'en', LANGS));
    expect(fr).not.to.contain('"en":');
    expect(en).not.to.contain('"fr":');
    expect(fr).to.contain('Compte personnel de formation (CPF)');
    expect(en).to.contain('Personal training account (CPF)');
  });

  it("the first card, in the explainer's script, is the data module's apprenticeship card; the ids and orders are the data module's", () => {
    expect(roundTrip(FIRST_SCHEME)).to.deep.equal(roundTrip(SCHEMES.apprentissage));
    expect(ORDER_IDS).to.deep.equal(SCHEME_IDS);
    expect(ORDER).to.deep.equal(SCHEME_ORDER);
  });
});
