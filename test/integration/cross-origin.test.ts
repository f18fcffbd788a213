// Scripts from a CDN (another origin than the page): the finder fetches its convention table next to
// its script, on the CDN, so the table needs what the script needs (Access-Control-Allow-Origin) and the
// page's CSP must allow the CDN's origin in connect-src, not only in script-src. The "CDN" is dist/ on
// another loopback port (test/server/cdn.mjs).
import { expect } from '@open-wc/testing';
import { closeAll, loadPage, requireBuild, shownText, tableRequests, waitFor } from './helpers.js';

const cdn = async (): Promise<string> => ((await (await fetch('/__cdn')).json()) as { base: string }).base;

const page = (script: string, csp?: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
  ${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}
  <script>window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));</script>
  <script type="module" src="${script}" crossorigin="anonymous"></script></head>
  <body><opco-finder idcc="1979" company-lookup="off"></opco-finder></body></html>`;

const UNAVAILABLE = 'La liste des conventions collectives n’a pas pu être chargée.';
const violations = (win: Window) => (win as Window & { __violations: string[] }).__violations;

describe('scripts from another origin (a CDN)', function () {
  this.timeout(20000);
  before(requireBuild);
  afterEach(closeAll);

  it('with CORS on the script and the table, and the CDN in connect-src: the finder answers', async () => {
    const base = await cdn();
    const csp = `default-src 'self'; script-src 'self' 'unsafe-inline' ${base}; style-src 'self'; connect-src 'self' ${base}`;
    const { win, doc } = await loadPage({ srcdoc: page(`${base}/dist/opco-finder.js`, csp) });
    await win.customElements.whenDefined('opco-finder');
    // AKTO comes before the table (from the finder's file); the title with the table, from the CDN
    await waitFor(async () => /AKTO.*hôtels, cafés,? restaurants/i.test(await shownText(doc.querySelector('opco-finder'))), 'the AKTO answer with its title');
    expect(tableRequests(win)).to.have.length(1);
    expect(new URL(win.performance.getEntriesByType('resource').find((e) => e.name.includes('opco-conventions'))!.name).origin).to.equal(base);
    expect(violations(win)).to.deep.equal([]);
  });

  it("the CDN in script-src only (connect-src 'self'): the table is blocked, the finder says it could not be loaded", async () => {
    const base = await cdn();
    const csp = `default-src 'self'; script-src 'self' 'unsafe-inline' ${base}; style-src 'self'; connect-src 'self'`;
    const { win, doc } = await loadPage({ srcdoc: page(`${base}/dist/opco-finder.js`, csp) });
    await win.customElements.whenDefined('opco-finder');
    await waitFor(async () => (await shownText(doc.querySelector('opco-finder'))).includes(UNAVAILABLE), 'the unavailable message');
    // (a report names only the origin of a blocked cross-origin address)
    await waitFor(() => violations(win).some((v) => v.startsWith('connect-src') && v.includes(base)), 'the connect-src violation');
  });

  it('the table served without Access-Control-Allow-Origin: refused by CORS, the finder says it could not be loaded', async () => {
    const base = await cdn();
    const { win, doc } = await loadPage({ srcdoc: page(`${base}/without-cors-on-json/dist/opco-finder.js`) });
    await win.customElements.whenDefined('opco-finder');
    await waitFor(async () => (await shownText(doc.querySelector('opco-finder'))).includes(UNAVAILABLE), 'the unavailable message');
    expect(violations(win)).to.deep.equal([]);
  });
});
