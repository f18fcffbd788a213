/**
 * The explainer's first tab (apprenticeship, first for every audience) is in its script: it renders
 * without a request. Its derived fields are those of the data module's SCHEMES (schemes/index.ts,
 * which this file does not import: it would bring every card and every source into the script); the
 * newest source date comes with the fetched sources in the sources, built into the script otherwise.
 */
import { APPRENTISSAGE } from '../../data/funding/schemes/apprentissage.js';
import type { Scheme, SchemeDefinition } from '../../data/funding/scheme-types.js';
import type { Sourced } from '../../data/funding/types.js';
import { firstAsOf } from './explainer-data.js';
import { REST } from './explainer-rest.js';

function derive(def: SchemeDefinition): Scheme {
  const legal = [...def.legalReferences, ...def.payments.flatMap((p) => p.legal ?? [])];
  const items: Sourced[] = [def.summary, ...def.eligibility, ...def.payments, ...def.steps, ...def.notes, ...legal];
  const sources = [...new Set(items.flatMap((i) => i.sources))];
  let asOf = firstAsOf() ?? '';
  if (REST) for (const key of sources) asOf = [asOf, REST.sources[key]?.date ?? ''].sort().at(-1)!;
  return { ...def, sources, asOf, hasUnconfirmed: items.some((i) => !i.confirmed) };
}

// frozen at its top only: walking it now would read its English texts before the pack is in (language-packs.mjs)
export const FIRST_SCHEME: Scheme = Object.freeze(derive(APPRENTISSAGE));
