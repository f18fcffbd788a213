// "Pay only for what you show": a page with a card alone (dist/opco-card.js, one script tag) loads
// that file and nothing else: never the convention table, never the funding rules. The page's own
// Resource Timing entries list every request it made, read once the card has rendered and again
// after the page has been idle past the moment a finder would fetch its table (checked on a finder
// page the same way). The card's file carries neither the funding texts nor the table.
import { expect } from '@open-wc/testing';
import { LEGAL } from '../../src/data/funding/legal.js';
import { closeAll, idle, loadPage, requests, requireBuild, shownText, tableRequests, waitFor, type Loaded } from './helpers.js';

const blankPage = (script: string, markup: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Une fiche</title>
  <script type="module" src="${script}"></script></head><body><main>${markup}</main></body></html>`;

/**
 * Past the moment a widget could load something when idle: the widgets ask in requestIdleCallback
 * (at most 1.5–3 s, conventions-table.ts, the explainer), before this wait's own idle callback (3 s at
 * most), which therefore runs after theirs; then time for a request of this loopback server to end
 * (Resource Timing lists a request once it has ended), and once more.
 */
async function quietPeriod(page: Loaded): Promise<void> {
  await idle(page.win);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await idle(page.win);
}

async function text(path: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} (npm run build)`);
  return response.text();
}

/** Texts of the published convention table: its title prefixes and the titles of its rows. */
async function tableTexts(): Promise<string[]> {
  // the name the finder's file fetches
  const finder = await text('/dist/opco-finder.js');
  const name = /opco-conventions\.[0-9a-f]+\.json/.exec(finder)![0];
  const { prefixes, rows } = JSON.parse(await text(`/dist/${name}`)) as { prefixes: string[]; rows: string };
  // a row is `|`-separated fields; its titles are the long ones (a leading ^x names a prefix)
  const titles = rows
    .split('\n')
    .flatMap((row) => row.split('|'))
    .map((field) => field.replace(/^\^./, ''))
    .filter((field) => field.length >= 25 && /[a-zé]{4}/.test(field));
  return [...prefixes.map((p) => p.trim()), ...titles];
}

/** The legal references of the funding rules (src/data/funding/legal.ts): labels in both languages, Légifrance links. */
const fundingTexts = (): string[] => Object.values(LEGAL).flatMap((ref) => [ref.label.fr, ref.label.en, ...('url' in ref && ref.url ? [ref.url] : [])]);

describe('a card-only page (dist/opco-card.js alone)', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeAll);

  it('requests opco-card.js and nothing else, after the card rendered and after an idle period', async () => {
    const page = await loadPage({ srcdoc: blankPage('/dist/opco-card.js', '<opco-card opco="akto"></opco-card>') });
    await page.win.customElements.whenDefined('opco-card');
    const card = page.doc.querySelector('opco-card')!;
    await waitFor(async () => (await shownText(card)).includes('AKTO'), 'the card to show AKTO');
    expect(requests(page.win), 'requests once rendered').to.deep.equal(['/dist/opco-card.js']);
    // the visitor reaches the card's links (focus moves inside it): still nothing to load
    card.shadowRoot!.querySelector<HTMLElement>('a, button')?.focus();
    await quietPeriod(page);
    expect(requests(page.win), 'requests after an idle period').to.deep.equal(['/dist/opco-card.js']);
  });

  it('the funding explainer alone never requests the convention table either', async () => {
    const page = await loadPage({
      srcdoc: blankPage('/dist/opco-funding-explainer.js', '<opco-funding-explainer headcount="30" level="5"></opco-funding-explainer>'),
    });
    await page.win.customElements.whenDefined('opco-funding-explainer');
    await waitFor(async () => (await shownText(page.doc.querySelector('opco-funding-explainer'))).includes('Apprentissage'), 'the explainer');
    await waitFor(() => requests(page.win).length > 1, 'the data of its other cards, when the page is idle');
    await quietPeriod(page);
    // its script, then (idle) its other cards, sources and money flows: never the table
    const [script, data, ...more] = requests(page.win);
    expect(script).to.equal('/dist/opco-funding-explainer.js');
    expect(data).to.match(/^\/dist\/opco-funding-explainer-data\.fr\.[0-9a-f]{12}\.json$/);
    expect(more).to.deep.equal([]);
  });

  it('(the same wait sees a finder fetch its table, asked for as it starts, once)', async () => {
    const page = await loadPage({ srcdoc: blankPage('/dist/opco-finder.js', '<opco-finder company-lookup="off"></opco-finder>') });
    await page.win.customElements.whenDefined('opco-finder');
    await waitFor(() => tableRequests(page.win).length > 0, 'the table, untouched');
    await quietPeriod(page);
    expect(tableRequests(page.win), 'after the idle period').to.have.length(1);
  });

  it("the card's file has none of the funding texts and none of the convention table", async () => {
    const card = await text('/dist/opco-card.js');
    const funding = fundingTexts();
    const table = await tableTexts();
    expect(funding.length).to.be.greaterThan(20);
    expect(table.length).to.be.greaterThan(500);
    // the strings are the ones the other files carry: the explainer has the funding rules, data.js the table
    // the explainer's: its script, its pack and the data of its other cards (explainer-data.ts)
    const { explainer: files, packs } = JSON.parse(await text('/dist/release.json')) as { explainer: string[]; packs: string[] };
    const own = [...files, ...packs.filter((p) => p.startsWith('opco-funding-explainer.'))];
    const explainer = [await text('/dist/opco-funding-explainer.js'), ...(await Promise.all(own.map((f) => text(`/dist/${f}`))))].join('\n');
    expect(funding.filter((s) => explainer.includes(s)).length, 'legal references in the explainer').to.be.greaterThan(funding.length / 2);
    const data = await text('/dist/data.js');
    expect(table.filter((s) => data.includes(s)).length, 'table texts in data.js').to.be.greaterThan(table.length * 0.9);

    expect(
      funding.filter((s) => card.includes(s)),
      'funding texts in opco-card.js',
    ).to.deep.equal([]);
    expect(
      table.filter((s) => card.includes(s)),
      'table texts in opco-card.js',
    ).to.deep.equal([]);
    expect(card).not.to.contain('opco-conventions');
    expect(card).not.to.contain('L6332-14');
  });
});
