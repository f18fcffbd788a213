// The card's attributes, in the platform's format (read through its readers).
import { COMPACT_SPEC, defineAttributes, HEADED_SPEC, specOf } from '../../platform/attribute-spec.js';
import { AUDIENCE_SPEC } from '../../platform/next-step.js';

/** Every attribute of `<opco-card>`. */
export const CARD_SPEC = defineAttributes('opco-card', [
  ...HEADED_SPEC,
  COMPACT_SPEC,
  AUDIENCE_SPEC,
  { prop: 'detail', attr: 'detail', type: 'boolean', default: false, reflect: true, warning: '' },
  // set by the finder, whose answer shows the next step above the card
  { prop: 'withNextStep', attr: null, type: 'boolean', default: true, warning: '' },
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
