// `npm run new-element <name>`: the skeleton of a new element <opco-<name>>, in every place that lists the
// elements (test/release/elements.test.mjs checks them): its folder under src/components/<name>/ (the
// element, styles, French messages and English pack, attributes), a story, a test folder, and its entries in
// scripts/lib/files.mjs, src/index.ts, package.json "exports" and the README's two tables. Then write what
// it shows, its strings, its tests; set its size budget in scripts/lib/files.mjs once it is built.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const name = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name) || name.startsWith('opco-')) {
  console.error('Usage: npm run new-element <name>   (kebab-case, without "opco-": e.g. npm run new-element training-finder)');
  process.exit(1);
}
const tag = `opco-${name}`;
const Class = tag.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const SPEC = `${name.replace(/-/g, '_').toUpperCase()}_SPEC`;
if (existsSync(join(root, 'src/components', name))) {
  console.error(`src/components/${name}/ exists already.`);
  process.exit(1);
}

const files = {
  [`src/components/${name}/${tag}.ts`]: `import { html } from 'lit';
import { defineElement } from '../../platform/define.js';
import { renderHeading } from '../../platform/heading.render.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { OpcoHeadedElement } from '../../platform/opco-headed-element.js';
import { messages } from './${tag}.messages.js';
import { styles } from './${tag}.styles.js';

/**
 * TODO: ce que montre le widget, en une phrase.
 *
 * @summary TODO
 * @csspart base - Le conteneur du widget.
 */
export class ${Class} extends OpcoHeadedElement {
  static override styles = [...OpcoElement.styles, styles];

  protected override render() {
    const t = this.t(messages);
    const heading = this.headingFor(t.title);
    return html\`<div part="base" class="base">\${renderHeading(heading)} \${this.headingProblem()}</div>\`;
  }
}

defineElement('${tag}', ${Class});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`,
  [`src/components/${name}/${tag}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  .base {
    padding: var(--_space);
  }
\`;
`,
  [`src/components/${name}/${tag}.messages.ts`]: `import { defineMessages, type Messages } from '../../platform/i18n.js';

export const messages = defineMessages(
  {
    title: 'TODO : le titre du widget',
  },
  '${tag}',
  import.meta.url,
);

export type ${Class}Messages = Messages<(typeof messages)['fr']>;
`,
  [`src/components/${name}/${tag}.en.json`]: `{
  "title": "TODO: the widget's title"
}
`,
  [`src/components/${name}/attributes.ts`]: `// The attributes of <${tag}>, in the platform's format (read through its readers).
import { defineAttributes, HEADED_SPEC } from '../../platform/attribute-spec.js';

/** Every attribute of \`<${tag}>\`. */
export const ${SPEC} = defineAttributes('${tag}', [...HEADED_SPEC]);
`,
  [`stories/${tag}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

const meta: Meta = {
  title: 'Widgets/${tag}',
  component: '${tag}',
  render: () => html\`<${tag}></${tag}>\`,
};
export default meta;

export const Default: StoryObj = {};
`,
  [`test/components/${name}/${tag}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/${name}/${tag}.js';

describe('<${tag}>', () => {
  it('shows its title, and heading="none" removes it', async () => {
    const el = await fixture(html\`<${tag}></${tag}>\`);
    expect(el.shadowRoot!.querySelector('h2')).to.exist;
    await expect(el).to.be.accessible();
    el.setAttribute('heading', 'none');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });
});
`,
};

/** Inserts `text` before the first match of `before` in `path` (a list's end), or fails loudly. */
async function insert(path, before, text) {
  const source = await readFile(join(root, path), 'utf8');
  const at = source.search(before);
  if (at < 0) throw new Error(`${path}: where to add <${tag}> was not found (${before}); add it by hand.`);
  await writeFile(join(root, path), source.slice(0, at) + text + source.slice(at));
}

for (const [path, text] of Object.entries(files)) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
}
await insert('scripts/lib/files.mjs', /\]\.map\(\(e\) => \(\{ \.\.\.e, file:/, `  { name: '${name}', tag: '${tag}', table: false, budget: 20_000 },\n`);
await insert('src/index.ts', /^export \{ VERSION \}/m, `export * from './components/${name}/${tag}.js';\n`);
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const exports = {};
for (const [key, value] of Object.entries(pkg.exports)) {
  if (key === './custom-elements.json') exports[`./${name}`] = { types: `./dist/types/components/${name}/${tag}.d.ts`, default: `./dist/${tag}.js` };
  exports[key] = value;
}
await writeFile(join(root, 'package.json'), `${JSON.stringify({ ...pkg, exports }, null, 2)}\n`);
// the README: a row in the elements' table and in the files' table, after the pay simulator's
let readme = await readFile(join(root, 'README.md'), 'utf8');
for (const [after, row] of [
  ['| `<opco-apprentice-pay>` |', `| \`<${tag}>\` | TODO |`],
  ['| the apprentice pay simulator | `opco-apprentice-pay.js` |', `| TODO | \`${tag}.js\` |`],
]) {
  const at = readme.indexOf(after);
  if (at < 0) throw new Error(`README.md: the row "${after}" was not found; add <${tag}>'s row by hand.`);
  const end = readme.indexOf('\n', at) + 1;
  readme = readme.slice(0, end) + row + '\n' + readme.slice(end);
}
await writeFile(join(root, 'README.md'), readme);

console.log(`<${tag}> scaffolded: ${Object.keys(files).join(', ')}; entries in scripts/lib/files.mjs, src/index.ts, package.json and README.md.
Next: what it shows, its strings (French and English), its attributes, its tests (behaviour, axe, light and dark), its story;
then npm run build and npm run size (set its budget in scripts/lib/files.mjs).`);
