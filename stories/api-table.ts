import type { ArgTypes } from '@storybook/web-components-vite';

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

/** A CSS part whose name is also an attribute's, under its own key. */
export function partRow(name: string, description: string): ArgTypes {
  return { [`part:${name}`]: { name, description, control: false, table: { category: 'css shadow parts' } } };
}
