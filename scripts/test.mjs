// `npm test`: the three layers (CONTRIBUTING, "Tests"), each its own package.json script, one after the
// other and stopping at the first that fails. One overlap: when dist/ has to be built first
// (scripts/ensure-built.mjs: a fresh clone, or sources newer than dist/), the unit layer, which needs
// nothing built, runs beside the build (on 2 cores, 46 → 39 s); its output is held and printed whole
// once both are done, so that the two never interleave.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

/** Runs a command; `held`: its output is kept and given back instead of shown as it comes. */
function run(command, args, { held = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' });
    const out = [];
    child.stdout?.on('data', (chunk) => out.push(chunk));
    child.stderr?.on('data', (chunk) => out.push(chunk));
    child.on('error', (error) => out.push(Buffer.from(`${command}: ${error.message}\n`)));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(out).toString('utf8') }));
  });
}

const stopOn = (code, what) => {
  if (code === 0) return;
  console.error(`npm test: ${what} failed (${seconds(started)}).`);
  process.exit(code);
};

stopOn((await run('node', ['scripts/check-browser.mjs'])).code, 'the browser check');

const unitStarted = performance.now();
const unit = run(npm, ['run', '--silent', 'test:unit'], { held: true }).then((result) => ({ ...result, took: seconds(unitStarted) }));
const build = await run('node', ['scripts/ensure-built.mjs']);
const unitResult = await unit;
process.stdout.write(`\n── unit layer (${unitResult.took}) ──\n${unitResult.output}`);
stopOn(unitResult.code, 'the unit layer');
stopOn(build.code, 'the build');

stopOn((await run(npm, ['run', '--silent', 'test:browser'])).code, 'the browser layer');
stopOn((await run(npm, ['run', '--silent', 'test:dist'])).code, 'the dist layer');
console.log(`npm test: unit, browser and dist layers passed in ${seconds(started)}.`);
