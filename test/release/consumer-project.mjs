// The npm package as a partner gets it: `npm pack` from this checkout, installed into a scratch
// project in a temporary folder (its dependencies, lit and @lit/context, come from the registry),
// then used there: the data entry imported in Node, the bundle loaded from node_modules in a page
// in headless Chromium (with the README's integrity hash and a strict CSP), and the TypeScript
// declarations of the elements and events checked with tsc.
// Run by .ci/run after the build: node --test test/release/consumer-project.mjs (not part of
// `npm test`: it needs the npm registry and takes about a minute).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import sirv from 'sirv';
import { browserArgs, findBrowser } from '../../scripts/find-browser.mjs';
import { STRICT_CSP } from '../../scripts/lib/static-server.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

let scratch;
let app;
let tarball;

describe('the packed package in a scratch consumer project', () => {
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'opco-consumer-'));
    // prepack runs: builds if dist/ is missing or stale, refuses an incomplete build
    const [packed] = JSON.parse(/\[\s*\{[\s\S]*$/.exec(run(npm, ['pack', '--json', '--pack-destination', scratch], repo))[0]);
    tarball = join(scratch, packed.filename);
    app = join(scratch, 'app');
    await mkdir(app);
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }, null, 2));
    run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
  });

  after(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('installs the package with its two runtime dependencies only', async () => {
    const pkg = JSON.parse(await readFile(join(app, 'node_modules/opco-widgets/package.json'), 'utf8'));
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/context', 'lit']);
    const lock = JSON.parse(await readFile(join(app, 'package-lock.json'), 'utf8'));
    const installed = Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/') && !p.includes('/node_modules/', 13));
    assert.ok(installed.includes('node_modules/lit'));
    assert.ok(!installed.some((p) => /rollup|typescript|storybook|@web\//.test(p)), `dev tools installed: ${installed.join(', ')}`);
  });

  it('opco-widgets/data imports in Node (no DOM)', () => {
    const out = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { opcos, getOpco } from 'opco-widgets/data';
         console.log(JSON.stringify({ n: opcos.length, akto: getOpco('akto')?.shortName }));`,
      ],
      app,
    );
    assert.deepEqual(JSON.parse(out), { n: 11, akto: 'AKTO' });
  });

  it('the TypeScript declarations type the elements, their properties and events', async () => {
    await copyFile(join(repo, 'integrate/typescript/consumer.ts'), join(app, 'consumer.ts'));
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
    );
    // the project's compiler, the partner's node_modules
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app], app);
    // and a wrong event detail is refused
    await writeFile(
      join(app, 'wrong.ts'),
      `import 'opco-widgets';\ndocument.body.addEventListener('opco-found', (e) => { const n: number = e.detail.opcoId; console.log(n); });\n`,
    );
    await writeFile(join(app, 'tsconfig.wrong.json'), JSON.stringify({ extends: './tsconfig.json', files: ['wrong.ts'] }));
    assert.throws(() =>
      execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.wrong.json')], { cwd: app, stdio: 'pipe' }),
    );
  });

  for (const { file, tags } of [
    { file: 'opco-widgets.js', tags: ['opco-card', 'opco-finder'] },
    { file: 'opco-finder.js', tags: ['opco-finder'] },
  ]) {
    it(`${file} from node_modules runs in a page, with the integrity of its build and a strict CSP (the finder fetches its table)`, async () => {
      // the hash the build gave this file (dist/release.json); the packed file must be those bytes
      const { files } = JSON.parse(await readFile(join(repo, 'dist/release.json'), 'utf8'));
      const integrity = files.find((f) => f.file === file)?.integrity;
      assert.ok(integrity, `dist/release.json gives ${file} with an integrity hash`);
      await writeFile(
        join(app, 'index.html'),
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>partner</title><link rel="icon" href="data:,">
<script type="module" src="/node_modules/opco-widgets/dist/${file}" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body>${tags.includes('opco-card') ? '<opco-card opco="akto"><a href="https://www.akto.fr/">Fallback link</a></opco-card>' : ''}
<opco-finder idcc="1979"><a href="https://www.francecompetences.fr/">France compétences</a></opco-finder></body></html>`,
      );
      const serve = sirv(app, { dev: true, setHeaders: (res, path) => path.endsWith('.html') && res.setHeader('Content-Security-Policy', STRICT_CSP) });
      const server = createServer((req, res) => serve(req, res, () => res.writeHead(404).end()));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const executablePath = findBrowser();
      assert.ok(executablePath, 'Chrome or Chromium is installed');
      const browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
      try {
        const page = await browser.newPage();
        const problems = [];
        const requests = [];
        page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
        page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} ${m.location()?.url ?? ''}`));
        page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        await page.goto(`http://127.0.0.1:${server.address().port}/index.html`, { waitUntil: 'load' });
        const texts = await page.evaluate(async (tags) => {
          await Promise.all(tags.map((t) => customElements.whenDefined(t)));
          // what the widget renders: the text of its shadow root and of the elements in it (the finder shows a card),
          // not the fallback link of the page
          const deepText = (node) =>
            [...(node.shadowRoot ?? node).childNodes]
              .map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : n.nodeType === Node.ELEMENT_NODE ? deepText(n) : ''))
              .join(' ');
          const out = {};
          for (const tag of tags) {
            const el = document.querySelector(tag);
            await el.updateComplete;
            for (let i = 0; i < 50 && !/AKTO/.test(deepText(el)); i++) await new Promise((r) => setTimeout(r, 100));
            out[tag] = deepText(el);
          }
          return out;
        }, tags);
        for (const tag of tags) assert.match(texts[tag], /AKTO/, tag);
        assert.deepEqual(problems, []);
        assert.ok(
          requests.some((p) => /\/node_modules\/opco-widgets\/dist\/opco-conventions\.[\w]+\.json$/.test(p)),
          'the finder fetched its table next to the script',
        );
      } finally {
        await browser.close();
        server.close();
      }
    });
  }
});
