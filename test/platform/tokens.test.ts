// The token table Storybook shows (TOKEN_DOCS) must say what the styles really do: every public
// --opco-* property with its light and dark defaults, as written in the tokens' CSS.
import { expect } from '@open-wc/testing';
import { TOKEN_DOCS, tokens } from '../../src/platform/base.styles.js';

describe('platform/base.styles tokens', () => {
  const css = tokens.cssText;
  const [light, dark] = css.split(":host([data-theme='dark'])");

  it('documents every public custom property once', () => {
    const used = [...new Set([...css.matchAll(/var\((--opco-[a-z-]+)/g)].map((m) => m[1]))].sort();
    expect(TOKEN_DOCS.map((t) => t.name).sort()).to.deep.equal(used);
  });

  for (const token of TOKEN_DOCS) {
    it(`${token.name}: the defaults shown are the ones used`, () => {
      const line = (block: string) => block.split(';').find((l) => l.includes(`var(${token.name},`));
      expect(line(light!), 'light').to.contain(token.light);
      if (token.dark) expect(line(dark!), 'dark').to.contain(token.dark);
      else expect(line(dark!) ?? '', 'no dark value').not.to.contain(`var(${token.name},`);
    });
  }
});
