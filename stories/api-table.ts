import type { ArgTypes } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import { LANGS } from '../src/data/lang.js';

/**
 * Storybook keys the Docs table by name, which hides two kinds of rows:
 * - an attribute and a CSS part of the same name (`scheme`, `link`, `filter`, `sort`) share one row,
 *   filed under "css shadow parts";
 * - a camelCase arg (`headingLevel`) gets its own row beside the manifest's kebab-case attribute
 *   (`heading-level`, with an inert control).
 * These helpers put each attribute once under "attributes" (with the story's French description and
 * a working control) and give the parts their rows back.
 */
export const ATTRIBUTES = { category: 'attributes' } as const;

/** The manifest rows a story arg replaces (its kebab-case attribute and its camelCase property). */
export function replaced(...keys: string[]): ArgTypes {
  return Object.fromEntries(keys.map((key) => [key, { table: { disable: true } }]));
}

interface ManifestEntry {
  readonly name: string;
  readonly description?: string;
}
interface ManifestDeclaration {
  readonly tagName?: string;
  readonly attributes?: readonly ManifestEntry[];
  readonly cssParts?: readonly ManifestEntry[];
}

const declarations = (customElements.modules as { declarations?: ManifestDeclaration[] }[]).flatMap((m) => m.declarations ?? []);

/**
 * A CSS part whose name is also an attribute's, under its own key, with the description the
 * element's JSDoc gives it (`@csspart`).
 */
export function partRow(tag: string, name: string): ArgTypes {
  const description = declarations.find((d) => d.tagName === tag)?.cssParts?.find((p) => p.name === name)?.description;
  if (!description) throw new Error(`${tag} has no documented CSS part ${name} in custom-elements.json (npm run analyze).`);
  return { [`part:${name}`]: { name, description, control: false, table: { category: 'css shadow parts' } } };
}

/**
 * An attribute's description as the element's JSDoc gives it (custom-elements.json): the one
 * source for Storybook, the editors' completion data and the docs, so no attribute is described
 * twice. Use it for a story arg that has its own row.
 */
export function described(tag: string, attribute: string): string {
  const found = declarations.find((d) => d.tagName === tag)?.attributes?.find((a) => a.name === attribute)?.description;
  if (!found) throw new Error(`${tag} has no documented attribute ${attribute} in custom-elements.json (npm run analyze).`);
  return found;
}

/** The rows of the heading attributes every widget shares (described once, in platform/opco-headed-element.ts). */
export function headingRows(tag: string): ArgTypes {
  return {
    heading: { name: 'heading', table: ATTRIBUTES, description: described(tag, 'heading'), control: 'text' },
    headingLevel: {
      name: 'heading-level',
      table: ATTRIBUTES,
      description: described(tag, 'heading-level'),
      control: { type: 'number', min: 2, max: 6 },
    },
    ...replaced('heading-level'),
  };
}

/**
 * The rows of the attributes every widget shares (`lang`, `theme`, `link`,
 * described once, in platform/opco-element.ts), with their controls.
 */
export function sharedRows(tag: string): ArgTypes {
  return {
    lang: { table: ATTRIBUTES, description: described(tag, 'lang'), control: 'inline-radio', options: [...LANGS] },
    theme: { table: ATTRIBUTES, description: described(tag, 'theme'), control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    link: { table: ATTRIBUTES, description: described(tag, 'link'), control: 'inline-radio', options: ['on', 'off'] },
  };
}
