// The five scheme cards of the funding explainer, with their derived source list and "as of" date.
import { FUNDING_SOURCES, type SourceKey } from '../../generated/funding-sources.js';
import type { Scheme, SchemeDefinition, SchemeId } from '../scheme-types.js';
import type { Audience, PartialDate, Sourced } from '../types.js';
import { APPRENTISSAGE } from './apprentissage.js';
import { CPF } from './cpf.js';
import { PLAN_MOINS_50 } from './plan-moins-50.js';
import { PROFESSIONNALISATION } from './professionnalisation.js';
import { RECONVERSION } from './reconversion.js';
import { deepFreeze } from '../../freeze.js';

/** Every sourced item of a scheme, legal references included. */
function sourcedItems(def: SchemeDefinition): Sourced[] {
  const legal = [...def.legalReferences, ...def.payments.flatMap((p) => p.legal ?? [])];
  return [def.summary, ...def.eligibility, ...def.payments, ...def.steps, ...def.notes, ...legal];
}

/** Newest dated source among `keys` ('' when none is dated). */
export function newestSourceDate(keys: readonly SourceKey[]): PartialDate {
  let newest = '';
  try {
    if (!Array.isArray(keys)) return '';
    for (const key of keys.slice(0, 1000)) {
      const info = typeof key === 'string' && Object.hasOwn(FUNDING_SOURCES, key) ? FUNDING_SOURCES[key as SourceKey] : undefined;
      if (info?.date && info.date > newest) newest = info.date;
    }
  } catch {
    return ''; // keys that cannot be read
  }
  return newest;
}

function withDerived(def: SchemeDefinition): Scheme {
  const items = sourcedItems(def);
  const sources = [...new Set(items.flatMap((i) => i.sources))];
  return {
    ...def,
    sources,
    asOf: newestSourceDate(sources),
    hasUnconfirmed: items.some((i) => !i.confirmed),
  };
}

export const SCHEMES: Readonly<Record<SchemeId, Scheme>> = {
  apprentissage: withDerived(APPRENTISSAGE),
  professionnalisation: withDerived(PROFESSIONNALISATION),
  reconversion: withDerived(RECONVERSION),
  'plan-moins-50': withDerived(PLAN_MOINS_50),
  cpf: withDerived(CPF),
};

export const SCHEME_IDS: readonly SchemeId[] = /* @__PURE__ */ deepFreeze(['apprentissage', 'professionnalisation', 'reconversion', 'plan-moins-50', 'cpf']);

/** Suggested card order per audience (presentation hint, not a legal fact). */
export const SCHEME_ORDER: Readonly<Record<Audience, readonly SchemeId[]>> = /* @__PURE__ */ deepFreeze({
  employer: ['apprentissage', 'professionnalisation', 'plan-moins-50', 'reconversion', 'cpf'],
  apprentice: ['apprentissage', 'professionnalisation', 'cpf', 'reconversion', 'plan-moins-50'],
  'training-centre': ['apprentissage', 'professionnalisation', 'reconversion', 'cpf', 'plan-moins-50'],
});

export function isSchemeId(value: unknown): value is SchemeId {
  return typeof value === 'string' && (SCHEME_IDS as readonly string[]).includes(value);
}

/** The scheme for an id coming from an attribute; undefined for anything else. */
export function getScheme(id: unknown): Scheme | undefined {
  return isSchemeId(id) ? SCHEMES[id] : undefined;
}
