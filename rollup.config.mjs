// Two self-contained ES modules:
//   dist/opco-widgets.js — every element, Lit and the data inlined (the one file partners load);
//   dist/data.js         — the data module alone (no DOM, no Lit), for Node and browsers.
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
];
