// Before the tests: the integration tests load the built bundle, so build when dist/ is missing
// or older than any source file (CI has just built: nothing to do).
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_IN_ONE, ELEMENT_FILES } from './lib/files.mjs';

const root = new URL('..', import.meta.url).pathname;
const newest = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? (entry.name === 'node_modules' ? 0 : newest(path)) : statSync(join(root, path)).mtimeMs);
  }, 0);

let built = 0;
try {
  built = Math.min(
    ...[ALL_IN_ONE, ...ELEMENT_FILES.map((f) => f.file), 'dist/data.js', 'dist/release.json', 'custom-elements.json'].map(
      (f) => statSync(join(root, f)).mtimeMs,
    ),
  );
} catch {
  /* not built yet */
}
const sources = Math.max(newest('src'), newest('scripts'), statSync(join(root, 'package.json')).mtimeMs, statSync(join(root, 'rollup.config.mjs')).mtimeMs);
if (built < sources) {
  console.log(built ? 'dist/ is older than src/: building first.' : 'dist/ is missing: building first.');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
}
