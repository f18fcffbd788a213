// The one template syntax of every language but French, for the widgets' catalogs (src/platform/i18n.ts)
// and the data module's texts (src/data/texts.ts). No code is evaluated: a template is data.
import { formatNumber, formatPercent } from './format.js';
import type { Lang } from './lang.js';

/**
 * A message in a language file, as JSON:
 * - a string, where `{0}`, `{1}`… are the message's arguments (numbers in the language's digits,
 *   lists joined with commas, `{0:percent}` a share of 1 as a percentage);
 * - or a choice on one argument: `{ "$": 1, "0": "…", "1": "…", "other": "…" }` takes the entry named
 *   by argument `$` (0 when absent): a number or a string as written, a list by its length, `null`
 *   for none (null or empty), `true`/`false`; `other` when no entry has that name. Choices nest.
 */
export type Template = string | { readonly [choice: string]: Template | number };

const choiceOf = (value: unknown): string => (Array.isArray(value) ? String(value.length) : value == null || value === '' ? 'null' : String(value));

function slot(value: unknown, format: string | undefined, lang: Lang): string {
  if (typeof value === 'number') return format === 'percent' ? formatPercent(lang, value) : formatNumber(lang, value);
  if (Array.isArray(value)) return value.join(', ');
  return value == null ? '' : String(value);
}

/** A template's text for these arguments. */
export function fill(template: Template, args: readonly unknown[], lang: Lang): string {
  let t: Template | number | undefined = template;
  while (typeof t === 'object' && t) {
    const choice = choiceOf(args[Number(t.$ ?? 0)]);
    t = Object.hasOwn(t, choice) && choice !== '$' ? t[choice] : t.other;
  }
  if (typeof t !== 'string') return '';
  return t.replace(/\{(\d)(?::(\w+))?\}/g, (_, i: string, format: string | undefined) => slot(args[Number(i)], format, lang));
}
