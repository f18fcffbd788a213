// Issue #25: every text size of every widget is a step of the type scale (src/platform/base.styles.ts:
// --_fs-sm … --_fs-xxl, and --_fs-drawing / --_fs-drawing-sm for text drawn inside an SVG diagram).
// The sources are read: a font-size that is not one of these tokens (or the host's base size) fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

async function sources(dir) {
  const out = [];
  for (const entry of await readdir(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) out.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return out;
}

const ALLOWED = /^var\(--_(fs-(sm|md|lg|xl|xxl|drawing|drawing-sm)|size)\)$/;

test('every font-size in the widgets’ styles and templates is a token of the type scale', async () => {
  const files = [...(await sources('src/components')), ...(await sources('src/platform'))];
  const bad = [];
  let seen = 0;
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    // CSS declarations (styles, templates) and SVG attributes
    for (const m of text.matchAll(/font-size\s*[:=]\s*["']?([^;"'\n]+)/g)) {
      // the tokens' own definitions and the JSDoc lines that name them
      if (/--opco-font-size/.test(m[0]) || m[1].startsWith('var(--opco-font-size')) continue;
      seen++;
      if (!ALLOWED.test(m[1].trim())) bad.push(`${file.slice(root.length)}: font-size: ${m[1].trim()}`);
    }
  }
  assert.ok(seen > 40, `the scan found the widgets' font sizes (${seen})`);
  assert.deepEqual(bad, []);
});

test('the scale has five steps, each a multiple of the host’s size', async () => {
  const styles = await readFile(join(root, 'src/platform/base.styles.ts'), 'utf8');
  const steps = [...styles.matchAll(/--_fs-(sm|md|lg|xl|xxl):/g)].map((m) => m[1]);
  assert.deepEqual(steps, ['sm', 'md', 'lg', 'xl', 'xxl']);
});
