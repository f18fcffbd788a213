// The configurator: a form → one state → the live preview and the snippet to copy.
// Everything is built with createElement/textContent and colours go through the CSSOM
// (style.setProperty): the page runs under a strict CSP with Trusted Types, like a partner's.
import { opcos } from '../dist/data.js';
import { messages } from './configurator-messages.js';
import { MIN_RATIO, contrastReport, formatRatio } from './configurator-contrast.js';
import {
  COLOURS,
  FONT_SIZES,
  WIDGETS,
  attributesOf,
  cssSnippet,
  fallbackOf,
  htmlSnippet,
  scriptOf,
  shownTheme,
  supportedSettings,
  themeColours,
} from './configurator-snippet.js';

const $ = (id) => document.getElementById(id);
const form = $('config');
const preview = $('preview');
const status = $('copy-status');

let uiLang = 'fr';
/** The pinned release (dist/release.json): its version, and every file's name and integrity hash. */
let release = { version: '', files: [] };

const state = {
  tag: 'opco-card',
  opco: 'akto',
  idcc: '1979',
  companyLookup: true,
  audience: 'employer',
  compact: false,
  lang: '',
  theme: 'light',
  /** The partner's colours, per theme: { light: { '--opco-color-accent': '#…' }, dark: {…} }. */
  colours: { light: {}, dark: {} },
  /** --opco-font-size: '' keeps the page's own size. */
  fontSize: '',
  /** The folder of the files (this site's dist/ by default); the snippet loads the widget's own file from it. */
  scriptUrl: '',
  sri: true,
};

const text = () => messages[state.lang || uiLang];

/** The preview's colours go through a constructed style sheet: the very CSS the partner copies. */
const previewSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, previewSheet];

/** The theme the pickers edit: the one the preview shows. */
const editedTheme = () => shownTheme(state.theme, window);

function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function buildTagChoices() {
  const box = $('tags');
  for (const tag of Object.keys(WIDGETS)) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    Object.assign(input, { type: 'radio', name: 'tag', value: tag, checked: tag === state.tag });
    const name = document.createElement('span');
    name.dataset.i18n = `tag.${tag}`;
    const notYet = document.createElement('span');
    notYet.className = 'not-yet';
    notYet.dataset.i18n = 'notYet';
    label.append(input, ' ', name, ' ', notYet);
    box.append(label);
  }
  refreshAvailability();
}

/** Other engineers add elements over time: a tag the bundle does not define cannot be chosen. */
function refreshAvailability() {
  for (const input of form.querySelectorAll('input[name="tag"]')) {
    const defined = Boolean(customElements.get(input.value));
    input.disabled = !defined;
    input.closest('label').querySelector('.not-yet').hidden = defined;
  }
}

