// F2: the convention table and the language packs answered through a redirect (here to the very same
// bytes): an answer from another address than the one asked is refused, whatever fetch does.
import { expect, fixture, html } from '@open-wc/testing';
import { requireBuild, shownText, waitFor } from '../integration/helpers.js';
import { loadBuilt, type BuiltPage } from './helpers.js';

const REFUSED = 'La liste des conventions collectives reçue a été refusée : ce n’est pas celle publiée avec ce widget.';

describe('a convention table answered through a redirect (built files)', function () {
  this.timeout(20000);
  let page: BuiltPage;
  before(async () => {
    await requireBuild();
    page = await loadBuilt('redirected');
  });

  it('the table is refused, the console names the redirect; an English finder speaks French; nothing escapes', async () => {
    const finder = await fixture<HTMLElement>(html`<opco-finder idcc="1979" company-lookup="off"></opco-finder>`);
    await waitFor(async () => (await shownText(finder)).includes(REFUSED), 'the refusal', 8000);
    const redirect = page.warnings.filter((w) => w.includes('convention table') && w.includes('redirect'));
    expect(redirect, page.warnings.join('\n')).to.have.length(1);
    const english = await fixture<HTMLElement>(html`<opco-finder lang="en" company-lookup="off"></opco-finder>`);
    await waitFor(async () => (await shownText(english)).includes('Votre convention collective'), 'French', 8000);
    expect(page.warnings.some((w) => w.includes('language pack') && w.includes('redirect'))).to.equal(true);
    expect(page.errors).to.deep.equal([]);
  });
});
