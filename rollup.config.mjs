// Two self-contained ES modules:
//   dist/opco-widgets.js — every element, Lit and the data inlined (the one file partners load);
//   dist/data.js         — the data module alone (no DOM, no Lit), for Node and browsers;
//   dist/opco-apprentice-pay.js — <opco-apprentice-pay> alone, with its own Lit, loaded only by pages
//                          that show it (not part of opco-widgets.js).
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyCss } from './scripts/rollup/minify-css.mjs';

const plugins = () => [
  resolve({ browser: true }),
  // noEmitOnError: a type error fails the build instead of shipping a bundle
  typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, include: ['src/**/*.ts'] }),
  minifyCss(),
  terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
];

/**
 * The pay element extends the shared base element, which falls back on the bundled OPCO tables
 * (`opcoData`) when no provider gives data. The pay element never reads them: in its own file the
 * base element's data import is a stub, so the file does not carry the OPCO and IDCC tables.
 */
const withoutOpcoTables = () => ({
  name: 'without-opco-tables',
  resolveId(source, importer) {
    if (source === '../data/index.js' && importer?.replace(/\\/g, '/').endsWith('/src/platform/opco-element.ts')) return '\0no-opco-tables';
    return null;
  },
  load(id) {
    return id === '\0no-opco-tables' ? 'export const opcoData = undefined;' : null;
  },
});

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/opco-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
  },
  {
    input: 'src/data/index.ts',
    output: { file: 'dist/data.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  {
    input: 'src/components/apprentice-pay/opco-apprentice-pay.ts',
    output: { file: 'dist/opco-apprentice-pay.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [withoutOpcoTables(), ...plugins()],
  },
];