function buildColourFields() {
  const box = $('colours');
  for (const [name, fallback] of Object.entries(COLOURS)) {
    const row = document.createElement('p');
    row.className = 'field colour';
    const id = `colour-${name.replace(/^--opco-(color-)?/, '')}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.dataset.i18n = name;
    const input = document.createElement('input');
    Object.assign(input, { id, type: 'color', value: fallback.light });
    input.dataset.colour = name;
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.dataset.i18n = 'reset';
    reset.dataset.reset = name;
    reset.setAttribute('aria-describedby', id);
    row.append(label, input, reset);
    box.append(row);
  }
}

/** The text sizes: the page's own first (the default), then a few usual ones. */
function fillFontSizes() {
  const select = $('font-size');
  const words = messages[uiLang];
  select.replaceChildren(...FONT_SIZES.map((size) => option(size, size || words.fontSizePage)));
  select.value = state.fontSize;
}

function fillOpcos() {
  const select = $('opco');
  select.replaceChildren(...opcos.map((o) => option(o.id, `${o.shortName} (${o.id})`)));
  select.value = state.opco;
}

/** Puts the UI language's words on every [data-i18n] element. */
function translate() {
  const words = messages[uiLang];
  document.documentElement.lang = uiLang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = words[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', words[node.dataset.i18nLabel]);
  }
  for (const b of document.querySelectorAll('[data-ui-lang]')) b.setAttribute('aria-pressed', String(b.dataset.uiLang === uiLang));
  document.title = `${words.title} — opco-widgets`;
}

function readForm() {
  const data = new FormData(form);
  state.tag = data.get('tag') ?? state.tag;
  state.settings = supportedSettings(state.tag);
  state.opco = data.get('opco') ?? state.opco;
  state.idcc = String(data.get('idcc') ?? '');
  state.companyLookup = $('company-lookup').checked;
  state.audience = String(data.get('audience') ?? 'employer');
  state.compact = $('compact').checked;
  state.lang = String(data.get('lang') ?? '');
  state.theme = String(data.get('theme') ?? 'light');
  state.scriptUrl = String(data.get('scriptUrl') ?? '');
  state.sri = $('sri').checked;
  state.fontSize = String(data.get('fontSize') ?? '');
}

/** Rebuilds the preview element from the state: a fresh element, as a pasted snippet would be. */
function renderPreview() {
  const element = document.createElement(state.tag);
  for (const [name, value] of attributesOf(state)) element.setAttribute(name, value);
  const link = fallbackOf(state, opcos, text());
  const a = document.createElement('a');
  a.href = link.href;
  a.textContent = link.text;
  element.append(a);
  preview.replaceChildren(element);
  // custom properties inherit into the widget's shadow root; a constructed sheet is allowed by CSP
  previewSheet.replaceSync(cssSnippet(state));
}

/** The pickers show the colours of the theme the preview shows, and say which theme that is. */
function renderPickers() {
  const theme = editedTheme();
  for (const input of form.querySelectorAll('[data-colour]')) {
    input.value = state.colours[theme][input.dataset.colour] ?? COLOURS[input.dataset.colour][theme];
  }
  const words = messages[uiLang];
  $('colour-theme').textContent = words.colourTheme(theme);
}

/** Each theme's text, links and buttons against their background: a warning below 4.5:1, with the ratio. */
function renderContrast() {
  const words = messages[uiLang];
  const report = contrastReport((theme) => themeColours(state, theme));
  const low = report.filter((r) => !r.ok);
  const box = $('contrast');
  box.className = low.length ? 'contrast warning' : 'contrast ok';
  box.dataset.low = String(low.length);
  const head = document.createElement('p');
  head.className = 'contrast__head';
  head.textContent = low.length ? words.contrastLow(low.length, MIN_RATIO.toLocaleString(uiLang === 'en' ? 'en-GB' : 'fr-FR')) : words.contrastOk;
  const list = document.createElement('ul');
  for (const r of low) {
    const li = document.createElement('li');
    li.textContent = words.contrastLine(words[r.theme === 'dark' ? 'themeDarkName' : 'themeLightName'], words[r.key], r.fg, r.bg, formatRatio(r.ratio, uiLang));
    list.append(li);
  }
  box.replaceChildren(head, ...(low.length ? [list] : []));
}

function renderCode() {
  // the address the snippet's script tag loads, under the folder's field
  $('script-file').textContent = messages[uiLang].scriptFile(scriptOf(state, release).src);
  $('html-code').value = htmlSnippet(state, release, opcos, text());
  const css = cssSnippet(state);
  $('css-code').value = css;
  $('css-code').hidden = css === '';
  $('copy-css').hidden = css === '';
  $('css-none').hidden = css !== '';
}

function showSettings() {
  const wanted = new Set(state.settings);
  for (const field of form.querySelectorAll('[data-setting]')) field.hidden = !wanted.has(field.dataset.setting);
}

function update() {
  readForm();
  showSettings();
  renderPickers();
  renderPreview();
  renderCode();
  renderContrast();
  status.textContent = '';
}

/** Copies with the Clipboard API; where it is refused (no permission, http), selects the text. */
async function copy(textarea) {
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = messages[uiLang].copied;
  } catch {
    textarea.focus();
    textarea.select();
    status.textContent = messages[uiLang].selected;
  }
}

async function loadRelease() {
  try {
    const response = await fetch(new URL('../dist/release.json', import.meta.url));
    if (!response.ok) throw new Error(String(response.status));
    const manifest = await response.json();
    release = { version: manifest.version, files: manifest.files };
  } catch {
    $('no-release').hidden = false;
  }
  // an absolute address: the snippet is pasted on another site
  $('script-url').value = new URL('../dist/', import.meta.url).href;
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
// (the form's own listener then calls update())
$('colours').addEventListener('input', (event) => {
  const name = event.target.dataset?.colour;
  if (name) state.colours[editedTheme()][name] = event.target.value.toLowerCase();
});
$('colours').addEventListener('click', (event) => {
  const name = event.target.dataset?.reset;
  if (!name) return;
  delete state.colours[editedTheme()][name];
  update();
});
// `theme="auto"` follows this browser's setting: so do the pickers
window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', update);
$('copy-html').addEventListener('click', () => copy($('html-code')));
$('copy-css').addEventListener('click', () => copy($('css-code')));
for (const button of document.querySelectorAll('[data-ui-lang]')) {
  button.addEventListener('click', () => {
    uiLang = button.dataset.uiLang;
    translate();
    fillFontSizes();
    update();
  });
}

buildTagChoices();
buildColourFields();
fillOpcos();
translate();
fillFontSizes();
await loadRelease();
update();
// elements defined later (a slower script, a newer bundle) become selectable
for (const tag of Object.keys(WIDGETS)) customElements.whenDefined(tag).then(refreshAvailability);
form.dataset.ready = 'true';
