// A convention table changed on the way (one byte of opco-conventions.<hash>.json) is refused by the
// integrity check built into the scripts: the finder and the branch list say so (role="alert"), the
// console tells the integrator why, nothing throws, and the page stays accessible. The built files
// come from /test/variants/tampered/dist/ (test/server/routes.mjs: dist/ as built, the table with one
// byte changed). The table's state is page-wide: this file's page sees only the tampered table.
import { expect, fixture, html } from '@open-wc/testing';
import { shownText, waitFor } from './helpers.js';
import { englishFinderInFrench, finderAndListShow, loadVariant, type FailingPage } from './table-failure.js';

const REFUSED = 'La liste des conventions collectives reçue a été refusée : ce n’est pas celle publiée avec ce widget.';

describe('a tampered convention table (built files)', function () {
  this.timeout(20000);
  let failing: FailingPage;
  before(async () => (failing = await loadVariant('tampered')));

  it('the finder and the branch list show the refusal as an alert; the console says why; no error; accessible', async () => {
    const page = await finderAndListShow(REFUSED);
    const { warnings, errors } = failing;
    // nothing read from the refused bytes: no convention rows; the finder's answer to its idcc comes
    // from the untitled rows in its own (checked) script, and says the title is not available
    const answer = page.querySelector('opco-finder')!.shadowRoot!.querySelector('[part="answer"]');
    expect(answer?.textContent?.replace(/\s+/g, ' ') ?? '', 'the answer from the script')
      .to.contain('AKTO')
      .and.contain('titre non disponible');
    expect(page.querySelector('opco-branch-list')!.shadowRoot!.querySelectorAll('[data-idcc]').length).to.equal(0);

    const refused = warnings.filter((w) => w.includes('was refused'));
    expect(refused, warnings.join('\n')).to.have.length(1);
    expect(refused[0]).to.match(
      /^\[opco-widgets\] the convention table http:\/\/[^ ]+\/test\/variants\/tampered\/dist\/opco-conventions\.[0-9a-f]+\.json was refused: it is not the file published with this version \(integrity sha384-/,
    );
    expect(errors).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });

  it('a tampered language pack is refused too: an English finder speaks French, the console says why', async () => {
    await englishFinderInFrench(
      failing,
      REFUSED,
      /^\[opco-widgets\] the language pack http:\/\/[^ ]+\/test\/variants\/tampered\/dist\/[\w-]+\.en\.[0-9a-f]{12}\.json was refused: it is not the file published with this version \(integrity sha384-/,
    );
  });

  it('typing in the finder afterwards: the field keeps the text, the refusal stays, no error', async () => {
    const finder = await fixture<HTMLElement>(html`<opco-finder company-lookup="off"></opco-finder>`);
    const input = finder.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'boulangerie';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitFor(async () => (await shownText(finder)).includes(REFUSED), 'the refusal');
    expect(input.value).to.equal('boulangerie');
    expect(finder.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(0);
    expect(failing.errors).to.deep.equal([]);
    await expect(finder).to.be.accessible();
  });
});
