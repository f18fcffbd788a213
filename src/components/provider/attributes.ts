// The provider's attributes and properties, in the platform's format.
import { defineAttributes, LINK_SPEC, THEMES_SPEC } from '../../platform/attribute-spec.js';

/** Every attribute and property of `<opco-provider>` (`lang` is the global attribute, read apart). */
export const PROVIDER_SPEC = defineAttributes('opco-provider', [
  THEMES_SPEC,
  LINK_SPEC,
  { prop: 'data', attr: null, type: 'object', default: null, warning: 'is not valid; give a dataset made by createOpcoData(); the bundled data is used.' },
  { prop: 'selection', attr: null, type: 'object', default: null, warning: 'is not valid; give { opcoId, idcc, headcount }; nothing is shared.' },
]);
