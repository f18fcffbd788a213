// The explainer's data changed on the way (one byte): refused by its integrity. The first tab stays,
// the others say the file was refused. Built files (test/server/routes.mjs).
import { requireBuild } from '../integration/helpers.js';
import { explainerSaysWhatFailed, loadExplainer, type ExplainerPage } from './explainer-failure.js';

describe("an explainer's data changed on the way (built files)", function () {
  this.timeout(20000);
  let page: ExplainerPage;
  before(async () => {
    await requireBuild();
    page = await loadExplainer('tampered');
  });

  it('keeps its first tab; the other tabs, the sources and the diagram say the file was refused; one warning', async () => {
    await explainerSaysWhatFailed(page, 'n’a pas pu être chargée', 'a été refusé', /refused: it is not the file published/);
  });
});
