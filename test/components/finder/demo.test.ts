// Issue #5, done when: on the demo page (built bundle), a SIRET or a name leads to the right OPCO
// per establishment, and a failing service ends in a clear message with the offline search usable.
// The page's finder has no api-base (a visitor gets the public API); here it is pointed at the fake.
import { expect } from '@open-wc/testing';
import type { OpcoFinder } from '../../../src/components/finder/opco-finder.js';
import type { PageSelection } from '../../../src/platform/context.js';
import { fakeApiBase, uniq } from '../../fake-api/fake-api.js';
import { closeAll, loadPage, requireBuild, shownText, waitFor, type Loaded } from '../../integration/helpers.js';

async function demoFinder(apiBase: string): Promise<{ page: Loaded; finder: OpcoFinder; field: HTMLInputElement }> {
  const page = await loadPage({ src: '/demo/index.html' });
  await page.win.customElements.whenDefined('opco-finder');
  const finder = page.doc.querySelector('opco-finder')!;
  finder.setAttribute('api-base', apiBase);
  await finder.updateComplete;
  return { page, finder, field: finder.shadowRoot!.querySelector('input')! };
}

function type(field: HTMLInputElement, value: string, enter = false): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  if (enter) field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}

const log = (page: Loaded) => page.doc.getElementById('events')!.textContent ?? '';
const opcoCards = (finder: OpcoFinder) => [...finder.shadowRoot!.querySelectorAll('opco-card')].map((c) => c.getAttribute('opco'));

describe('demo page: the finder with the company look-up (issue #5, done when)', function () {
  this.timeout(20000);
  before(requireBuild);
  afterEach(closeAll);

  it('a SIRET: the establishment’s OPCO; the host page logs it and the funding explainer gets the headcount', async () => {
    const { page, finder, field } = await demoFinder(`${await fakeApiBase()}/${uniq()}`);
    type(field, '901 000 000 00025', true);
    await waitFor(() => log(page).includes('opco-found opco-ep'), 'opco-found in the page log');
    expect(opcoCards(finder)).to.deep.equal(['opco-ep']);
    const explainer = page.doc.querySelector('opco-funding-explainer') as unknown as { selection?: PageSelection };
    await waitFor(() => explainer.selection?.headcount, 'the explainer to see the headcount');
    expect(explainer.selection).to.deep.equal({ opcoId: 'opco-ep', idcc: '2596', headcount: { min: 50, max: 99 } });
  });

  it('a name: the company is suggested, chosen, and each establishment’s OPCO shown', async () => {
    const { finder, field } = await demoFinder(`${await fakeApiBase()}/${uniq()}`);
    type(field, `multi ${uniq()}`);
    const option = await waitFor(() => finder.shadowRoot!.querySelector<HTMLElement>('.option--company'), 'a company suggestion');
    option.click();
    await waitFor(() => opcoCards(finder).length === 2, 'the answer');
    expect(opcoCards(finder)).to.deep.equal(['akto', 'opco-ep']);
  });

  it('the service down: a plain message, and the IDCC search still answers', async () => {
    const { finder, field } = await demoFinder('http://127.0.0.1:1/');
    type(field, '90100000000017', true);
    await waitFor(async () => (await shownText(finder)).includes('Le service de recherche d’entreprises ne répond pas.'), 'the message');
    type(field, '1979', true);
    await waitFor(() => opcoCards(finder).includes('akto'), 'the IDCC answer');
  });
});
