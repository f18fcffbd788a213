// The one list of the elements and of the files partners load. The build (rollup.config.mjs), the size
// budgets (npm run size), the release record, the bench pages, the package's exports, src/index.ts, the
// README's file table and the test lists all follow it; test/release/elements.test.mjs checks that the
// places that cannot import it (package.json, src/index.ts, README.md, stories/, test/components/) agree.
// A new element: its folder under src/components/<name>/, one entry here, then what that test asks for.

/**
 * One self-contained file per element (its own Lit), beside dist/opco-widgets.js which has them all.
 * `name`: the folder under src/components/ and test/components/, and the package subpath (`opco-widgets/<name>`);
 * `table`: fetches the convention table; `budget`: gzip bytes of its file (npm run size fails above);
 * `goal`: gzip bytes before the first render that we aim for (printed by npm run size).
 */
export const ELEMENT_FILES = [
  // the finder's file carries the table's untitled rows (+6.8 kB gzip over main's 56.5 kB) to answer an IDCC before the table
  { name: 'finder', tag: 'opco-finder', table: true, budget: 67_500, goal: 35_000 },
  { name: 'card', tag: 'opco-card', table: false, budget: 19_500, goal: 15_000 },
  // the branch list's carries the names and integrities of the 11 OPCO slices (+1.6 kB gzip)
  { name: 'branch-list', tag: 'opco-branch-list', table: true, budget: 39_000, goal: 35_000 },
  { name: 'funding-explainer', tag: 'opco-funding-explainer', table: false, budget: 48_500, goal: 45_000 },
  { name: 'apprentice-pay', tag: 'opco-apprentice-pay', table: false, budget: 34_500 },
  { name: 'provider', tag: 'opco-provider', table: false, budget: 9_500 },
].map((e) => ({ ...e, file: `dist/${e.tag}.js`, source: `src/components/${e.name}/${e.tag}.ts` }));

/** The all-in-one file. */
export const ALL_IN_ONE = 'dist/opco-widgets.js';

/**
 * Budgets (gzip bytes) of the other files partners load: the all-in-one file, the convention table
 * (`dist/opco-conventions.json` stands for this build's opco-conventions.<hash>.json) and the data module.
 */
export const OTHER_BUDGETS = [
  { file: ALL_IN_ONE, budget: 118_000, goal: 90_000 },
  { file: 'dist/opco-conventions.json', budget: 47_500 },
  { file: 'dist/data.js', budget: 108_500 },
];
