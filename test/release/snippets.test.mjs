// Every snippet a partner can copy from the README and docs/ is checked against the built files and the
// README's own rules: the script is the file of the elements it shows (one element: its own file; several
// or a provider: opco-widgets.js), that file is built, an `integrity` is that file's real hash (never a
// placeholder), every attribute is one the element declares (custom-elements.json), and the markup of
// every tested snippet page (integrate/) is what the docs show. Storybook's and the configurator's
// snippets are checked in the browser (test/integration/). Needs a build (npm test builds first).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ALL_IN_ONE, ELEMENT_FILES } from '../../scripts/lib/files.mjs';
import { END, START, expectedBlock, readRecord, recordedVersions } from '../../scripts/release-record.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(join(repo, path), 'utf8');

const DOCS = [
  'README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const built = JSON.parse(read('dist/release.json'));
const builtIntegrity = new Map(built.files.map((f) => [f.file, f.integrity]));
const fileOfTag = new Map(ELEMENT_FILES.map((f) => [f.tag, f.file.slice('dist/'.length)]));
const allInOne = ALL_IN_ONE.slice('dist/'.length);

/** Attributes each tag declares, from the manifest (the same one Storybook and editors read). */
const declared = new Map();
for (const mod of JSON.parse(read('custom-elements.json')).modules) {
  for (const d of mod.declarations ?? []) if (d.tagName) declared.set(d.tagName, new Set((d.attributes ?? []).map((a) => a.name)));
}
const GLOBAL = new Set(['id', 'class', 'lang', 'hidden', 'slot', 'title', 'dir']);

/** The ```html blocks of a markdown file, with the line each starts on. */
function htmlBlocks(path) {
  const blocks = [];
  const lines = read(path).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```html') continue;
    const start = i + 1;
    while (++i < lines.length && lines[i].trim() !== '```');
    blocks.push({ where: `${path}:${start}`, html: lines.slice(start, i).join('\n') });
  }
  return blocks;
}

const attrsOf = (tagText) => [...tagText.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].slice(1).map(([, name, value]) => ({ name, value }));

/** What a snippet loads and shows. */
function parse(html) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => Object.fromEntries(attrsOf(`script ${m[1]}`).map((a) => [a.name, a.value ?? ''])));
  const elements = [...html.matchAll(/<(opco-[a-z-]+)\b([^>]*)>/g)].map((m) => ({ tag: m[1], attrs: attrsOf(`${m[1]} ${m[2]}`) }));
  return { scripts, elements };
}

const blocks = DOCS.flatMap(htmlBlocks);

describe('copyable snippets (README.md, docs/*.md)', () => {
  it('there are snippets to check in the README and in docs/integrate.md', () => {
    assert.ok(blocks.filter((b) => b.where.startsWith('README.md')).length >= 2);
    assert.ok(blocks.filter((b) => b.where.startsWith('docs/integrate.md')).length >= 5);
  });

  for (const { where, html } of blocks) {
    it(`${where}: the right built file, a real integrity, declared attributes`, async () => {
      const { scripts, elements } = parse(html);
      assert.doesNotMatch(html, /="[^"]*…[^"]*"/, 'no placeholder in an attribute value');
      const tags = new Set(elements.map((e) => e.tag));
      for (const script of scripts) {
        const file = script.src.split('/').pop();
        const plain = file.replace(/-\d+\.\d+\.\d+(-[\w.]+)?\.js$/, '.js');
        assert.ok(builtIntegrity.has(plain), `${script.src}: ${plain} is a built file`);
        assert.equal(script.type, 'module', 'a module script');
        const cdn = /^https:\/\/cdn\.jsdelivr\.net\/npm\/opco-widgets@([^/]+)\/dist\//.exec(script.src);
        if (cdn) assert.ok(recordedVersions().includes(cdn[1]), `${script.src}: version ${cdn[1]} is released (releases/${cdn[1]}.json)`);
        if ('integrity' in script) {
          const expected = cdn ? (await readRecord(cdn[1])).files.find((f) => f.file === file)?.integrity : builtIntegrity.get(file);
          assert.equal(script.integrity, expected, `${script.src}: the integrity of that file`);
          assert.equal(script.crossorigin, 'anonymous');
        }
        if (tags.size > 0) {
          const shown = [...tags].filter((t) => t !== 'opco-provider');
          const wanted = tags.has('opco-provider') || shown.length > 1 ? allInOne : fileOfTag.get(shown[0]);
          assert.equal(plain, wanted, `a page showing ${[...tags].join(', ')} loads ${wanted}`);
        }
      }
      // a preload (English pack, branch-list slice): a built file that the snippet's script fetches
      for (const [, attrs] of html.matchAll(/<link\b([^>]*)>/g)) {
        const link = Object.fromEntries(attrsOf(`link ${attrs}`).map((a) => [a.name, a.value ?? '']));
        if (link.rel !== 'preload') continue;
        const file = link.href.split('/').pop();
        assert.ok(builtIntegrity.has(file), `${link.href}: a built file (dist/release.json)`);
        assert.equal(link.as, 'fetch', `${link.href}: as="fetch", as the widget's fetch asks`);
        assert.equal(link.crossorigin, 'anonymous', `${link.href}: crossorigin="anonymous", as the widget's fetch asks`);
        const fetchers = scripts.map((s) =>
          s.src
            .split('/')
            .pop()
            .replace(/-\d+\.\d+\.\d+(-[\w.]+)?\.js$/, '.js'),
        );
        assert.ok(
          fetchers.some((f) => read(`dist/${f}`).includes(file)),
          `${link.href}: fetched by ${fetchers.join(', ')}`,
        );
      }
      for (const { tag, attrs } of elements) {
        assert.ok(declared.has(tag), `<${tag}> is an element of ours`);
        for (const { name } of attrs) {
          if (GLOBAL.has(name) || name.startsWith('data-')) continue;
          assert.ok(declared.get(tag).has(name), `<${tag} ${name}>: an attribute <${tag}> declares`);
        }
      }
    });
  }

  it("the README's release block is the newest release record's (written by the release step only)", async () => {
    const readme = read('README.md');
    const block = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
    assert.equal(block, await expectedBlock());
  });

  it('the markup of every tested snippet page (integrate/) is shown in the docs', () => {
    const docs = DOCS.map(read).join('\n').replace(/\s+/g, ' ');
    const pages = ['head', 'body-end', 'cms-block'].map((name) => read(`integrate/${name}/index.html`));
    const snippets = pages.flatMap((page) =>
      page
        .split(/<!-- snippet: [a-z-]+ -->/)
        .slice(1)
        .map((part) =>
          part
            .split('<!-- /snippet -->')[0]
            .replace(/<script\b[^>]*><\/script>/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
    );
    const jsx = read('integrate/react/app.jsx')
      .split('{/* snippet: react */}')
      .slice(1)
      .map((p) => p.split('{/* /snippet */}')[0].replace(/\s+/g, ' ').trim());
    assert.ok(snippets.length >= 3);
    for (const snippet of [...snippets, ...jsx].filter(Boolean)) assert.ok(docs.includes(snippet), `docs/ lacks the tested snippet:\n${snippet}`);
  });
});
