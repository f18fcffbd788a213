// The lower bound of bench:load: for each page, a plain Lit element with the same tag, the same CSS and
// the same markup as ours once it has rendered, and nothing else: no data but what that render shows,
// no request. It is what the page would cost if our element needed only its own first render.
//
// captureShadow(page, tag): our element's shadow DOM as a tree (elements, attributes, texts, nested
// shadow roots with their adopted CSS), read in a page where it has rendered.
// buildBound({ tag, first, answer }, outFile): a module (Lit + that tree) bundled and minified as ours
// are (node-resolve, terser). With `answer`, Enter in it renders the answer's tree (the finder's
// "1979" + Enter).
import { writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Runs in the page: the shadow tree of the first `tag` element, with its adopted style sheets' text. */
function serializeShadow(tag) {
  const sheets = (root) =>
    [...(root.adoptedStyleSheets ?? [])].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n') +
    [...root.querySelectorAll(':scope > style')].map((s) => s.textContent).join('\n');
  const node = (n) => {
    if (n.nodeType === Node.TEXT_NODE) return { t: n.data };
    if (n.nodeType !== Node.ELEMENT_NODE || n.localName === 'style') return null;
    const a = [...n.attributes].map((at) => [at.name, at.value]);
    if ((n.localName === 'input' || n.localName === 'textarea') && n.value && !n.hasAttribute('value')) a.push(['value', n.value]);
    return { e: n.localName, a, c: [...n.childNodes].map(node).filter(Boolean), s: n.shadowRoot ? shadow(n.shadowRoot) : undefined };
  };
  const shadow = (root) => ({ css: sheets(root), c: [...root.childNodes].map(node).filter(Boolean) });
  const el = document.querySelector(tag);
  return shadow(el.shadowRoot);
}

export const captureShadow = (page, tag) => page.evaluate(serializeShadow, tag);

/** The bound element's module: Lit, the trees, and a render that builds them (DOM calls only: strict CSP and Trusted Types hold). */
const moduleSource = ({ tag, first, answer }) => `import { LitElement, unsafeCSS } from 'lit';
const T = JSON.parse(${JSON.stringify(JSON.stringify({ first, answer }))});
function build(n) {
  if (n.t !== undefined) return document.createTextNode(n.t);
  const el = document.createElement(n.e);
  for (const [k, v] of n.a) {
    if (k === 'style') el.style.cssText = v;
    else el.setAttribute(k, v);
  }
  if (n.s) {
    const root = el.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(n.s.css);
    root.adoptedStyleSheets = [sheet];
    for (const c of n.s.c) root.append(build(c));
  }
  for (const c of n.c) el.append(build(c));
  return el;
}
class Bound extends LitElement {
  static styles = unsafeCSS(T.first.css);
  static properties = { answered: { state: true } };
  constructor() {
    super();
    this.answered = false;
  }
  connectedCallback() {
    super.connectedCallback();
    if (T.answer) this.renderRoot.addEventListener('keydown', (e) => { if (e.key === 'Enter') this.answered = true; });
  }
  render() {
    const tree = this.answered ? T.answer : T.first;
    const f = document.createDocumentFragment();
    for (const c of tree.c) f.append(build(c));
    return f;
  }
}
customElements.define(${JSON.stringify(tag)}, Bound);
`;

export async function buildBound(spec, outFile) {
  const id = '\0bound-entry';
  const bundle = await rollup({
    input: id,
    plugins: [
      { name: 'bound-entry', resolveId: (s) => (s === id ? id : null), load: (i) => (i === id ? moduleSource(spec) : null) },
      resolve({ browser: true, exportConditions: ['production'] }),
      terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  writeFileSync(outFile, output[0].code);
  return output[0].code.length;
}
