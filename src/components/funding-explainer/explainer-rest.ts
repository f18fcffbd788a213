/**
 * What the explainer shows beyond its first tab: the other four scheme cards, the funding sources
 * (every card's list of sources) and the money-flow diagram. In the sources (tests, Storybook) it is
 * imported as is; in a built file it is not in the script: scripts/rollup/explainer-data.mjs
 * serializes it at build time into one JSON file per language (`opco-funding-explainer-data.fr.<hash>.json`,
 * `….en.<hash>.json`), integrity-checked, which explainer-data.ts fetches when the page is idle or a
 * tab is chosen, and replaces this module by `REST = undefined`.
 */
import { FUNDING_SOURCES } from '../../data/generated/funding-sources.js';
import { MONEY_FLOW_EDGES, MONEY_FLOW_NODES } from '../../data/funding/money-flow.js';
import { SCHEMES } from '../../data/funding/schemes/index.js';
import type { ExplainerRest } from './explainer-data.js';

export const REST: ExplainerRest | undefined = {
  schemes: {
    professionnalisation: SCHEMES.professionnalisation,
    reconversion: SCHEMES.reconversion,
    'plan-moins-50': SCHEMES['plan-moins-50'],
    cpf: SCHEMES.cpf,
  },
  sources: FUNDING_SOURCES,
  flow: { nodes: MONEY_FLOW_NODES, edges: MONEY_FLOW_EDGES },
};
