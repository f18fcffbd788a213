// A live switch to English (the page's `lang`, or the element's): the element keeps its French texts
// while the English packs load and then shows English in one render: never a blank, never a mix.
// In its own file: its page has loaded no pack before the switch.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { waitFor } from '../integration/helpers.js';

describe('switching to English', () => {
  it("the page's lang changes: French stays until English replaces it in one render", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><opco-card opco="akto"></opco-card></div>`);
    const card = wrapper.querySelector('opco-card')!;
    const text = () => card.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text()).to.contain('Secteurs');
    const seen: string[] = [];
    const watcher = new MutationObserver(() => seen.push(text()));
    watcher.observe(card.shadowRoot!, { subtree: true, childList: true, characterData: true });
    wrapper.setAttribute('lang', 'en');
    await waitFor(() => text().includes('Sectors'), 'the card in English');
    watcher.disconnect();
    // each state the visitor could see is whole French or whole English
    for (const t of seen) {
      expect(t.length, 'never blank').to.be.greaterThan(20);
      expect(t.includes('Secteurs') !== t.includes('Sectors'), `one language: ${t}`).to.equal(true);
    }
    expect(text()).to.contain('Check with France compétences');
    await expect(card).to.be.accessible();
  });

  it('and back to French: at once (French is in the script)', async () => {
    const card = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<opco-card opco="akto" lang="en"></opco-card>`);
    expect(card.shadowRoot!.textContent).to.contain('Sectors');
    card.setAttribute('lang', 'fr');
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Secteurs');
  });
});
