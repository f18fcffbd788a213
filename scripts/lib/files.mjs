// The files partners load, one list for the build, the size budgets, the release and the tests.

/** One self-contained file per element (its own Lit), beside dist/opco-widgets.js which has them all. */
export const ELEMENT_FILES = [
  { tag: 'opco-finder', file: 'dist/opco-finder.js', source: 'src/components/finder/opco-finder.ts', table: true },
  { tag: 'opco-card', file: 'dist/opco-card.js', source: 'src/components/card/opco-card.ts', table: false },
  { tag: 'opco-branch-list', file: 'dist/opco-branch-list.js', source: 'src/components/branch-list/opco-branch-list.ts', table: true },
  { tag: 'opco-funding-explainer', file: 'dist/opco-funding-explainer.js', source: 'src/components/funding-explainer/opco-funding-explainer.ts', table: false },
  { tag: 'opco-apprentice-pay', file: 'dist/opco-apprentice-pay.js', source: 'src/components/apprentice-pay/opco-apprentice-pay.ts', table: false },
  { tag: 'opco-provider', file: 'dist/opco-provider.js', source: 'src/components/provider/opco-provider.ts', table: false },
];

/** The all-in-one file. */
export const ALL_IN_ONE = 'dist/opco-widgets.js';
