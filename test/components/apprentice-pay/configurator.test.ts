// The configurator offers <opco-apprentice-pay>: its snippet loads the element's own file (same folder
// and version as the bundle) with that file's integrity, and pasted into a blank page with a strict CSP
// it renders the same widget as the preview. The demo page places it with the finder and the explainer.
import { expect } from '@open-wc/testing';
import { closeAll, defines, loadPage, requireBuild, servesBuiltBytes, shownText, waitFor } from '../../integration/helpers.js';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self' https://recherche-entreprises.api.gouv.fr; require-trusted-types-for 'script'";

describe('<opco-apprentice-pay> in the configurator and the demo page', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeAll);

  it('the snippet names opco-apprentice-pay-<version>.js with its own integrity and renders the same widget', async () => {
    const raw = await servesBuiltBytes();
    const page = await loadPage({ src: '/demo/configurator.html' });
    await waitFor(() => page.doc.querySelector('form[data-ready]'), 'the configurator to be ready');
    await waitFor(() => defines(page.win, 'opco-apprentice-pay'), 'the pay element in the configurator');
    const radio = await waitFor(() => page.doc.querySelector<HTMLInputElement>('input[name="tag"][value="opco-apprentice-pay"]:not([disabled])'), 'the choice');
    radio.click();
    const audience = page.doc.getElementById('audience') as HTMLSelectElement | null;
    if (audience) {
      audience.value = 'apprentice';
      audience.dispatchEvent(new page.win.Event('change', { bubbles: true }));
    }
    const snippet = (page.doc.getElementById('html-code') as HTMLTextAreaElement).value;
    const release = (await (await fetch('/dist/release.json', { cache: 'no-store' })).json()) as {
      version: string;
      files: { file: string; integrity: string }[];
    };
    const own = release.files.find((f) => f.file === `opco-apprentice-pay-${release.version}.js`)!;
    expect(own, 'release.json lists the versioned pay file').to.not.equal(undefined);
    expect(snippet).to.contain(`opco-apprentice-pay-${release.version}.js"`);
    expect(snippet).to.contain(`integrity="${own.integrity}"`);
    expect(snippet).not.to.contain('opco-widgets');
    const preview = await waitFor(() => page.doc.querySelector('#preview opco-apprentice-pay'), 'the preview');
    const body = raw ? snippet : snippet.replace(/\s+integrity="[^"]*"/, '');
    const pasted = await loadPage({
      srcdoc: `<!doctype html><html lang="fr"><head><meta charset="utf-8" /><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" /><title>Blank</title></head><body>\n${body}</body></html>`,
    });
    const widget = await waitFor(() => defines(pasted.win, 'opco-apprentice-pay') && pasted.doc.querySelector('opco-apprentice-pay'), 'the pasted widget');
    await waitFor(async () => (await shownText(widget)) === (await shownText(preview)), 'the same text as the preview');
    expect(await pasted.cspReports()).to.deep.equal([]);
  });

  it('the demo page shows it inside the provider, with the finder and the explainer', async () => {
    const page = await loadPage({ src: '/demo/index.html' });
    const pay = await waitFor(() => defines(page.win, 'opco-apprentice-pay') && page.doc.querySelector('opco-provider opco-apprentice-pay'), 'the pay element');
    expect(page.doc.querySelector('opco-provider opco-finder')).to.not.equal(null);
    expect(page.doc.querySelector('opco-provider opco-funding-explainer')).to.not.equal(null);
    await waitFor(async () => (await shownText(pay)).includes('Pour l’employeur'), 'the figures');
  });
});
