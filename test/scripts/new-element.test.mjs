// `npm run new-element <name>` on a scratch copy of the repository (never on this one): the element's
// folder, story and tests are written, every list of elements agrees (test/release/elements.test.mjs and the
// naming rules pass there), and the new files type-check.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ELEMENT_FILES } from '../../scripts/lib/files.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run new-element', () => {
  let copy;
  const run = (args) => execFileSync(process.execPath, args, { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'opco-new-element-'));
    for (const path of [
      'package.json',
      'README.md',
      'tsconfig.json',
      'scripts',
      'src',
      'stories',
      'test/release/elements.test.mjs',
      'test/scripts/names.test.mjs',
    ]) {
      cpSync(join(repo, path), join(copy, path), { recursive: true });
    }
    for (const { name } of ELEMENT_FILES) mkdirSync(join(copy, 'test/components', name), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  it('refuses a name that is not kebab-case, or an element that exists', () => {
    for (const bad of ['Training', 'opco-x', 'card', '']) assert.throws(() => run(['scripts/new-element.mjs', bad]), bad);
  });

  it('writes <opco-training-finder> where every list of elements expects it', () => {
    const out = run(['scripts/new-element.mjs', 'training-finder']);
    assert.match(out, /<opco-training-finder> scaffolded/);
    for (const path of [
      'src/components/training-finder/opco-training-finder.ts',
      'src/components/training-finder/opco-training-finder.styles.ts',
      'src/components/training-finder/opco-training-finder.messages.ts',
      'src/components/training-finder/opco-training-finder.en.json',
      'src/components/training-finder/attributes.ts',
      'stories/opco-training-finder.stories.ts',
      'test/components/training-finder/opco-training-finder.test.ts',
    ]) {
      assert.ok(existsSync(join(copy, path)), path);
    }
    assert.deepEqual(JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).exports['./training-finder'], {
      types: './dist/types/components/training-finder/opco-training-finder.d.ts',
      default: './dist/opco-training-finder.js',
    });
    // the checks of the lists and of the names, in the copy
    run(['--test', 'test/release/elements.test.mjs', 'test/scripts/names.test.mjs']);
  });

  it('the new element, its test and its story type-check', () => {
    writeFileSync(
      join(copy, 'tsconfig.new.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        include: [],
        files: [
          'src/components/training-finder/opco-training-finder.ts',
          'test/components/training-finder/opco-training-finder.test.ts',
          'stories/opco-training-finder.stories.ts',
        ],
      }),
    );
    run([join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.new.json']);
  });
});
