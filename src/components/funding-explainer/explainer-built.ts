/**
 * The explainer's fetched data as built into its script by scripts/rollup/explainer-data.mjs, which
 * replaces the placeholder below: per language, the JSON file next to the script and its integrity;
 * the number of money flows (the diagram's summary says it before the data is in) and the newest
 * source date of the first card. In the sources there is none: explainer-rest.ts is imported instead.
 */
import type { Lang } from '../../platform/i18n.js';

export interface ExplainerBuilt {
  readonly files: Readonly<Record<Lang, readonly [file: string, integrity: string]>>;
  readonly flows: number;
  readonly firstAsOf: string;
}

const BUILT: string = '__explainer_data__';

export const built: ExplainerBuilt | undefined = BUILT.startsWith('{') ? (JSON.parse(BUILT) as ExplainerBuilt) : undefined;
