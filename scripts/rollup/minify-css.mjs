// Rollup plugin: minifies the text of Lit `css\`…\`` templates with Lightning CSS (a maintained CSS
// parser and minifier). Terser leaves template text alone, and our styles are a noticeable part of
// the bundle. Interpolations (`${…}`) are replaced by placeholder identifiers for the minifier, then
// put back; a template the minifier cannot parse fails the build instead of shipping changed CSS.
import { transform } from 'lightningcss';

// TypeScript emits `css `…`` (with a space) for a tagged template
const cssTemplate = /\bcss\s*`((?:[^`\\$]|\\[^]|\$(?!\{))*(?:\$\{[^}]*\}(?:[^`\\$]|\\[^]|\$(?!\{))*)*)`/g;
const interpolation = /\$\{[^}]*\}/g;

/** Template source text → the string the css tag receives (the tag reads cooked strings). */
const cook = (raw) => (raw.includes('\\') ? JSON.parse(`"${raw.replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`) : raw);
/** CSS text → template source text. */
const uncook = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** Minifies one stylesheet's text. */
export function minifyCssText(text, filename = 'styles.css') {
  const { code } = transform({ filename, code: Buffer.from(text), minify: true });
  return code.toString();
}

/** Minifies a template body (source text), keeping its interpolations. */
export function minifyTemplate(body, filename) {
  const kept = [];
  const placeholder = (i) => `--opco-lit-interpolation-${i}`;
  const css = cook(body.replace(interpolation, (m) => placeholder(kept.push(m) - 1)));
  let out = uncook(minifyCssText(css, filename));
  kept.forEach((expr, i) => {
    const parts = out.split(placeholder(i));
    if (parts.length !== 2) throw new Error(`${filename}: interpolation ${expr} did not survive CSS minification`);
    out = parts.join(expr);
  });
  return out;
}

export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(cssTemplate, (_, body) => 'css`' + minifyTemplate(body, id) + '`');
      return { code: out, map: null };
    },
  };
}
