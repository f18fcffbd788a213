// Data the host cannot rewrite: an event listener that tampers with e.detail (or with a record
// it got from the data module) changes nothing another widget shows.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';

// the finder and the branch list answer from the convention table: it is in before the tests
await conventionsLoaded();
import { conventions, createOpcoData, findConvention, getOpco, opcos, SCHEMES, HIRING_AID_RULES, MONEY_FLOW_EDGES } from '../../src/data/index.js';
import type { OpcoFoundDetail } from '../../src/platform/events.js';
import type { OpcoFinder } from '../../src/components/finder/opco-finder.js';
import type { OpcoCard } from '../../src/components/card/opco-card.js';
import type { OpcoProvider } from '../../src/components/provider/opco-provider.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('data the host cannot rewrite', () => {
  it('a listener that rewrites e.detail.opco.website or convention.title changes no widget', async () => {
    const finder = await fixture<OpcoFinder>(html`<opco-finder company-lookup="off"></opco-finder>`);
    const title = findConvention('1979')!.title;
    const website = getOpco('akto')!.website;
    let tried = 0;
    const tamper = (event: CustomEvent<OpcoFoundDetail>) => {
      const { opco, convention, path } = event.detail;
      // Reflect.set answers false instead of throwing on a frozen object
      tried += Number(!Reflect.set(opco, 'website', 'javascript:alert(1)'));
      tried += Number(!Reflect.set(opco, 'shortName', 'PIRATE'));
      if (convention) tried += Number(!Reflect.set(convention, 'title', 'Titre piraté'));
      tried += Number(!Reflect.set(path, 0, '9999'));
      tried += Number(!Reflect.set(event.detail, 'opcoId', 'atlas'));
    };
    document.addEventListener('opco-found', tamper);
    try {
      const found = oneEvent(finder, 'opco-found');
      finder.idcc = '1979';
      const event = await found;
      expect(tried).to.equal(5);
      expect(event.detail.opcoId).to.equal('akto');
      expect(event.detail.path).not.to.include('9999');
    } finally {
      document.removeEventListener('opco-found', tamper);
    }
    expect(getOpco('akto')!.website).to.equal(website);
    expect(findConvention('1979')!.title).to.equal(title);
    // a widget created afterwards shows the real record
    const card = await fixture<OpcoCard>(html`<opco-card opco="akto"></opco-card>`);
    expect(text(card)).to.contain('AKTO').and.not.contain('PIRATE');
    expect(links(card)).to.include(website);
    expect(links(card).some((href) => href?.startsWith('javascript:'))).to.equal(false);
    const other = await fixture<OpcoFinder>(html`<opco-finder company-lookup="off" idcc="1979"></opco-finder>`);
    expect(text(other)).not.to.contain('Titre piraté');
  });

  it('the bundled tables are frozen all the way down', () => {
    for (const table of [
      opcos,
      conventions,
      opcos[0],
      opcos[0]!.aliases,
      conventions[0],
      conventions[0]!.replacedBy,
      SCHEMES,
      SCHEMES.apprentissage,
      HIRING_AID_RULES,
      HIRING_AID_RULES[0],
      MONEY_FLOW_EDGES,
    ]) {
      expect(Object.isFrozen(table)).to.equal(true);
    }
  });

  it('link URLs from custom data are rendered only when https:', async () => {
    const bad = opcos.map((o) =>
      o.id === 'akto'
        ? { ...o, website: 'javascript:alert(1)', links: { ...o.links, employer: { ...o.links.employer, url: 'javascript:alert(2)' } } }
        : o.id === 'atlas'
          ? { ...o, website: 'http://www.opco-atlas.fr' }
          : o,
    );
    const data = createOpcoData({ dataset: { asOf: '2026-08-11', sources: [] }, opcos: bad, conventions });
    const provider = await fixture<OpcoProvider>(
      html`<opco-provider .data=${data}><opco-card opco="akto"></opco-card><opco-card opco="atlas"></opco-card></opco-provider>`,
    );
    for (const card of provider.querySelectorAll<OpcoCard>('opco-card')) {
      await card.updateComplete;
      const hrefs = links(card);
      expect(
        hrefs.every((h) => h?.startsWith('https:')),
        hrefs.join(' '),
      ).to.equal(true);
      // the France compétences link stays; Atlas keeps its (https) next-step page, AKTO's bad one and its bad site are gone
      expect(hrefs).to.have.length(card.opco === 'atlas' ? 2 : 1);
    }
  });
});
