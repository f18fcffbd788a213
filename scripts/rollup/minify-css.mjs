// Rollup plugin: squeezes the text of Lit `css\`…\`` templates (indentation, comments, spaces
// around braces and semicolons). Terser leaves template text alone, and our styles are a
// noticeable part of the bundle. Only the static parts change; `${…}` interpolations are kept.
// TypeScript emits `css `…`` (with a space) for a tagged template
const cssTemplate = /\bcss\s*`((?:[^`\\]|\\.)*)`/g;

const squeeze = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}');

/** Squeezes CSS text, leaving quoted strings (`content: ', '`) exactly as written. */
export function squeezeCss(text) {
  return text
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) => (i % 2 ? part : squeeze(part)))
    .join('')
    .trim();
}

export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(cssTemplate, (_, body) =>
        // keep interpolations intact: squeeze only the text between them
        'css`' + body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : squeezeCss(part))).join('') + '`',
      );
      return { code: out, map: null };
    },
  };
}
