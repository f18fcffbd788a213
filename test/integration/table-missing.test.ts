// A convention table that is not there (404: the partner copied the scripts without the JSON next to
// them): the finder and the branch list say it could not be loaded (role="alert"), the console tells
// the integrator where it was looked for, nothing throws, the page stays accessible. The built files come
// from /test/variants/missing/dist/ (test/server/routes.mjs: dist/ as built, the table answers 404).
import { expect } from '@open-wc/testing';
import { englishFinderInFrench, finderAndListShow, loadVariant, type FailingPage } from './table-failure.js';

const UNAVAILABLE = 'La liste des conventions collectives n’a pas pu être chargée.';

describe('a missing convention table (built files)', function () {
  this.timeout(20000);
  let failing: FailingPage;
  before(async () => (failing = await loadVariant('missing')));

  it('the finder and the branch list show that the list could not be loaded; the console says where; no error; accessible', async () => {
    const page = await finderAndListShow(UNAVAILABLE);
    const { warnings, errors } = failing;
    // one message for the page, though two of our files are on it
    const unavailable = warnings.filter((w) => w.includes('could not be loaded'));
    expect(unavailable, warnings.join('\n')).to.have.length(1);
    expect(unavailable[0]).to.match(
      /^\[opco-widgets\] the convention table http:\/\/[^ ]+\/test\/variants\/missing\/dist\/opco-conventions\.[0-9a-f]+\.json could not be loaded/,
    );
    // the server answered (404): the advice is to serve the file, not CORS or the CSP
    expect(unavailable[0]).to.contain('(HTTP 404): serve it next to the script');
    expect(unavailable[0]).not.to.contain('connect-src');
    expect(errors).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });

  it('an English finder whose language packs answer 404 speaks French, and the console says where the pack was looked for', async () => {
    await englishFinderInFrench(
      failing,
      UNAVAILABLE,
      /^\[opco-widgets\] the language pack http:\/\/[^ ]+\/test\/variants\/missing\/dist\/[\w-]+\.en\.[0-9a-f]{12}\.json could not be loaded \(HTTP 404\).*The widgets are shown in French\.$/,
    );
  });
});
