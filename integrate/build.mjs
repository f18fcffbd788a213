// Builds the React snippet page's app (npm run build): React 19 ships CommonJS only, so a
// browser cannot import it as it is. esbuild (already used by the test runner) bundles
// integrate/react/app.jsx with React into one ES module, integrate/react/app.js (not committed:
// it is about 220 KB of React, rebuilt in well under a second).
// The Vue page needs no build: Vue ships an ES module for browsers (vue.runtime.esm-browser).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

await build({
  entryPoints: [here('./react/app.jsx')],
  outfile: here('./react/app.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  // React's production build: no dev warnings, and what partners ship
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log('integrate/react/app.js built (React 19 snippet page).');
