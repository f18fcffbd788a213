// The built files say in English exactly what the sources say. A built file carries no English: the
// build gathers its catalogs' packs (src/**/<name>.en.json) and the data module's English texts into one
// pack per file, dist/<file>.en.<hash>.json (scripts/rollup/language-packs.mjs). Each
// widget below is rendered in English twice, from the sources in this page and from dist/ in a page of
// its own, and their texts compared whole (the explainer's closed sections, legal references and
// glossary included). A French page of the same file never requests a pack (the explainer's other
// cards, sources and money flows come in their own files: explainer-data.ts).
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';
import { closeAll, loadPage, requireBuild, requests, shownText, waitFor } from './helpers.js';

const CASES: readonly (readonly [file: string, markup: string])[] = [
  ['opco-funding-explainer', '<opco-funding-explainer headcount="30" level="5"></opco-funding-explainer>'],
  ['opco-funding-explainer', '<opco-funding-explainer audience="apprentice" scheme="professionnalisation"></opco-funding-explainer>'],
  [
    'opco-funding-explainer',
    '<opco-funding-explainer audience="training-centre" headcount="300" level="7" rqth="true" signed-on="2026-03-10"></opco-funding-explainer>',
  ],
  ['opco-funding-explainer', '<opco-funding-explainer audience="employer" scheme="reconversion"></opco-funding-explainer>'],
  ['opco-funding-explainer', '<opco-funding-explainer audience="employer" scheme="plan-moins-50" opco="akto"></opco-funding-explainer>'],
  ['opco-funding-explainer', '<opco-funding-explainer audience="apprentice" scheme="cpf"></opco-funding-explainer>'],
  ['opco-funding-explainer', '<opco-funding-explainer headcount="lots" level="9"></opco-funding-explainer>'],
  ['opco-apprentice-pay', '<opco-apprentice-pay age="19" contract-start="2026-09-01" contract-months="24" level="5" headcount="30"></opco-apprentice-pay>'],
  ['opco-apprentice-pay', '<opco-apprentice-pay audience="apprentice" birth-date="2004-05-02" contract-start="2026-09-01"></opco-apprentice-pay>'],
  ['opco-finder', '<opco-finder idcc="1979" company-lookup="off"></opco-finder>'],
  ['opco-finder', '<opco-finder idcc="9999" company-lookup="off"></opco-finder>'],
  ['opco-card', '<opco-card opco="akto"></opco-card>'],
  // issue 25: the next step for each audience, the home-page fallback, the APE answer
  ['opco-card', '<opco-card opco="opco-sante" audience="apprentice" detail></opco-card>'],
  ['opco-finder', '<opco-finder idcc="1486" audience="training-centre" company-lookup="off"></opco-finder>'],
  ['opco-funding-explainer', '<opco-funding-explainer scheme="apprentissage" opco="atlas" audience="apprentice"></opco-funding-explainer>'],
  ['opco-branch-list', '<opco-branch-list opco="akto"></opco-branch-list>'],
];

const page = (script: string, lang: string, markup: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>p</title>
  <script type="module" src="/dist/${script}.js"></script></head><body><main>${markup}</main></body></html>`;

/** The text of the page's one widget once it has settled (the same text twice, 100 ms apart). */
async function settledText(doc: Document, tag: string): Promise<string> {
  let last = '';
  await waitFor(
    async () => {
      const el = doc.querySelector(tag);
      if (!el?.shadowRoot) return false;
      const now = await shownText(el);
      const same = now !== '' && now === last && !now.includes('Loading') && !now.includes('Chargement');
      last = now;
      if (!same) await new Promise((r) => setTimeout(r, 100));
      return same;
    },
    `<${tag}> to settle`,
    15000,
  );
  return last;
}

describe('English from the built files = English from the sources', function () {
  this.timeout(60000);
  before(async () => {
    await requireBuild();
    await conventionsLoaded();
  });
  afterEach(closeAll);

  // the sources' English for a markup, rendered once for both built files
  const fromSources = new Map<string, Promise<string>>();
  const sourceText = (markup: string, tag: string) => {
    if (!fromSources.has(markup)) {
      fromSources.set(
        markup,
        fixture<HTMLElement>(`<div lang="en">${markup}</div>`).then((source) => settledText(source.ownerDocument, `div[lang="en"] > ${tag}`)),
      );
    }
    return fromSources.get(markup)!;
  };

  for (const [file, markup] of CASES) {
    const tag = markup.slice(1, markup.indexOf(' '));
    for (const script of [file, 'opco-widgets']) {
      it(`${script}.js: ${markup}`, async () => {
        const expected = await sourceText(markup, tag);
        expect(expected).not.to.contain('Secteurs');
        const built = await loadPage({ srcdoc: page(script, 'en', markup) });
        await built.win.customElements.whenDefined(tag);
        expect(await settledText(built.doc, tag)).to.equal(expected);
        // one pack, the file's
        const isData = (r: string) => r.includes('/opco-funding-explainer-data.');
        const packs = requests(built.win).filter((r) => r.endsWith('.json') && !r.includes('opco-conventions') && !isData(r));
        expect(packs).to.have.length(1);
        // the explainer's other cards, sources and money flows: the French file and its English side (explainer-data.ts)
        const data = requests(built.win).filter(isData);
        if (tag === 'opco-funding-explainer') expect(data.map((r) => /-data\.(\w+)\./.exec(r)![1]).sort()).to.deep.equal(['en', 'fr']);
        else expect(data).to.deep.equal([]);
        expect(packs[0]).to.match(new RegExp(`^/dist/${script}\\.en\\.[0-9a-f]{12}\\.json$`));
      });
    }
  }

  it('a French explainer page requests its script and, for the other tabs, the French data: no pack', async () => {
    const built = await loadPage({ srcdoc: page('opco-funding-explainer', 'fr', CASES[0]![1]) });
    await built.win.customElements.whenDefined('opco-funding-explainer');
    await settledText(built.doc, 'opco-funding-explainer');
    await waitFor(() => requests(built.win).length > 1, 'the data, once the page is idle', 8000);
    const [script, data, ...more] = requests(built.win);
    expect(script).to.equal('/dist/opco-funding-explainer.js');
    expect(data).to.match(/^\/dist\/opco-funding-explainer-data\.fr\.[0-9a-f]{12}\.json$/);
    expect(more).to.deep.equal([]);
  });
});
