// A branch list with `opco` fetches that OPCO's slice of the convention table
// (dist/opco-conventions-<opco>.<hash>.json, integrity-checked), not the whole table; a page with a
// finder too fetches the table once and no slice (never two files for the same rows). A slice that is
// missing, refused or slow is said as the table's is. Each page in its own frame: the table's and the
// slices' states are page-wide. The requests are the page's own Resource Timing entries. (axe does not
// run inside a frame: the loading and failure states are the table's, checked accessible in
// test/components/conventions-table and test/integration/table-missing.test.ts.)
import { expect } from '@open-wc/testing';
import { serverGate } from '../helpers/server-gate.js';
import { closeAll, idle, loadPage, requests, requireBuild, shownText, waitFor, type Loaded } from './helpers.js';

const page = (scripts: string[], markup: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Des branches</title>
  ${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}</head><body><main>${markup}</main></body></html>`;

const LIST = '<opco-branch-list opco="akto"></opco-branch-list>';
const SLICE = /\/opco-conventions-akto\.[0-9a-f]{12}\.json$/;
const TABLE = /\/opco-conventions\.[0-9a-f]{12}\.json$/;
const json = (win: Window) => requests(win).filter((path) => path.endsWith('.json'));

/** The rows of the list (one button per convention shown). */
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('button.choose')];

/** The IDCCs of AKTO in the published table (what the slice must hold): read from data.js's dataset. */
async function aktoIdccs(): Promise<Set<string>> {
  const data = (await import('/dist/data.js' as string)) as { conventionsOf(id: string): { idcc: string }[] };
  return new Set(data.conventionsOf('akto').map((c) => c.idcc));
}

async function quiet(loaded: Loaded): Promise<void> {
  await idle(loaded.win);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await idle(loaded.win);
}

const sliceGate = serverGate('conventions-slice-gate');

describe("a branch list fetches its OPCO's slice (built files)", function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeAll);

  it('<opco-branch-list opco="akto"> alone: its script and the AKTO slice, nothing else; the rows are AKTO\'s', async () => {
    const loaded = await loadPage({ srcdoc: page(['/dist/opco-branch-list.js'], LIST) });
    const list = loaded.doc.querySelector('opco-branch-list')!;
    await waitFor(() => rows(list).length > 0, 'the AKTO rows');
    await quiet(loaded);
    const fetched = json(loaded.win);
    expect(fetched, fetched.join('\n')).to.have.length(1);
    expect(fetched[0]).to.match(SLICE);
    expect(requests(loaded.win).filter((p) => p.endsWith('.js'))).to.deep.equal(['/dist/opco-branch-list.js']);
    const akto = await aktoIdccs();
    const shown = rows(list).map((b) => b.dataset.idcc!);
    expect(shown.length).to.be.greaterThan(10);
    expect(
      shown.filter((idcc) => !akto.has(idcc)),
      'rows of another OPCO',
    ).to.deep.equal([]);
  });

  it('a page that preloads the slice (README): one request of it, before the script had arrived', async () => {
    const script = await (await fetch('/dist/opco-branch-list.js', { cache: 'no-store' })).text();
    const slice = /opco-conventions-akto\.[0-9a-f]{12}\.json/.exec(script)![0];
    const preload = `<link rel="preload" href="/dist/${slice}" as="fetch" crossorigin="anonymous">`;
    const loaded = await loadPage({ srcdoc: page(['/dist/opco-branch-list.js'], LIST).replace('<script', `${preload}<script`) });
    const list = loaded.doc.querySelector('opco-branch-list')!;
    await waitFor(() => rows(list).length > 0, 'the AKTO rows');
    const entries = (name: string) => loaded.win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(name)) as PerformanceResourceTiming[];
    expect(entries(slice), 'one request of the slice').to.have.length(1);
    expect(entries(slice)[0]!.startTime).to.be.lessThan(entries('/opco-branch-list.js')[0]!.responseEnd);
  });

  it('a finder and a list on one page (two files): the whole table, once, and no slice', async () => {
    const loaded = await loadPage({
      srcdoc: page(['/dist/opco-finder.js', '/dist/opco-branch-list.js'], `<opco-finder company-lookup="off"></opco-finder>${LIST}`),
    });
    const list = loaded.doc.querySelector('opco-branch-list')!;
    await waitFor(() => rows(list).length > 0, 'the AKTO rows');
    await quiet(loaded);
    const fetched = json(loaded.win);
    expect(
      fetched.filter((p) => TABLE.test(p)),
      fetched.join('\n'),
    ).to.have.length(1);
    expect(fetched, fetched.join('\n')).to.have.length(1);
  });

  it("a list whose opco changes fetches the new OPCO's slice, each slice once", async () => {
    const loaded = await loadPage({ srcdoc: page(['/dist/opco-branch-list.js'], LIST) });
    const list = loaded.doc.querySelector('opco-branch-list')!;
    await waitFor(() => rows(list).length > 0, 'the AKTO rows');
    list.setAttribute('opco', 'atlas');
    await waitFor(async () => (await shownText(list)).includes('Atlas') && rows(list).length > 0, 'the Atlas rows');
    list.setAttribute('opco', 'akto');
    await waitFor(async () => (await shownText(list)).includes('AKTO') && rows(list).length > 0, 'the AKTO rows again');
    await quiet(loaded);
    const fetched = json(loaded.win);
    expect(fetched, fetched.join('\n')).to.have.length(2);
    expect(fetched.filter((p) => SLICE.test(p))).to.have.length(1);
    expect(fetched.filter((p) => /\/opco-conventions-atlas\.[0-9a-f]{12}\.json$/.test(p))).to.have.length(1);
  });

  it('a slow slice: the loading status meanwhile, then the rows', async () => {
    await sliceGate(true);
    try {
      const loaded = await loadPage({ srcdoc: page(['/dist/opco-branch-list.js'], LIST) });
      const list = loaded.doc.querySelector('opco-branch-list')!;
      await waitFor(async () => (await sliceGate()).requests > 0 && (await shownText(list)).includes('Chargement'), 'the loading status');
      const status = list.shadowRoot!.querySelector('[role="status"][aria-busy="true"]');
      expect(status, 'role=status, aria-busy').to.exist;
      expect(rows(list)).to.have.length(0);
      await sliceGate(false);
      await waitFor(() => rows(list).length > 0, 'the AKTO rows once the slice is in');
      expect(list.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    } finally {
      await sliceGate(false);
    }
  });

  for (const [variant, message, warning] of [
    [
      'missing',
      'La liste des conventions collectives n’a pas pu être chargée.',
      /the akto slice of the convention table http:\/\/[^ ]+\/test\/variants\/missing\/dist\/opco-conventions-akto\.[0-9a-f]+\.json could not be loaded \(HTTP 404\)/,
    ],
    [
      'tampered',
      'a été refusée',
      /the akto slice of the convention table http:\/\/[^ ]+\/test\/variants\/tampered\/dist\/opco-conventions-akto\.[0-9a-f]+\.json was refused/,
    ],
  ] as const) {
    it(`a ${variant} slice: the list says so (role=alert), one console warning names it, nothing throws`, async () => {
      const loaded = await loadPage({ srcdoc: page([`/test/variants/${variant}/dist/opco-branch-list.js`], LIST) });
      const warnings: string[] = [];
      const errors: string[] = [];
      const warn = loaded.win.console.warn;
      loaded.win.console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
        warn.apply(loaded.win.console, args);
      };
      loaded.win.addEventListener('error', (event) => errors.push(String(event.message)));
      const list = loaded.doc.querySelector('opco-branch-list')!;
      await waitFor(async () => (await shownText(list)).includes(message), `the list to say: ${message}`, 8000);
      const alert = list.shadowRoot!.querySelector('[role="alert"]');
      expect(alert).to.exist;
      expect(rows(list)).to.have.length(0);
      await waitFor(() => warnings.some((w) => warning.test(w)), 'the console warning');
      expect(errors).to.deep.equal([]);
    });
  }
});
