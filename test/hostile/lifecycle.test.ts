// A finder removed while its company look-up is on its way, and put back (a framework moving it, a
// CMS re-rendering a block): the look-up is asked again and answered, not left with the typed text
// and neither an answer nor a status.
import { expect, html } from '@open-wc/testing';
import { fakeApiBase, uniq } from '../fake-api/fake-api.js';
import { answer, companyStatus, mount, press, text, typeInto, until } from '../components/finder/helpers.js';
import { Uncaught } from './helpers.js';

describe('lifecycle: removed while a look-up is in flight', function () {
  this.timeout(20000);

  it('put back, the finder answers the text it holds', async () => {
    const uncaught = new Uncaught();
    const el = await mount(html`<opco-finder api-base=${`${await fakeApiBase()}/${uniq()}`}></opco-finder>`);
    const parent = el.parentElement!;
    await typeInto(el, `zzmulti delay150 ${uniq()}`);
    await press(el, 'Enter');
    await until(() => text(companyStatus(el)).includes('Recherche des entreprises'), 'the look-up to start');
    el.remove();
    parent.append(el);
    await until(() => answer(el) || text(el).includes('GROUPE MULTI SERVICES'), 'the answer after the move', 5000);
    expect(text(el)).to.contain('GROUPE MULTI SERVICES');
    expect(uncaught.stop()).to.deep.equal([]);
  });
});
