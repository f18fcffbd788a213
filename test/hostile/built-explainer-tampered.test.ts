// The explainer's data changed on the way (one byte): refused by its integrity. The first tab stays,
// the others say the file was refused. Built files (test/server/routes.mjs).
import { describeExplainerFailure } from './explainer-failure.js';

describeExplainerFailure("an explainer's data changed on the way (built files)", 'tampered', {
  why: 'a été refusé',
  warning: /refused: it is not the file published/,
});
