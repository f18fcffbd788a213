// Self-contained ES modules, each with its own Lit, for one script tag each:
//   dist/opco-widgets.js           every element (pages with several elements, or a provider);
//   dist/opco-<element>.js         one element alone (a page that shows only a finder loads only it);
//   dist/data.js                   the data module (no DOM, no Lit), with the convention table inlined;
//   dist/opco-conventions.<hash>.json  the convention table the finder fetches as it starts (it answers an
//                                  IDCC before, from the untitled rows in its file) and a provider
//                                  (integrity-checked; see scripts/rollup/conventions-table.mjs);
//   dist/opco-conventions-<opco>.<hash>.json  one OPCO's rows, what a branch list with `opco` fetches;
//   dist/opco-funding-explainer-data.<lang>.<hash>.json  the explainer's other tabs, sources and money
//                                  flows, fetched after its first tab (scripts/rollup/explainer-data.mjs);
//   dist/opco-<element>.<lang>.<hash>.json  each file's pack per language but French, fetched before
//                                  a render in that language (scripts/rollup/language-packs.mjs).
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyCss } from './scripts/rollup/minify-css.mjs';
import { answerRowsModule, conventionSlices, conventionsAsset, jsonModule } from './scripts/rollup/conventions-table.mjs';
import { languagePacks } from './scripts/rollup/language-packs.mjs';
import { explainerData } from './scripts/rollup/explainer-data.mjs';
import { ELEMENT_FILES } from './scripts/lib/files.mjs';

const plugins = ({ widgets }) => [
  // the finder's first answers: the table's rows without titles, inlined (before resolve: it names the table)
  answerRowsModule(),
  // the explainer's other tabs, sources and diagram: opco-funding-explainer-data.<lang>.<hash>.json, fetched
  // (before resolve: it replaces a module of the sources)
  explainerData(),
  resolve({ browser: true }),
  jsonModule(),
  // TypeScript to JavaScript only (esbuild, with the tsconfig's legacy decorators, as in the tests):
  // `npm run build` type-checks the whole project once with tsc before, not once per file here
  esbuild({ tsconfig: './tsconfig.json', target: 'es2022', include: /src[\\/].*\.ts$/, minify: false, sourceMap: true }),
  conventionsAsset(),
  // a branch list's OPCO slices: opco-conventions-<opco>.<hash>.json, their integrity built in
  conventionSlices(),
  // a widgets' file: its packs per language, catalogs and data texts (dist/data.js keeps every language inline)
  languagePacks({ widgets }),
  minifyCss(),
  // MINIFY=0: readable output, for checks that read the files' behaviour and never their weight (check:language)
  ...(process.env.MINIFY === '0' ? [] : [terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } })]),
];

// The data module is pure (no DOM, nothing done at import but building constants): what an element
// does not use of it is left out of its file (the funding rules are not in the card's).
// A data text (`localText(3, '…')`, src/data/texts.ts) makes an object and nothing else: one the file
// does not use is left out, and so is its text in the file's packs.
const treeshake = { moduleSideEffects: (id) => !/[\\/]src[\\/]data[\\/]/.test(id), manualPureFunctions: ['dataTexts', 'localText'] };

/**
 * The pay element extends the shared base element, which falls back on the bundled OPCO list when
 * no provider gives data. The pay element never reads it: in its own file that import is a stub.
 */
const withoutOpcoList = () => ({
  name: 'without-opco-list',
  resolveId(source, importer) {
    if (source === './opco-list.js' && importer?.replace(/\\/g, '/').endsWith('/src/platform/opco-element.ts')) return '\0no-opco-list';
    return null;
  },
  load(id) {
    return id === '\0no-opco-list' ? 'export const bundledOpcos = undefined;' : null;
  },
});

const file = (output, input, extra = []) => ({
  input,
  output: { file: output, format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [...extra, ...plugins({ widgets: output !== 'dist/data.js' })],
  treeshake,
});

// ONLY=opco-finder npx rollup -c: one file, while working on it
const only = process.env.ONLY;
export default [
  file('dist/opco-widgets.js', 'src/index.ts'),
  ...ELEMENT_FILES.map(({ file: output, source, tag }) => file(output, source, tag === 'opco-apprentice-pay' ? [withoutOpcoList()] : [])),
  file('dist/data.js', 'src/data/index.ts'),
].filter((config) => !only || config.output.file.includes(only));
