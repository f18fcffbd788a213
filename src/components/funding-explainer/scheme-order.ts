/**
 * The scheme ids and their order per audience, as in the data module (src/data/funding/schemes/index.ts,
 * which the explainer does not import: it holds every card); test/components/funding-explainer checks
 * that both say the same.
 */
import type { SchemeId } from '../../data/funding/scheme-types.js';
import type { Audience } from '../../data/funding/types.js';

export const SCHEME_IDS: readonly SchemeId[] = ['apprentissage', 'professionnalisation', 'reconversion', 'plan-moins-50', 'cpf'];

export const SCHEME_ORDER: Readonly<Record<Audience, readonly SchemeId[]>> = {
  employer: ['apprentissage', 'professionnalisation', 'plan-moins-50', 'reconversion', 'cpf'],
  apprentice: ['apprentissage', 'professionnalisation', 'cpf', 'reconversion', 'plan-moins-50'],
  'training-centre': ['apprentissage', 'professionnalisation', 'reconversion', 'cpf', 'plan-moins-50'],
};
