// The explainer's data (its other cards, sources, money flows) answers 404: the first tab stays, the
// others say the server answered an error, for the site to fix. Built files (test/server/routes.mjs).
import { requireBuild } from '../integration/helpers.js';
import { explainerSaysWhatFailed, loadExplainer, type ExplainerPage } from './explainer-failure.js';

describe("an explainer's data that answers 404 (built files)", function () {
  this.timeout(20000);
  let page: ExplainerPage;
  before(async () => {
    await requireBuild();
    page = await loadExplainer('missing');
  });

  it('keeps its first tab; the other tabs, the sources and the diagram say the server answered an error (404); one warning', async () => {
    await explainerSaysWhatFailed(page, 'n’a pas pu être chargée', 'erreur (404)', /HTTP 404/);
  });
});
