// The README's English snippet: the file's English pack preloaded beside the script
// (`<link rel="preload" as="fetch" crossorigin="anonymous">`). The widget's own fetch reuses it: one
// request of the pack, started before the script had arrived (no round trip after it), and still
// checked against the integrity built into the script (a changed pack is refused: French). Each page
// in its own frame (the packs' requests are page-wide).
import { expect } from '@open-wc/testing';
import { closeAll, loadPage, requireBuild, shownText, waitFor } from './helpers.js';

async function packOf(script: string): Promise<string> {
  const text = await (await fetch(script, { cache: 'no-store' })).text();
  return /new URL\("\.\/([\w-]+\.en\.[0-9a-f]{12}\.json)"/.exec(text)![1]!;
}

const englishPage = (dir: string, pack: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A card</title>
  <link rel="preload" href="${dir}/${pack}" as="fetch" crossorigin="anonymous">
  <script type="module" src="${dir}/opco-card.js"></script></head><body><main><opco-card opco="akto"></opco-card></main></body></html>`;

const entries = (win: Window, name: string) => win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(name)) as PerformanceResourceTiming[];

describe("an English page that preloads its file's pack (README)", function () {
  this.timeout(20000);
  before(requireBuild);
  afterEach(closeAll);

  it('the card speaks English; the pack is requested once, before the script had arrived', async () => {
    const pack = await packOf('/dist/opco-card.js');
    const page = await loadPage({ srcdoc: englishPage('/dist', pack) });
    const card = page.doc.querySelector('opco-card')!;
    await waitFor(async () => (await shownText(card)).includes('AKTO website'), 'the English card');
    const packs = entries(page.win, pack);
    const [script] = entries(page.win, '/opco-card.js');
    expect(packs, 'one request of the pack').to.have.length(1);
    expect(packs[0]!.startTime, 'the pack asked for before the script had arrived').to.be.lessThan(script!.responseEnd);
  });

  it('a changed pack, preloaded, is still refused: the card speaks French, the console says why', async () => {
    const pack = await packOf('/dist/opco-card.js');
    const page = await loadPage({ srcdoc: englishPage('/test/variants/tampered/dist', pack) });
    const warnings: string[] = [];
    const warn = page.win.console.warn;
    page.win.console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(page.win.console, args);
    };
    const card = page.doc.querySelector('opco-card')!;
    await waitFor(() => warnings.some((w) => w.includes('was refused')), 'the refusal in the console', 8000);
    await waitFor(async () => (await shownText(card)).includes('Site d’AKTO'), 'the card in French');
    expect(await shownText(card)).not.to.contain('AKTO website');
  });
});
