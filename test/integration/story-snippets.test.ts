// Storybook's "Recette CMS" code (stories/snippets.ts), as partners copy it, against the built
// files: the right file for the elements shown, present in dist/, and the snippet, pasted into a
// blank page, renders its widgets; the story's text names the file the snippet loads.
import { expect } from '@open-wc/testing';
import { ELEMENT_FILES } from '../../scripts/lib/files.mjs';
import { RECIPES, type Recipe } from '../../stories/snippets.js';
import { closeAll, requireBuild } from './helpers.js';
import { checkSnippet, parseSnippet, readRelease, type Release } from './snippet-check.js';

describe('Storybook CMS recipes (stories/snippets.ts)', function () {
  this.timeout(20000);
  let release: Release;
  before(async () => {
    await requireBuild();
    release = await readRelease();
  });
  afterEach(closeAll);

  for (const [key, recipe] of Object.entries(RECIPES) as [string, Recipe][]) {
    it(`${key}: ${recipe.story}: loads the right file, in dist/, and renders its widgets`, async () => {
      const { src, name } = await checkSnippet(recipe.snippet, release, { versioned: false });
      // the folder partners replace with their own, named after the version built, as in the README
      expect(src).to.equal(`/assets/opco-widgets/${release.version}/${name}`);
    });

    it(`${key}: the story's text names the file the snippet loads, and the files beside it`, () => {
      const { src, name, tags } = parseSnippet(recipe.snippet);
      expect(recipe.description).to.contain(`\`${src}\``);
      expect(recipe.description).to.contain(`\`dist/${name}\``);
      // a finder or a branch list fetches the convention table from the folder of its script
      const table = ELEMENT_FILES.some((f) => f.table && tags.includes(f.tag));
      if (table) expect(recipe.description).to.contain('`dist/opco-conventions.<hash>.json`');
      else expect(recipe.description).not.to.contain('opco-conventions');
    });
  }

  it('every element partners can load is shown by a recipe', () => {
    const recipes = Object.values(RECIPES).map((r: Recipe) => parseSnippet(r.snippet));
    const shown = new Set(recipes.flatMap((r) => r.tags));
    for (const { tag } of ELEMENT_FILES) expect(shown.has(tag), `a recipe with <${tag}>`).to.equal(true);
  });
});
