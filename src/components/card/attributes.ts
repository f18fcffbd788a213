// The card's attributes, in the platform's format (read through its readers).
import { COMPACT_SPEC, defineAttributes, HEADED_SPEC, specOf } from '../../platform/attribute-spec.js';

/** Every attribute of `<opco-card>`. */
export const CARD_SPEC = defineAttributes('opco-card', [
  ...HEADED_SPEC,
  COMPACT_SPEC,
  {
    prop: 'opco',
    attr: 'opco',
    type: 'string',
    max: 40,
    default: null,
    warning: 'is not valid; write an OPCO id, e.g. opco="akto". Valid ids are listed in the README.',
  },
]);

export const OPCO_SPEC = specOf(CARD_SPEC, 'opco');
