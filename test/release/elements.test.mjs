// The places that cannot import the list of elements (scripts/lib/files.mjs) agree with it: adding an
// element is its folder, one entry in that list, and what this test then asks for.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ALL_IN_ONE, ELEMENT_FILES } from '../../scripts/lib/files.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(join(repo, path), 'utf8');

describe('the list of elements (scripts/lib/files.mjs)', () => {
  const pkg = JSON.parse(read('package.json'));

  for (const { name, tag, source, file } of ELEMENT_FILES) {
    it(`<${tag}>: its source defines it, src/index.ts exports it, the package exports it, it has tests and a story`, () => {
      assert.match(read(source), new RegExp(`['"]${tag}['"]`), `${source} names <${tag}>`);
      assert.match(read('src/index.ts'), new RegExp(`export \\* from '\\./${source.slice('src/'.length).replace(/\.ts$/, '.js')}';`));
      assert.deepEqual(pkg.exports[`./${name}`], { types: `./dist/types/${source.slice('src/'.length).replace(/\.ts$/, '.d.ts')}`, default: `./${file}` });
      assert.ok(existsSync(join(repo, 'test/components', name)) || name === 'provider', `test/components/${name}/`);
      assert.ok(existsSync(join(repo, 'stories', `${tag}.stories.ts`)), `stories/${tag}.stories.ts`);
      assert.ok(read('README.md').includes(`\`${tag}\``), `the README names <${tag}>`);
    });
  }

  it('the package exports nothing else, and the all-in-one file as its main entry', () => {
    const subpaths = Object.keys(pkg.exports).filter((k) => !['.', './data', './custom-elements.json', './package.json'].includes(k));
    assert.deepEqual(subpaths.sort(), ELEMENT_FILES.map((e) => `./${e.name}`).sort());
    assert.equal(pkg.exports['.'].default, `./${ALL_IN_ONE}`);
    assert.equal(pkg.main, ALL_IN_ONE);
  });

  it("the README's file table has a row per file a page loads", () => {
    const readme = read('README.md');
    for (const { file, tag } of ELEMENT_FILES) {
      assert.match(readme, new RegExp(`^\\| [^|]+ \\| \`${file.slice('dist/'.length)}\``, 'm'), `a row for ${tag}`);
    }
    assert.match(readme, new RegExp(`^\\| [^|]+ \\| \`${ALL_IN_ONE.slice('dist/'.length)}\``, 'm'));
  });
});
