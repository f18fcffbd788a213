// CI's first step after `npm ci`: the README's `npm start`, as a newcomer runs it. Starts it in its own
// process group, waits for the demo URL it prints, fetches the demo page and one built file over HTTP,
// then stops the server by its PID (the whole group: npm and the node server under it).
import { spawn } from 'node:child_process';

const LIMIT_MS = 300_000;
const child = spawn('npm', ['start'], { detached: true, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PORT: '0' } });
const stop = () => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
const timer = setTimeout(() => {
  console.error(`npm start printed no demo URL within ${LIMIT_MS / 1000} s`);
  stop();
  process.exit(1);
}, LIMIT_MS);

let out = '';
child.on('exit', (code) => {
  if (!out.includes('Demo partner page:')) {
    console.error(`npm start exited (${code}) before serving the demo`);
    process.exit(1);
  }
});
child.stdout.setEncoding('utf8');
child.stdout.on('data', async (chunk) => {
  process.stdout.write(chunk);
  const before = out;
  out += chunk;
  const match = /Demo partner page: (\S+)/.exec(out);
  if (!match || /Demo partner page: (\S+)/.test(before)) return;
  const demo = match[1];
  try {
    const page = await fetch(demo);
    const html = await page.text();
    if (!page.ok || !html.includes('<opco-finder')) throw new Error(`${demo} answered ${page.status} without an <opco-finder>`);
    const script = await fetch(new URL('../dist/opco-finder.js', demo));
    const js = await script.text();
    if (!script.ok || !/javascript/.test(script.headers.get('content-type') ?? '') || js.length < 10_000) {
      throw new Error(`dist/opco-finder.js answered ${script.status} (${script.headers.get('content-type')}, ${js.length} B)`);
    }
    console.log(`\nnpm start: ${demo} (${html.length} B) and dist/opco-finder.js (${js.length} B) answer over HTTP; stopping the server (PID ${child.pid}).`);
    clearTimeout(timer);
    child.removeAllListeners('exit');
    stop();
    process.exit(0);
  } catch (error) {
    console.error(`npm start serves, but: ${error.message}`);
    stop();
    process.exit(1);
  }
});
