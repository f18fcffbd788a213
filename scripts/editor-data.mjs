// Editor completion for partners who type our tags by hand, generated from custom-elements.json
// (`npm run analyze`) by `npm run build`, and from nothing else:
//   dist/vscode.html-custom-data.json  VS Code's HTML custom data (setting `html.customData`)
//   dist/web-types.json                JetBrains web-types (found through package.json "web-types")
// Both list every tag with its summary, attributes (description, allowed values) and, for the
// reader, its events, slots, parts and --opco-* custom properties.
// Why not the analyzer's VS Code / JetBrains plugins: they take an attribute's values from a union of
// string literals in its type, and ours are typed `string | undefined` on purpose (a CMS writes any
// string; the element warns and falls back), so every value list (theme, audience, opco, sort…) would
// be lost. Our lists are written in the JSDoc (`light`, `dark`, `auto`), which this script reads.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

async function readJson(path, hint) {
  try {
    return JSON.parse(await readFile(join(root, path), 'utf8'));
  } catch {
    console.error(`${path} is missing: ${hint}`);
    process.exit(1);
  }
}

/**
 * The analyzer only sees `customElements.define`/`@customElement`; our elements register with the
 * guarded `defineElement('opco-…', Class)`, in `src/components/<name>/opco-<name>.ts`, which defines
 * `opco-<name>` (test/scripts/names.test.mjs holds every element module to it): the module's path
 * in the manifest names the tag.
 */
const tagOf = (declaration, modulePath) => declaration.tagName ?? /^src\/components\/([^/]+)\/(opco-\1)\.ts$/.exec(modulePath)?.[2];

const simpleToken = /^[a-z0-9][a-z0-9-]*$/i;

/**
 * Values an editor may offer for an attribute: the members of a string-literal union type, else
 * the `code` words of a description that lists them ("`light` (default), `dark`, or `auto`").
 * A single word, or one that names another attribute, is a mention, not a list.
 */
function valuesOf(attribute, siblings, known) {
  if (known[attribute.name]) return known[attribute.name];
  const type = attribute.type?.text ?? '';
  const literals = [...type.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
  if (literals.length >= 2 && /^(\s*('[^']*'|"[^"]*"|undefined|null)\s*\|?)+$/.test(type)) return literals;
  const words = [...(attribute.description ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((w) => simpleToken.test(w) && !siblings.has(w));
  const unique = [...new Set(words)];
  return unique.length >= 2 ? unique : undefined;
}

const isBoolean = (attribute) => /^boolean(\s*\|\s*undefined)?$/.test(attribute.type?.text ?? '');

/** Markdown shown on hover for a tag: summary, description, then what VS Code has no field for. */
function tagMarkdown(el) {
  const parts = [el.summary, el.description].filter(Boolean);
  const list = (title, items, fmt) => items?.length && parts.push(`**${title}**\n${items.map(fmt).join('\n')}`);
  list('Events', el.events, (e) => `- \`${e.name}\`${e.description ? ` — ${e.description}` : ''}`);
  list('Slots', el.slots, (s) => `- ${s.name ? `\`${s.name}\`` : '(default)'}${s.description ? ` — ${s.description}` : ''}`);
  list('CSS parts', el.cssParts, (p) => `- \`::part(${p.name})\`${p.description ? ` — ${p.description}` : ''}`);
  list('CSS custom properties', el.cssProperties, (p) => `- \`${p.name}\`${p.description ? ` — ${p.description}` : ''}`);
  return parts.join('\n\n');
}

function elementsFrom(manifest, known) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      // `customElement` is only set on direct LitElement subclasses, so every class is a candidate
      if (d.kind !== 'class') continue;
      const tag = tagOf(d, mod.path);
      if (!tag) continue; // a base class (OpcoElement) or a helper: no tag of its own
      const attributes = (d.attributes ?? []).map((a) => ({ ...a }));
      const siblings = new Set(attributes.map((a) => a.name));
      for (const a of attributes) {
        a.values = valuesOf(a, siblings, known);
        a.boolean = isBoolean(a);
        if (a.name === 'lang' && !a.description) {
          a.description = 'Language of this widget (`fr` or `en`). Default: the nearest `lang` of the page, else French.';
        }
      }
      elements.push({ ...d, tag, attributes });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

function vscodeData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: { kind: 'markdown', value: tagMarkdown(el) },
      attributes: el.attributes.map((a) => ({
        name: a.name,
        ...(a.description && { description: { kind: 'markdown', value: a.description } }),
        // "v": a boolean attribute, written without a value
        ...(a.boolean ? { valueSet: 'v' } : a.values && { values: a.values.map((name) => ({ name })) }),
      })),
    })),
  };
}

function webTypes(elements, pkg) {
  const plain = (items, fmt) => (items?.length ? items.map(fmt) : undefined);
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: [el.summary, el.description].filter(Boolean).join('\n\n'),
          attributes: el.attributes.map((a) => ({
            name: a.name,
            ...(a.description && { description: a.description }),
            ...(a.default && { default: a.default }),
            value: a.boolean
              ? { type: 'boolean', required: false }
              : { type: a.values ? a.values.map((v) => `'${v}'`).join(' | ') : 'string', required: false },
          })),
          events: plain(el.events, (e) => ({ name: e.name, description: e.description })),
          slots: plain(el.slots, (s) => ({ name: s.name, description: s.description })),
          css: {
            parts: plain(el.cssParts, (p) => ({ name: p.name, description: p.description })),
            properties: plain(el.cssProperties, (p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}

const pkg = await readJson('package.json', 'run from the repository.');
const manifest = await readJson('custom-elements.json', 'run `npm run analyze` first.');
// The OPCO ids: the card's `opco` documents all 11 (test/integration/release.test.ts checks them against
// the data); the elements whose `opco` description gives one example offer the same list.
const opcoLists = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.attributes ?? []).filter((a) => a.name === 'opco')));
const opco = opcoLists.map((a) => valuesOf(a, new Set(), {}) ?? []).sort((a, b) => b.length - a.length)[0];
const elements = elementsFrom(manifest, opco?.length ? { opco } : {});
if (elements.length === 0) {
  console.error('custom-elements.json lists no opco-* element: was `npm run analyze` run on src?');
  process.exit(1);
}

await writeFile(join(root, 'dist/vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(elements), null, 2)}\n`);
await writeFile(join(root, 'dist/web-types.json'), `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`);
console.log(`Editor data for ${elements.map((e) => e.tag).join(', ')}: dist/vscode.html-custom-data.json, dist/web-types.json`);
