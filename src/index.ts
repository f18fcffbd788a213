/**
 * The all-in-one file (dist/opco-widgets.js): every element, for pages that show several of them or
 * a provider; a page with one element loads that element's own file (dist/opco-<element>.js). Importing a module defines its element
 * (guarded: a second copy of the bundle on the page is harmless). The provider comes first
 * so that widgets upgraded after it find their context at once.
 */
export * from './components/provider/opco-provider.js';
export * from './components/card/opco-card.js';
export * from './components/finder/opco-finder.js';
export * from './components/branch-list/opco-branch-list.js';
export * from './components/funding-explainer/opco-funding-explainer.js';
export * from './components/apprentice-pay/opco-apprentice-pay.js';
export { VERSION } from './platform/version.js';
export type { PageSelection, HeadcountRange, Theme } from './platform/context.js';
export type { OpcoFoundDetail, OpcoNotFoundDetail } from './platform/events.js';
export type { Lang } from './platform/i18n.js';
