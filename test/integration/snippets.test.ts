// The snippet pages of integrate/ (what the README's "Integrate" section tells partners to
// paste), each loaded with the BUILT bundle under the strict CSP the page declares.
import { expect } from '@open-wc/testing';
import {
  closeAll,
  defines,
  hostEvents,
  hostProblems,
  loadPage,
  requireBuild,
  shownText,
  waitFor,
  type Loaded,
} from './helpers.js';

/** Nothing went wrong on the page: no CSP violation, uncaught error or console error. */
async function expectClean(page: Loaded): Promise<void> {
  expect(hostProblems(page.doc), 'problems shown by the host page').to.deep.equal([]);
  expect(await page.cspReports(), 'CSP reports').to.deep.equal([]);
}

/** The finder answers its idcc="1979" and the host page's listener logs it. */
async function expectFinderAnswers(page: Loaded, count = 1): Promise<void> {
  const found = await waitFor(() => {
    const lines = hostEvents(page.doc, 'opco-found');
    return lines.length >= count && lines;
  }, `${count} opco-found event(s) in the host log`);
  expect(found).to.have.length(count);
  for (const line of found) expect(line).to.contain('akto');
}

describe('integrate/ snippet pages (built bundle)', function () {
  this.timeout(20000);
  before(requireBuild);
  afterEach(closeAll);

  it('plain HTML, script in <head>: renders, answers, reports to the host, links the widgets', async () => {
    const page = await loadPage({ src: '/integrate/head/' });
    await page.win.customElements.whenDefined('opco-card');
    expect(await shownText(page.doc.querySelector('opco-card'))).to.contain('AKTO');
    if (defines(page.win, 'opco-finder')) {
      await expectFinderAnswers(page);
      if (defines(page.win, 'opco-branch-list')) {
        // the provider passes the finder's answer to the branch list: AKTO's conventions, HCR among them
        const list = page.doc.querySelector('opco-branch-list');
        await waitFor(async () => (await shownText(list)).includes('1979'), "the branch list to show AKTO's IDCC 1979");
      }
    }
    await expectClean(page);
  });

  it('plain HTML, script at the end of <body>: the fallback link until upgrade, then English and dark', async () => {
    const page = await loadPage({ src: '/integrate/body-end/' });
    await page.win.customElements.whenDefined('opco-card');
    const card = page.doc.querySelector('opco-card')!;
    const text = await shownText(card);
    expect(text).to.contain('AKTO');
    expect(text).to.contain('Sectors');
    expect(card.getAttribute('data-theme')).to.equal('dark');
    // the light-DOM fallback link is no longer displayed once the widget renders
    expect(card.querySelector('a')!.getClientRects().length).to.equal(0);
    if (defines(page.win, 'opco-finder')) await expectFinderAnswers(page);
    if (defines(page.win, 'opco-funding-explainer')) {
      expect(await shownText(page.doc.querySelector('opco-funding-explainer'))).to.match(/apprentice/i);
    }
    await expectClean(page);
  });

  it('CMS HTML block pasted twice (script included), plus a second copy of the bundle: no error, every widget works', async () => {
    const page = await loadPage({ src: '/integrate/cms-block/' });
    await page.win.customElements.whenDefined('opco-card');
    const cards = [...page.doc.querySelectorAll('opco-card')];
    expect(cards).to.have.length(3);
    for (const card of cards) expect(await shownText(card)).to.contain('AKTO');
    if (defines(page.win, 'opco-finder')) await expectFinderAnswers(page, 2);
    await expectClean(page);
  });

  it('single-page app: elements added after load, removed, re-added; the page language switch', async () => {
    const page = await loadPage({ src: '/integrate/spa/' });
    const { doc } = page;
    const go = (route: string) => doc.querySelector<HTMLButtonElement>(`[data-route="${route}"]`)!.click();
    await page.win.customElements.whenDefined('opco-card');

    go('card');
    const first = await waitFor(() => doc.querySelector('#view opco-card'), 'the card view');
    expect(await shownText(first)).to.contain('Secteurs');
    go('home');
    await waitFor(() => !doc.querySelector('#view opco-card'), 'the card to be removed');
    go('card');
    const again = await waitFor(() => doc.querySelector('#view opco-card'), 'the card view, again');
    expect(again).not.to.equal(first);
    expect(await shownText(again)).to.contain('AKTO');

    doc.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    await waitFor(async () => (await shownText(again)).includes('Sectors'), 'the card in English');
    expect(await shownText(again)).to.contain('Sectors');

    if (defines(page.win, 'opco-finder')) {
      go('finder');
      await expectFinderAnswers(page);
      // the card in the same provider follows what the finder found
      const linked = doc.querySelector('#view opco-card')!;
      await waitFor(async () => (await shownText(linked)).includes('AKTO'), 'the linked card');
    }
    await expectClean(page);
  });
});

/** The text between `snippet: name` and `/snippet` markers, without script tags, whitespace collapsed. */
function snippets(source: string, open: RegExp, close: RegExp): string[] {
  const found: string[] = [];
  for (const part of source.split(open).slice(1)) {
    const body = part.split(close)[0].replace(/^[^\n]*\n/, '');
    found.push(normalize(body.replace(/<script\b[^>]*><\/script>/g, '')));
  }
  return found.filter((s) => s !== '');
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('README section (integrate/README-section.md)', () => {
  it('shows the markup of every tested snippet page, and the script tag with integrity', async () => {
    const readme = normalize(await (await fetch('/integrate/README-section.md')).text());
    const html = await Promise.all(
      ['head', 'body-end', 'cms-block'].map(async (name) => (await fetch(`/integrate/${name}/index.html`)).text()),
    );
    // .jsx is served as it is (the test server only rewrites .js and .ts)
    const jsx = await (await fetch('/integrate/react/app.jsx')).text();
    const blocks = [
      ...html.flatMap((page) => snippets(page, /<!-- snippet: [a-z-]+ -->/, /<!-- \/snippet -->/)),
      ...snippets(jsx, /\{\/\* snippet: react \*\/\}/, /\{\/\* \/snippet \*\/\}/),
    ];
    expect(blocks.length).to.be.greaterThan(3);
    for (const block of blocks) expect(readme, `README-section.md lacks:\n${block}`).to.contain(block);
    expect(readme).to.match(/integrity="sha384-[^"]*" crossorigin="anonymous"/);
  });
});
