import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { OpcoCard } from '../../src/components/card/opco-card.js';
import { formatDate, formatEuros, formatNumber } from '../../src/platform/i18n.js';
import '../../src/index.js';
import { captureWarnings } from '../helpers/warnings.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('languages and themes', () => {
  it('follows the nearest lang attribute, live', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><opco-card opco="akto"></opco-card></div>`);
    const card = wrapper.querySelector<OpcoCard>('opco-card')!;
    await card.updateComplete;
    expect(text(card)).to.contain('Sectors');
    wrapper.lang = 'fr-FR';
    await nextFrame();
    await card.updateComplete;
    expect(text(card)).to.contain('Secteurs');
    card.setAttribute('lang', 'en');
    await card.updateComplete;
    expect(text(card)).to.contain('Sectors');
  });

  it('warns once and stays in French for an unsupported lang', async () => {
    const warnings = await captureWarnings(async () => {
      const card = await fixture<OpcoCard>(html`<opco-card opco="akto" lang="de"></opco-card>`);
      card.requestUpdate();
      await card.updateComplete;
      expect(text(card)).to.contain('Secteurs');
    });
    expect(warnings.filter((w) => w.includes('lang="de"'))).to.have.length(1);
  });

  it('switches theme, and warns on an unknown one', async () => {
    const card = await fixture<OpcoCard>(html`<opco-card opco="akto" theme="dark"></opco-card>`);
    expect(card.getAttribute('data-theme')).to.equal('dark');
    const surface = () => getComputedStyle(card).backgroundColor;
    const dark = surface();
    card.theme = 'light';
    await card.updateComplete;
    expect(card.getAttribute('data-theme')).to.equal('light');
    expect(surface()).not.to.equal(dark);
    const warnings = await captureWarnings(async () => {
      card.theme = 'purple';
      await card.updateComplete;
    });
    expect(card.getAttribute('data-theme')).to.equal('light');
    expect(warnings.join()).to.contain('theme="purple"');
  });

  it('lets the page background through with `transparent`', async () => {
    const card = await fixture<OpcoCard>(html`<opco-card opco="akto" transparent></opco-card>`);
    expect(getComputedStyle(card).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('takes partner colours from --opco-* custom properties', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="--opco-color-text: rgb(1, 2, 3)"><opco-card opco="akto"></opco-card></div>`);
    const card = wrapper.querySelector('opco-card')!;
    expect(getComputedStyle(card).color).to.equal('rgb(1, 2, 3)');
  });

  it('is accessible in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const card = await fixture<OpcoCard>(html`<opco-card opco="opco-ep" theme=${theme}></opco-card>`);
      await expect(card).to.be.accessible();
    }
  });

  it('formats numbers, euros and dates for the language', () => {
    expect(formatNumber('fr', 4500)).to.equal('4\u202f500');
    expect(formatEuros('fr', 4500)).to.equal('4\u202f500\u00a0€');
    expect(formatEuros('en', 4500)).to.equal('€4,500');
    expect(formatDate('fr', '2026-08-11', 'month')).to.equal('août 2026');
    expect(formatDate('en', '2026-03-08')).to.equal('8 March 2026');
  });
});
