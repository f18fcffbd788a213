// The demo partner page: its EN/FR switch changes the page's own texts with its lang, so a page
// marked lang="en" never reads French headings with an English voice (WCAG 3.1.1, RGAA 8.3).
import { expect } from '@open-wc/testing';
import { closeAll, loadPage, requireBuild, waitFor } from './helpers.js';

describe('demo page: language switch', function () {
  this.timeout(20000);
  before(requireBuild);
  afterEach(closeAll);

  it('EN translates the headings, the finder label and the landmarks; FR brings the French back', async () => {
    const page = await loadPage({ src: '/demo/index.html' });
    await page.win.customElements.whenDefined('opco-finder');
    const doc = page.doc;
    const h1 = () => doc.querySelector('h1')!.textContent!.trim();
    const finder = doc.querySelector('opco-finder')!;
    const french = h1();
    doc.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    await waitFor(() => doc.documentElement.lang === 'en', 'lang="en"');
    expect(h1()).to.equal('Apprenticeship: who pays for your training?');
    expect(finder.getAttribute('label')).to.match(/^Your collective agreement/);
    expect(doc.querySelector('nav')!.getAttribute('aria-label')).to.equal('Main navigation');
    expect(doc.querySelector('#log-title + p')!.textContent).to.contain('opco-*').and.contain('listens');
    // no French left in the page's own headings
    for (const h of doc.querySelectorAll('h1, h2')) expect(h.textContent).not.to.match(/ :|quoi|Événements|Une fiche/);
    doc.querySelector<HTMLButtonElement>('[data-lang="fr"]')!.click();
    expect(h1()).to.equal(french);
    expect(finder.getAttribute('label')).to.match(/^Votre convention collective/);
  });
});
