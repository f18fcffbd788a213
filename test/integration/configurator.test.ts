// The configurator (demo/configurator.html): set a widget up with the form, copy the snippet,
// paste it into a blank page, and get the same widget, the integrity hash checked by the browser.
import { expect } from '@open-wc/testing';
import { closeAll, defines, loadPage, requireBuild, servesBuiltBytes, shownText, waitFor, type Loaded } from './helpers.js';
import { blankPage, checkSnippet, readRelease } from './snippet-check.js';

async function openConfigurator(): Promise<Loaded & { copied: () => string }> {
  const page = await loadPage({ src: '/demo/configurator.html' });
  await waitFor(() => page.doc.querySelector('form[data-ready]'), 'the configurator to be ready');
  // the test page cannot grant clipboard access to a frame: keep what the page writes
  let copied = '';
  Object.defineProperty(page.win.navigator.clipboard, 'writeText', {
    configurable: true,
    value: async (text: string) => {
      copied = text;
    },
  });
  return Object.assign(page, { copied: () => copied });
}

/** Sets a form control as a user does: value, then the input and change events. */
function set(page: Loaded, id: string, value: string | boolean): void {
  const control = page.doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new page.win.Event('input', { bubbles: true }));
  control.dispatchEvent(new page.win.Event('change', { bubbles: true }));
}

function pickWidget(page: Loaded, tag: string): void {
  page.doc.querySelector<HTMLInputElement>(`input[name="tag"][value="${tag}"]`)!.click();
}

async function copyHtml(page: Loaded & { copied: () => string }): Promise<string> {
  page.doc.getElementById('copy-html')!.click();
  await waitFor(() => page.copied(), 'the snippet to be copied');
  return page.copied();
}

