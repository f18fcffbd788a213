import { describe, it } from 'node:test';
import { expect } from 'chai';
import { OPCOS } from '../../src/data/generated/tables.js';

// The next step of each audience links to the OPCO's own site (data/SOURCES.md, S8): never to a guessed
// address, never to another site, and an unread page is said to be the home page.
const host = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

describe('OPCO action links (opcos.json, links)', () => {
  for (const opco of OPCOS) {
    describe(opco.shortName, () => {
      it('has a page for an employer, a training centre and an apprentice, on its own site, with its date', () => {
        const site = host(opco.website);
        for (const audience of ['employer', 'training-centre', 'apprentice'] as const) {
          const link = opco.links[audience];
          expect(link.url, audience).to.match(/^https:\/\//);
          // collection.afdas.com is Afdas's own subdomain; opcoep.fr is OPCO EP's site without www
          expect(host(link.url).endsWith(site) || site.endsWith(host(link.url)), `${audience}: ${link.url}`).to.equal(true);
          expect(link.asOf, audience).to.match(/^\d{4}(-\d{2}-\d{2})?$/);
        }
      });

      it('falls back to its home page, said so, when no apprenticeship page was read', () => {
        for (const audience of ['employer', 'training-centre', 'apprentice'] as const) {
          const link = opco.links[audience];
          if (link.topic === 'home') expect(link.url, audience).to.equal(opco.website);
          else expect(link.verified, `${audience} ${link.url}`).to.equal(true);
        }
      });
    });
  }

  it('has a verified apprenticeship page for the OPCOs whose pages could be read', () => {
    const withPage = OPCOS.filter((o) => o.links.employer.topic !== 'home').map((o) => o.id);
    expect(withPage).to.include.members(['akto', 'atlas', 'afdas', 'ocapiat', 'opco-ep', 'opco-mobilites', 'opcommerce']);
  });
});
