// The screenshot stage (scripts/screenshots.mjs): one element, from the query string, built with the DOM
// (no markup from strings). ?tag=opco-finder&a=idcc:1979&a=company-lookup:off&lang=en&theme=dark
const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'fr';
const theme = params.get('theme') ?? 'light';
document.documentElement.lang = lang;
document.body.classList.toggle('dark', theme === 'dark');
const el = document.createElement(params.get('tag') ?? 'opco-finder');
for (const pair of params.getAll('a')) {
  const at = pair.indexOf(':');
  el.setAttribute(at < 0 ? pair : pair.slice(0, at), at < 0 ? '' : pair.slice(at + 1));
}
el.setAttribute('theme', theme);
document.getElementById('stage').append(el);
