import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OpcoProvider } from '../../../src/components/provider/opco-provider.js';
import type { OpcoBranchList } from '../../../src/components/branch-list/opco-branch-list.js';
import { conventionsOf } from '../../../src/data/index.js';
import { $, text, typeFilter, visibleIdccs } from './helpers.js';

// Issue #6, "done when": on a page like the demo, a visitor picks AKTO, sees its branches with
// the real count, filters to "propreté" and finds IDCC 3043; a finder on the same page then
// switches the list to the OPCO it found. With the real <opco-finder>, not an emitted event.
describe('<opco-branch-list> with a real <opco-finder> (issue #6, done when)', () => {
  it('pick AKTO → real count → "propreté" → 3043; the finder then switches the list', async () => {
    const provider = await fixture<OpcoProvider>(html`<opco-provider>
      <opco-finder></opco-finder>
      <opco-branch-list></opco-branch-list>
    </opco-provider>`);
    const list = provider.querySelector<OpcoBranchList>('opco-branch-list')!;
    await list.updateComplete;
    const select = $<HTMLSelectElement>(list, '#picker')!;
    select.value = 'akto';
    select.dispatchEvent(new Event('change'));
    await list.updateComplete;
    expect(text($(list, '#count'))).to.contain(`${conventionsOf('akto').length} IDCC en tout`);
    await typeFilter(list, 'propreté');
    expect(visibleIdccs(list)).to.include('3043');

    provider.querySelector('opco-finder')!.setAttribute('idcc', '3248');
    await waitUntil(() => text($(list, '#heading')).includes('OPCO 2i'), 'the list did not follow the finder', { timeout: 5000 });
    expect(select.value).to.equal('opco-2i');
    expect($(list, '[data-idcc="3248"]')!.getAttribute('aria-current')).to.equal('true');
  });
});
