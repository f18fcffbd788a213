import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/platform/define.js';
import { VERSION } from '../../src/platform/version.js';
import '../../src/index.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('registration', () => {
  it('defines every element once and ignores a second definition', () => {
    const first = customElements.get('opco-card');
    expect(first).to.be.a('function');
    // a second copy of the bundle calls define again with another class: no throw, first wins
    expect(() => defineElement('opco-card', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('opco-card')).to.equal(first);
  });

  it('warns once when two versions share a page', async () => {
    const registry = (globalThis as unknown as { __opcoWidgets: { version: string } }).__opcoWidgets;
    const before = registry.version;
    const warnings = await captureWarnings(() => {
      registry.version = '0.0.1-other';
      defineElement('opco-test-version-a', class extends HTMLElement {});
      defineElement('opco-test-version-b', class extends HTMLElement {});
      registry.version = before;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('two versions');
  });

  it('has the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