/** Whether the test server sends the built bytes (else no integrity hash can match: see helpers). */
let raw = false;
/** The snippet as pasted; without its integrity attribute only when the test server rewrites the bundle. */
const pasteable = (snippet: string) => (raw ? snippet : snippet.replace(/\s+integrity="[^"]*"/, ''));

const attributes = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();

describe('configurator (demo/configurator.html)', function () {
  this.timeout(20000);
  before(async () => {
    await requireBuild();
    raw = await servesBuiltBytes();
  });
  afterEach(closeAll);

  it('copies a snippet that, pasted into a blank page with a strict CSP, renders the same widget', async () => {
    const page = await openConfigurator();
    pickWidget(page, 'opco-card');
    set(page, 'opco', 'atlas');
    set(page, 'lang', 'en');
    set(page, 'theme', 'dark');
    set(page, 'compact', true);
    const preview = page.doc.querySelector('#preview opco-card')!;
    expect(await shownText(preview)).to.contain('Atlas');

    const snippet = await copyHtml(page);
    expect(snippet).to.equal((page.doc.getElementById('html-code') as HTMLTextAreaElement).value);
    expect(page.doc.getElementById('copy-status')!.textContent).to.contain('copié');
    expect(snippet).to.match(/integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"/);
    expect(snippet).to.contain('<a href="https://www.opco-atlas.fr">');

    const pasted = await loadPage({ srcdoc: blankPage(pasteable(snippet)) });
    const card = await waitFor(() => defines(pasted.win, 'opco-card') && pasted.doc.querySelector('opco-card'), 'the pasted card');
    expect(await shownText(card)).to.equal(await shownText(preview));
    expect(attributes(card)).to.deep.equal(attributes(preview));
    expect(await pasted.cspReports()).to.deep.equal([]);
    expect(await page.cspReports()).to.deep.equal([]);
  });

  for (const tag of ['opco-finder', 'opco-branch-list', 'opco-funding-explainer']) {
    it(`${tag}: the pasted snippet renders the same widget as the preview`, async function () {
      const page = await openConfigurator();
      expect(defines(page.win, tag), `the bundle defines ${tag}`).to.equal(true);
      pickWidget(page, tag);
      set(page, 'lang', 'en');
      const preview = await waitFor(() => page.doc.querySelector(`#preview ${tag}`), 'the preview');
      const snippet = await copyHtml(page);
      // one widget, one file: the element's own script (versioned, next to the all-in-one file), not opco-widgets.js
      expect(snippet).to.match(new RegExp(`<script type="module" src="[^"]*/dist/${tag}-\\d+\\.\\d+\\.\\d+\\.js"`));
      expect(snippet).not.to.contain('opco-widgets');
      const pasted = await loadPage({ srcdoc: blankPage(pasteable(snippet)) });
      const widget = await waitFor(() => defines(pasted.win, tag) && pasted.doc.querySelector(tag), `the pasted ${tag}`);
      await waitFor(async () => (await shownText(widget)) === (await shownText(preview)), 'the same text as the preview');
      expect(attributes(widget)).to.deep.equal(attributes(preview));
      expect(await pasted.cspReports()).to.deep.equal([]);
    });
  }

  it('pastes a finder that answers its pre-filled IDCC', async function () {
    const page = await openConfigurator();
    expect(defines(page.win, 'opco-finder'), 'the bundle defines opco-finder').to.equal(true);
    pickWidget(page, 'opco-finder');
    set(page, 'idcc', '1979');
    const snippet = await copyHtml(page);
    expect(snippet).to.match(/<opco-finder idcc="1979"[ >]/);
    const pasted = await loadPage({ srcdoc: blankPage(pasteable(snippet)) });
    const finder = await waitFor(() => defines(pasted.win, 'opco-finder') && pasted.doc.querySelector('opco-finder'), 'the pasted finder');
    await waitFor(async () => (await shownText(finder)).includes('AKTO'), 'the answer AKTO');
  });

  // every widget the configurator offers (the radio buttons, from WIDGETS in demo/configurator-snippet.js)
  for (const tag of ['opco-finder', 'opco-card', 'opco-branch-list', 'opco-funding-explainer', 'opco-apprentice-pay']) {
    it(`${tag}: the snippet loads the widget's own file, in dist/, with its integrity from release.json, and renders`, async () => {
      const page = await openConfigurator();
      pickWidget(page, tag);
      const snippet = await copyHtml(page);
      const release = await readRelease();
      const { src, tags } = await checkSnippet(snippet, release, { versioned: true });
      expect(tags).to.deep.equal([tag]);
      // the field names the folder; the line under it, the very file the snippet loads
      expect(src).to.equal(`${(page.doc.getElementById('script-url') as HTMLInputElement).value}${tag}-${release.version}.js`);
      expect(page.doc.getElementById('script-file')!.textContent).to.contain(src);
    });
  }

  it('the folder field: the label names a folder, the snippet loads the widget’s file from the folder typed', async () => {
    const page = await openConfigurator();
    const release = await readRelease();
    const label = () => page.doc.querySelector('label[for="script-url"]')!.textContent!;
    const shown = () => page.doc.getElementById('script-file')!.textContent!;
    const src = () => /<script type="module" src="([^"]*)"/.exec((page.doc.getElementById('html-code') as HTMLTextAreaElement).value)![1];
    expect(label()).to.equal('Adresse du dossier des fichiers opco-widgets');
    set(page, 'script-url', 'https://www.example.fr/assets/opco-widgets/');
    expect(src()).to.equal(`https://www.example.fr/assets/opco-widgets/opco-card-${release.version}.js`);
    expect(shown()).to.contain(src());
    pickWidget(page, 'opco-finder');
    expect(src()).to.equal(`https://www.example.fr/assets/opco-widgets/opco-finder-${release.version}.js`);
    // a folder without its final slash, or the address of a file in it (as before each element had its own file)
    set(page, 'script-url', 'https://www.example.fr/assets/opco-widgets');
    expect(src()).to.equal(`https://www.example.fr/assets/opco-widgets/opco-finder-${release.version}.js`);
    set(page, 'script-url', 'https://www.example.fr/js/opco-widgets-0.1.0.js');
    expect(src()).to.equal(`https://www.example.fr/js/opco-finder-${release.version}.js`);
    expect(shown()).to.contain(src());
    page.doc.querySelector<HTMLButtonElement>('[data-ui-lang="en"]')!.click();
    expect(label()).to.equal('Address of the folder of the opco-widgets files');
    expect(shown()).to.equal(`The code loads the widget’s file: ${src()}`);
  });

  it('the integrity hash is enforced: the snippet loads, a tampered one loads nothing', async function () {
    expect(raw, 'the test server serves dist/ as built').to.equal(true);
    const page = await openConfigurator();
    const snippet = await copyHtml(page);
    // module scripts run before the load event: after it, an accepted script has defined its
    // elements and a refused one nothing
    const genuine = await loadPage({ srcdoc: blankPage(snippet) });
    expect(defines(genuine.win, 'opco-card')).to.equal(true);
    const tampered = snippet.replace(/sha384-(.)/, (_, c: string) => `sha384-${c === 'A' ? 'B' : 'A'}`);
    const pasted = await loadPage({ srcdoc: blankPage(tampered) });
    expect(defines(pasted.win, 'opco-card')).to.equal(false);
  });

  it('colours: the CSS to copy, applied on a blank page, gives the preview its colour', async () => {
    const page = await openConfigurator();
    const accent = page.doc.querySelector<HTMLInputElement>('[data-colour="--opco-color-accent"]')!;
    set(page, accent.id, '#aa0000');
    const css = (page.doc.getElementById('css-code') as HTMLTextAreaElement).value;
    // the light colour would also reach the dark theme: the dark one is written with it
    expect(css).to.equal('opco-card {\n  --opco-color-accent: #aa0000;\n}\nopco-card[data-theme="dark"] {\n  --opco-color-accent: #6fd3ca;\n}\n');
    const preview = page.doc.querySelector('#preview opco-card')!;
    expect(page.win.getComputedStyle(preview).getPropertyValue('--opco-color-accent').trim()).to.equal('#aa0000');

    // a site without a strict CSP may paste the CSS as a <style> block; others add it to their stylesheet
    const snippet = await copyHtml(page);
    const pasted = await loadPage({ srcdoc: blankPage(`<style>${css}</style>\n${pasteable(snippet)}`, '') });
    const card = await waitFor(() => defines(pasted.win, 'opco-card') && pasted.doc.querySelector('opco-card'), 'the pasted card');
    await shownText(card);
    expect(pasted.win.getComputedStyle(card).getPropertyValue('--opco-color-accent').trim()).to.equal('#aa0000');
    expect(await page.cspReports()).to.deep.equal([]);
  });

  it('the surface and the text size (#25): --opco-surface and --opco-font-size in the CSS to copy, the preview takes them', async () => {
    const page = await openConfigurator();
    const css = () => (page.doc.getElementById('css-code') as HTMLTextAreaElement).value;
    const surface = page.doc.querySelector<HTMLInputElement>('[data-colour="--opco-surface"]')!;
    expect(page.doc.querySelector(`label[for="${surface.id}"]`)!.textContent).to.contain('--opco-surface');
    set(page, surface.id, '#fbf6ea');
    set(page, 'font-size', '17px');
    expect(css()).to.equal(
      'opco-card {\n  --opco-surface: #fbf6ea;\n  --opco-font-size: 17px;\n}\nopco-card[data-theme="dark"] {\n  --opco-surface: #12171c;\n}\n',
    );
    const preview = page.doc.querySelector('#preview opco-card')!;
    await shownText(preview);
    expect(page.win.getComputedStyle(preview).backgroundColor).to.equal('rgb(251, 246, 234)');
    expect(page.win.getComputedStyle(preview).fontSize).to.equal('17px');
    // back to the page's own size: the CSS says nothing of it
    set(page, 'font-size', '');
    expect(css()).not.to.contain('--opco-font-size');
    expect(await page.cspReports()).to.deep.equal([]);
  });

  it('colours per theme: the pickers show the previewed theme’s values, the CSS gives each theme its own', async () => {
    const page = await openConfigurator();
    const picker = () => page.doc.querySelector<HTMLInputElement>('[data-colour="--opco-color-accent"]')!;
    const css = () => (page.doc.getElementById('css-code') as HTMLTextAreaElement).value;
    expect(picker().value).to.equal('#0b6e69');
    expect(page.doc.getElementById('colour-theme')!.textContent).to.contain('thème clair');
    set(page, 'theme', 'dark');
    // the dark theme's default, not the light one
    expect(picker().value).to.equal('#6fd3ca');
    expect(page.doc.getElementById('colour-theme')!.textContent).to.contain('thème sombre');
    set(page, picker().id, '#ffd166');
    expect(css()).to.equal('opco-card[data-theme="dark"] {\n  --opco-color-accent: #ffd166;\n}\n');
    const preview = page.doc.querySelector('#preview opco-card')!;
    await shownText(preview);
    expect(page.win.getComputedStyle(preview).getPropertyValue('--opco-color-accent').trim()).to.equal('#ffd166');
    set(page, 'theme', 'light');
    expect(picker().value).to.equal('#0b6e69');
    set(page, picker().id, '#aa0000');
    expect(css()).to.equal('opco-card {\n  --opco-color-accent: #aa0000;\n}\nopco-card[data-theme="dark"] {\n  --opco-color-accent: #ffd166;\n}\n');
    set(page, 'theme', 'dark');
    expect(picker().value).to.equal('#ffd166');
    // "Par défaut" resets the previewed theme's colour only
    page.doc.querySelector<HTMLButtonElement>('[data-reset="--opco-color-accent"]')!.click();
    expect(picker().value).to.equal('#6fd3ca');
    expect(css()).to.contain('opco-card {\n  --opco-color-accent: #aa0000;');
    expect(await page.cspReports()).to.deep.equal([]);
  });

  it('warns below 4.5:1 with the ratio, in either theme (dark theme + accent #6a1b9a: links at 1.91:1)', async () => {
    const page = await openConfigurator();
    const contrast = page.doc.getElementById('contrast')!;
    const said = () => contrast.textContent!.replace(/\s+/g, ' ');
    expect(contrast.dataset.low).to.equal('0');
    expect(said()).to.contain('Contraste suffisant');
    set(page, 'theme', 'dark');
    set(page, page.doc.querySelector<HTMLInputElement>('[data-colour="--opco-color-accent"]')!.id, '#6a1b9a');
    expect(contrast.getAttribute('role')).to.equal('status');
    expect(said()).to.contain('il faut au moins 4,5:1');
    expect(said()).to.contain('Thème sombre : liens et boutons sur le fond (#6a1b9a sur #12171c), 1,91:1');
    // the light theme keeps its own, readable accent: no line for it
    expect(said()).not.to.contain('Thème clair');
    // a light text colour on the light theme's white: both ratios said
    set(page, 'theme', 'light');
    set(page, page.doc.querySelector<HTMLInputElement>('[data-colour="--opco-color-text"]')!.id, '#bbbbbb');
    expect(said()).to.match(/Thème clair : texte sur le fond \(#bbbbbb sur #ffffff\), 1,9\d:1/);
    // dark: the links, and the dark text of a hovered button on that accent; light: the text
    expect(contrast.dataset.low).to.equal('3');
    expect(said()).to.contain('Thème sombre : texte d’un bouton survolé sur l’accent (#062420 sur #6a1b9a)');
    page.doc.querySelector<HTMLButtonElement>('[data-ui-lang="en"]')!.click();
    expect(said()).to.contain('Dark theme: links and buttons on the background (#6a1b9a on #12171c), 1.91:1');
    // fixed again: the warning goes
    page.doc.querySelector<HTMLButtonElement>('[data-reset="--opco-color-text"]')!.click();
    set(page, 'theme', 'dark');
    page.doc.querySelector<HTMLButtonElement>('[data-reset="--opco-color-accent"]')!.click();
    expect(contrast.dataset.low).to.equal('0');
  });

  it('speaks English after the language switch, with labels for every control', async () => {
    const page = await openConfigurator();
    page.doc.querySelector<HTMLButtonElement>('[data-ui-lang="en"]')!.click();
    expect(page.doc.documentElement.lang).to.equal('en');
    expect(page.doc.querySelector('h1')!.textContent).to.equal('Configure an OPCO widget');
    await copyHtml(page);
    expect(page.doc.getElementById('copy-status')!.textContent).to.contain('copied');
    // every visible form control has a label
    for (const control of page.doc.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      if (control.closest('[hidden]') || control.type === 'radio') continue;
      expect(control.labels?.length ?? 0, `label of #${control.id}`).to.be.greaterThan(0);
    }
  });

  it('falls back to selecting the code when the Clipboard API refuses', async () => {
    const page = await openConfigurator();
    Object.defineProperty(page.win.navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
    page.doc.getElementById('copy-html')!.click();
    const code = page.doc.getElementById('html-code') as HTMLTextAreaElement;
    await waitFor(() => page.doc.getElementById('copy-status')!.textContent, 'the status message');
    expect(page.doc.getElementById('copy-status')!.textContent).to.contain('Ctrl+C');
    expect(code.selectionEnd - code.selectionStart).to.equal(code.value.length);
  });
});
