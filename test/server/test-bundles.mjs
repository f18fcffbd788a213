// Each browser test file is served as one bundle, with the code it shares with the other files in
// common chunks (esbuild, code splitting), instead of as ~190 modules. A test page then makes a dozen
// requests instead of ~190, and Chromium compiles the shared chunks once and reuses its code cache in the
// next pages: about 0.6 s of CPU less per test file, a third of the browser layer.
//
// What a page sees is unchanged:
//  - one page, one instance of each module: a test file and the sources it imports share the same chunks;
//  - `import.meta.url` in a bundled module is still that module's own URL (/src/…/x.ts), so the sources
//    fetch their packs, the convention table and the explainer's data at the same paths (the test server's
//    gates hold them there);
//  - imports of absolute paths (/dist/…, /test/variants/…, the test runner's /__web-dev-server__…) stay
//    imports: they are loaded as they were;
//  - pages that a test opens (iframes, srcdoc) load the sources or dist/ unbundled, as before.
// The bundles are built once (about half a second), at the first test file's request, from every test file
// under test/ but test/data (the unit layer); any other file is served as it is.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PREFIX = '/__test-bundles__/';

/** Every browser test file, as a path from the repository's root. */
function testFiles() {
  return readdirSync(`${root}test`, { recursive: true })
    .map((file) => `test/${String(file).replace(/\\/g, '/')}`)
    .filter((file) => file.endsWith('.test.ts') && !file.startsWith('test/data/'));
}

/** esbuild: absolute paths stay imports; each module's `import.meta.url` stays its own served URL. */
const servedAsBefore = {
  name: 'served-as-before',
  setup(b) {
    b.onResolve({ filter: /^\// }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      const url = `/${relative(root, args.path).replace(/\\/g, '/')}`;
      return {
        contents: contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(url)}, import.meta.url).href`),
        loader: args.path.endsWith('ts') ? 'ts' : 'js',
      };
    });
  },
};

/** The Web Test Runner plugin. `tsconfig`: the one the sources are compiled with (legacy decorators). */
export function testBundlesPlugin({ tsconfig }) {
  let outputs;
  // a test file esbuild cannot build (a syntax error, an import that does not resolve): nothing is bundled
  // and every file is served as it is, so that this file alone fails, with its own error
  const bundle = async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: testFiles(),
      outdir: `${root}${PREFIX.slice(1)}`,
      outbase: root,
      entryNames: '[dir]/[name]',
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'esnext',
      platform: 'browser',
      conditions: ['production'],
      tsconfig,
      sourcemap: 'linked',
      write: false,
      logLevel: 'error',
      plugins: [servedAsBefore],
    }).catch((error) => {
      console.warn(`test bundles: not built, every file served as it is (${error.message.split('\n')[0]})`);
      return { outputFiles: [] };
    });
    return new Map(result.outputFiles.map((file) => [`/${relative(root, file.path).replace(/\\/g, '/')}`, file.text]));
  };
  return {
    name: 'test-bundles',
    // `wtr --watch`: a changed file is bundled again at the next request
    serverStart({ fileWatcher }) {
      for (const event of ['change', 'add', 'unlink']) fileWatcher.on(event, () => (outputs = undefined));
    },
    async serve({ path }) {
      const bundled = path.startsWith(PREFIX) ? path : path.endsWith('.test.ts') ? `${PREFIX}${path.slice(1, -'.ts'.length)}.js` : undefined;
      if (!bundled) return undefined;
      outputs ??= bundle();
      const body = (await outputs).get(bundled);
      if (body === undefined) return undefined;
      // the test file itself: a module that imports its bundle (the runner imports the file by its own path)
      if (bundled !== path) return { body: `import ${JSON.stringify(bundled)};\n`, type: 'js' };
      return { body, type: path.endsWith('.map') ? 'json' : 'js' };
    },
  };
}
