// The explainer's data (its other cards, sources, money flows) answers 404: the first tab stays, the
// others say the server answered an error, for the site to fix. Built files (test/server/routes.mjs).
import { describeExplainerFailure } from './explainer-failure.js';

describeExplainerFailure("an explainer's data that answers 404 (built files)", 'missing', { why: 'erreur (404)', warning: /HTTP 404/ });
