// A partner page may load our files more than once: an element file twice (two CMS blocks, a cache
// parameter), or an element file beside the all-in-one file (a block from another editor). Each file
// carries its own Lit and its own classes: nothing may throw, each element keeps its first
// definition, the page-wide state (context keys, convention table) is shared, and the "two versions"
// warning appears only when the versions differ (/test/variants/other-version/: test/server/routes.mjs).
import { expect } from '@open-wc/testing';
import { ELEMENT_FILES } from '../../scripts/lib/files.mjs';
import { closeAll, loadPage, requests, requireBuild, shownText, waitFor, type Loaded } from './helpers.js';

/** The convention rows the page requested: the table, or a branch list's OPCO slice (opco-conventions-<opco>.<hash>.json). */
const tableRequests = (win: Window): string[] => requests(win).filter((path) => /opco-conventions[.-][\w-]*\.?[0-9a-f]*\.json/.test(path));

/** What each element shows on a page (no provider around it, except for the provider's own). */
const SHOWN: Record<string, { markup: string; tag: string; shows: string }> = {
  'opco-finder': { markup: '<opco-finder idcc="1979" company-lookup="off"></opco-finder>', tag: 'opco-finder', shows: 'AKTO' },
  'opco-card': { markup: '<opco-card opco="akto"></opco-card>', tag: 'opco-card', shows: 'AKTO' },
  'opco-branch-list': { markup: '<opco-branch-list opco="akto" page-size="50"></opco-branch-list>', tag: 'opco-branch-list', shows: '1979' },
  'opco-funding-explainer': {
    markup: '<opco-funding-explainer headcount="30" level="5" signed-on="2026-04-01"></opco-funding-explainer>',
    tag: 'opco-funding-explainer',
    shows: 'Apprentissage',
  },
  'opco-apprentice-pay': {
    markup: '<opco-apprentice-pay age="27" contract-start="2026-09-01" on-date="2026-11-27" audience="apprentice"></opco-apprentice-pay>',
    tag: 'opco-apprentice-pay',
    shows: '1 867,02',
  },
  // the provider shows nothing: its language reaches the card of the all-in-one file (when there is one)
  'opco-provider': { markup: '<opco-provider lang="en"><opco-card opco="akto"></opco-card></opco-provider>', tag: 'opco-provider', shows: '' },
};

type Watched = Loaded & { errors: string[]; warnings: string[] };

/** A blank page with the script tags of `scripts` (in order) and `markup`; errors and warnings recorded from the start. */
async function pageWith(scripts: string[], markup: string): Promise<Watched> {
  const page = await loadPage({
    srcdoc: `<!doctype html><html lang="fr"><head><meta charset="utf-8">
      <script>window.__errors = []; window.__warnings = [];
        const e = console.error; console.error = (...a) => { window.__errors.push(a.join(' ')); e(...a); };
        const w = console.warn; console.warn = (...a) => { window.__warnings.push(a.join(' ')); w(...a); };
        window.addEventListener('error', (ev) => window.__errors.push(String(ev.message)));
        window.addEventListener('unhandledrejection', (ev) => window.__errors.push(String(ev.reason)));</script>
      ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}</head>
      <body>${markup}</body></html>`,
  });
  const win = page.win as Loaded['win'] & { __errors: string[]; __warnings: string[] };
  return Object.assign(page, { errors: win.__errors, warnings: win.__warnings });
}

const normalize = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

async function expectShown(page: Watched, tag: string): Promise<void> {
  const { shows } = SHOWN[tag]!;
  await page.win.customElements.whenDefined(tag);
  const el = page.doc.querySelector(tag)!;
  // one definition: the element on the page is an instance of the class the registry holds
  expect(el).to.be.instanceOf(page.win.customElements.get(tag)!);
  if (shows) await waitFor(async () => normalize(await shownText(el)).includes(shows), `<${tag}> to show "${shows}"`, 8000);
}

const versionWarnings = (page: Watched) => page.warnings.filter((w) => w.includes('two versions'));

describe('our files loaded twice on one page (built)', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeAll);

  for (const { tag, file, table } of ELEMENT_FILES) {
    it(`${file} twice (a second copy under another URL): one definition, it works, no error, no warning`, async () => {
      const page = await pageWith([`/${file}`, `/${file}?block=2`], SHOWN[tag]!.markup);
      await expectShown(page, tag);
      if (table) await waitFor(() => tableRequests(page.win).length, 'the request of the convention rows');
      expect(tableRequests(page.win), 'requests of the convention rows (table or slice)').to.have.length(table ? 1 : 0);
      expect(page.errors).to.deep.equal([]);
      expect(page.warnings).to.deep.equal([]);
    });

    for (const order of ['element file first', 'all-in-one first'] as const) {
      it(`${file} and dist/opco-widgets.js (${order}): one definition, it works, one table request, no warning`, async () => {
        const scripts = order === 'element file first' ? [`/${file}`, '/dist/opco-widgets.js'] : ['/dist/opco-widgets.js', `/${file}`];
        const page = await pageWith(scripts, SHOWN[tag]!.markup);
        await expectShown(page, tag);
        if (tag === 'opco-provider') {
          // the provider (from whichever file defined it first) gives its language to the card of the other
          await waitFor(async () => (await shownText(page.doc.querySelector('opco-card'))).includes('Sectors'), 'the card in English');
        }
        if (table) await waitFor(() => tableRequests(page.win).length, 'the request of the convention rows');
        expect(tableRequests(page.win), 'requests of the convention rows (table or slice)').to.have.length(table ? 1 : 0);
        expect(page.errors).to.deep.equal([]);
        expect(page.warnings).to.deep.equal([]);
      });
    }
  }

  it('an element file of another version beside dist/opco-widgets.js: it works, one "two versions" warning', async () => {
    const page = await pageWith(['/dist/opco-widgets.js', '/test/variants/other-version/dist/opco-finder.js'], SHOWN['opco-finder']!.markup);
    await expectShown(page, 'opco-finder');
    await waitFor(() => versionWarnings(page).length, 'the version warning');
    expect(versionWarnings(page)).to.have.length(1);
    expect(versionWarnings(page)[0]).to.contain('0.0.1-other');
    expect(page.errors).to.deep.equal([]);
  });

  it('element files of different versions: the first one loaded is kept, the warning says so', async () => {
    const page = await pageWith(
      ['/test/variants/other-version/dist/opco-card.js', '/dist/opco-card.js', '/dist/opco-finder.js'],
      `${SHOWN['opco-card']!.markup}${SHOWN['opco-finder']!.markup}`,
    );
    await expectShown(page, 'opco-card');
    await expectShown(page, 'opco-finder');
    await waitFor(() => versionWarnings(page).length, 'the version warning');
    // one message (today printed once by each file of the other version: opco-card.js and opco-finder.js here)
    expect([...new Set(versionWarnings(page))]).to.have.length(1);
    expect(versionWarnings(page)[0]).to.match(/\(0\.0\.1-other and \d+\.\d+\.\d+\).*0\.0\.1-other are kept/);
    expect(page.errors).to.deep.equal([]);
  });
});
