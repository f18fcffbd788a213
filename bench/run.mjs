// `npm run bench`: builds, then runs every bench/*.bench.mjs (each exports `run()` and prints
// its own figures). Figures, not pass/fail: timings are reported, never asserted.
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

execSync('npx rollup -c --silent', { stdio: 'inherit' });
const only = process.argv[2];
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const { run } = await import(new URL(file, import.meta.url));
  await run();
}
