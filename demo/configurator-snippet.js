// What the configurator turns into code: one description of the chosen widget (its attributes,
// its no-JS fallback link and its colours) from which both the live preview and the copied
// snippet are made, so that they cannot differ.

/** Widgets a partner can configure, and the settings each one takes (besides lang and theme). */
export const WIDGETS = {
  'opco-finder': { settings: ['idcc', 'companyLookup', 'audience', 'compact'], fallback: 'franceCompetences' },
  'opco-card': { settings: ['opco', 'audience', 'compact'], fallback: 'opcoWebsite' },
  'opco-branch-list': { settings: ['opco', 'compact'], fallback: 'franceCompetences' },
  'opco-funding-explainer': { settings: ['audience', 'compact'], fallback: 'franceCompetences' },
  'opco-apprentice-pay': { settings: ['audience'], fallback: 'franceCompetences' },
};

/**
 * The folder the partner's files are in, from the address typed: a folder as it is (with its final
 * slash), a file's address (…/opco-widgets.js, as before each element had its own file) as its folder.
 */
export function folderOf(address) {
  const url = address.trim();
  if (url === '') return '';
  if (/\.m?js(?:[?#].*)?$/.test(url)) return url.slice(0, url.lastIndexOf('/', url.search(/[?#]|$/)) + 1);
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * The script of the chosen widget: its own file in the folder (one widget, one file; the all-in-one
 * opco-widgets.js is for pages with several widgets or a provider), under its versioned name
 * (dist/<tag>-<version>.js: a pinned address never changes content), with that file's integrity
 * from release.json. Without release.json, the plain name (dist/<tag>.js) and no integrity.
 */
export function scriptOf(state, release) {
  const name = release.version ? `${state.tag}-${release.version}.js` : `${state.tag}.js`;
  const entry = (release.files ?? []).find((f) => f.file === name);
  return { name, src: `${folderOf(state.scriptUrl)}${name}`, integrity: entry?.integrity ?? '' };
}

/** The attribute behind each setting. */
export const SETTING_ATTRIBUTES = {
  opco: 'opco',
  idcc: 'idcc',
  companyLookup: 'company-lookup',
  audience: 'audience',
  compact: 'compact',
};

/**
 * The settings of `tag` that its defined class really observes: elements are still growing, and
 * the configurator must never offer an attribute the loaded bundle ignores.
 */
export function supportedSettings(tag, registry = customElements) {
  const observed = registry.get(tag)?.observedAttributes ?? [];
  return (WIDGETS[tag]?.settings ?? []).filter((s) => observed.includes(SETTING_ATTRIBUTES[s]));
}

/**
 * The --opco-* colours offered, with each theme's defaults (src/platform/styles.ts). The widgets'
 * surface is the page's own background by default (transparent): the picker starts from white, the
 * usual page, and the contrast check reads that.
 */
export const COLOURS = {
  '--opco-color-accent': { light: '#0b6e69', dark: '#6fd3ca' },
  '--opco-color-text': { light: '#1d2329', dark: '#e8edf2' },
  '--opco-surface': { light: '#ffffff', dark: '#12171c' },
};

/** The text sizes offered for --opco-font-size ('' = the page's own size, the default). */
export const FONT_SIZES = ['', '15px', '16px', '17px', '18px', '20px'];

/** Colours the widgets draw with that the configurator does not offer, for the contrast check. */
export const FIXED_COLOURS = {
  '--opco-color-text-muted': { light: '#4f5b66', dark: '#b1bcc7' },
  '--opco-color-accent-contrast': { light: '#ffffff', dark: '#062420' },
};

export const THEMES = ['light', 'dark'];

/** The theme a widget shows: `auto` follows the visitor's system (here, this browser's). */
export const shownTheme = (theme, win = globalThis) =>
  theme === 'auto' ? (win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : theme === 'dark' ? 'dark' : 'light';

/** The colours a theme really uses: the partner's where set, else its defaults. */
export function themeColours(state, theme) {
  const out = {};
  for (const [name, byTheme] of Object.entries({ ...COLOURS, ...FIXED_COLOURS })) {
    out[name] = state.colours?.[theme]?.[name] || byTheme[theme];
  }
  return out;
}

export const FRANCE_COMPETENCES = 'https://www.francecompetences.fr/';

/**
 * The attributes of the widget, in a stable order, as [name, value] pairs; `''` is a boolean
 * attribute written without a value.
 * @param {{ tag: string, settings?: string[], opco: string, idcc: string, companyLookup: boolean, audience: string, compact: boolean, lang: string, theme: string }} state
 */
export function attributesOf(state) {
  const wants = new Set(state.settings ?? WIDGETS[state.tag]?.settings ?? []);
  const list = [];
  if (wants.has('opco') && state.opco) list.push(['opco', state.opco]);
  if (wants.has('idcc') && state.idcc.trim()) list.push(['idcc', state.idcc.trim()]);
  if (wants.has('companyLookup') && !state.companyLookup) list.push(['company-lookup', 'off']);
  if (wants.has('audience') && state.audience) list.push(['audience', state.audience]);
  if (state.lang) list.push(['lang', state.lang]);
  if (state.theme && state.theme !== 'light') list.push(['theme', state.theme]);
  if (wants.has('compact') && state.compact) list.push(['compact', '']);
  return list;
}

/** The link shown when the script cannot run (no JavaScript, blocked, old browser). */
export function fallbackOf(state, opcos, text) {
  const opco = opcos.find((o) => o.id === state.opco);
  if (WIDGETS[state.tag]?.fallback === 'opcoWebsite' && opco) {
    return { href: opco.website, text: text.fallbackOpco(opco.shortName) };
  }
  return { href: FRANCE_COMPETENCES, text: text.fallbackFinder };
}

/** Colours the partner changed in one theme, as [custom property, value] pairs. */
export function coloursOf(state, theme = 'light') {
  return Object.entries(state.colours?.[theme] ?? {}).filter(([name, value]) => value && COLOURS[name] !== undefined);
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste: the script tag (with its integrity hash), then the element and its fallback. */
export function htmlSnippet(state, release, opcos, text) {
  const script = scriptOf(state, release);
  const integrity = script.integrity && state.sri ? `\n        integrity="${script.integrity}" crossorigin="anonymous"` : '';
  const attrs = attributesOf(state)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  const link = fallbackOf(state, opcos, text);
  return (
    `<script type="module" src="${escapeAttr(script.src)}"${integrity}></script>\n` +
    `<${state.tag}${attrs}>\n` +
    `  <a href="${escapeAttr(link.href)}">${escapeText(link.text)}</a>\n` +
    `</${state.tag}>\n`
  );
}

const block = (selector, pairs) => `${selector} {\n${pairs.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n`;

/**
 * The CSS for the changed colours (empty when none): for the site's stylesheet. A colour set for
 * the light theme would also reach the dark one (a custom property inherits whatever the theme),
 * so every colour changed in either theme gets its dark value in a `[data-theme="dark"]` rule:
 * the widgets set that attribute on themselves when they show the dark theme (`theme="dark"`, or
 * `theme="auto"` on a dark system).
 */
export function cssSnippet(state) {
  // the base text size is the same in both themes: it goes with the light colours, in the element's rule
  const size = FONT_SIZES.includes(state.fontSize) && state.fontSize ? [['--opco-font-size', state.fontSize]] : [];
  const light = [...coloursOf(state, 'light'), ...size];
  const darkSet = new Map(coloursOf(state, 'dark'));
  const changed = Object.keys(COLOURS).filter((name) => light.some(([n]) => n === name) || darkSet.has(name));
  if (changed.length === 0) return light.length ? block(state.tag, light) : '';
  const dark = changed.map((name) => [name, darkSet.get(name) ?? COLOURS[name].dark]);
  return (light.length ? block(state.tag, light) : '') + block(`${state.tag}[data-theme="dark"]`, dark);
}
