// Reading a large reply without a long main-thread task. `JSON.parse` of 2 MB is one task of
// 50–150 ms on a slow machine; the client only needs the first `per_page` companies and three
// numbers of the envelope. This scanner walks the text in slices (yielding to the page between
// them), finds the top-level keys and the items of `results`, and parses only the items kept,
// one by one. Items larger than MAX_ITEM_CHARS are dropped unparsed: a company record the API
// never sends when asked for 10 establishments (they count as unusable items).
//
// Strict enough for our use: the text must be one JSON object (balanced brackets, strings closed,
// nothing after it); each kept item is checked by JSON.parse itself.

/** Above this, a reply is scanned in slices instead of parsed at once. */
export const LARGE_REPLY_CHARS = 200_000;
/** Characters scanned per slice (a few ms each). */
const SLICE = 100_000;
/** One item (company) larger than this is not parsed. */
export const MAX_ITEM_CHARS = 200_000;
const ENVELOPE = new Set(['total_results', 'page', 'per_page', 'total_pages']);

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

export type LargeParse = { ok: true; value: { results: unknown[]; [key: string]: unknown } } | { ok: false; reason: 'json' | 'shape' };

export async function parseLargeReply(
  text: string,
  maxItems: number,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<LargeParse> {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 123 /* { */) return { ok: false, reason: 'shape' };

  const top: Record<string, unknown> = {};
  const results: unknown[] = [];
  let hasResults = false;
  let depth = 0;
  let lastKey: [number, number] | null = null;
  let key: string | null = null;
  let expectValue = false;
  let valueStart = -1;
  let inResults = false;
  let expectItem = false;
  let itemStart = -1;
  let nextPause = i + SLICE;

  const endValue = (end: number): boolean => {
    if (key !== null && key !== 'results' && ENVELOPE.has(key) && valueStart >= 0 && end - valueStart < 100) {
      try {
        top[key] = JSON.parse(text.slice(valueStart, end));
      } catch {
        return false;
      }
    }
    key = null;
    valueStart = -1;
    return true;
  };
  const endItem = (end: number): boolean => {
    if (itemStart < 0) return true;
    if (results.length < maxItems) {
      if (end - itemStart > MAX_ITEM_CHARS) results.push(null);
      else {
        try {
          results.push(JSON.parse(text.slice(itemStart, end)));
        } catch {
          return false;
        }
      }
    }
    itemStart = -1;
    return true;
  };

  for (; i < n; i++) {
    if (i >= nextPause) {
      nextPause = i + SLICE;
      await pause();
    }
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (expectValue) {
      expectValue = false;
      valueStart = i;
    }
    if (expectItem && c !== 93 /* ] */) {
      expectItem = false;
      itemStart = i;
    }
    switch (c) {
      case 34: {
        // jump to the closing quote (native search), skipping escaped ones
        let end = text.indexOf('"', i + 1);
        for (;;) {
          if (end < 0) return { ok: false, reason: 'json' };
          let backslashes = 0;
          for (let k = end - 1; text.charCodeAt(k) === 92; k--) backslashes++;
          if (backslashes % 2 === 0) break;
          end = text.indexOf('"', end + 1);
        }
        if (depth === 1 && key === null) lastKey = [i, end + 1];
        i = end;
        break;
      }
      case 58 /* : */:
        if (depth === 1 && lastKey) {
          try {
            key = JSON.parse(text.slice(lastKey[0], lastKey[1])) as string;
          } catch {
            return { ok: false, reason: 'json' };
          }
          lastKey = null;
          expectValue = true;
        }
        break;
      case 44 /* , */:
        if (depth === 1 && !endValue(i)) return { ok: false, reason: 'json' };
        if (depth === 2 && inResults) {
          if (!endItem(i)) return { ok: false, reason: 'json' };
          expectItem = true;
        }
        break;
      case 123 /* { */:
      case 91 /* [ */:
        depth++;
        if (depth === 2 && c === 91 && key === 'results' && valueStart === i) {
          inResults = true;
          hasResults = true;
          expectItem = true;
        }
        break;
      case 125 /* } */:
      case 93 /* ] */:
        if (depth === 2 && inResults && c === 93) {
          if (!endItem(i)) return { ok: false, reason: 'json' };
          inResults = false;
          expectItem = false;
          key = null;
        }
        if (depth === 1 && !endValue(i)) return { ok: false, reason: 'json' };
        depth--;
        if (depth < 0) return { ok: false, reason: 'json' };
        if (depth === 0) {
          for (i++; i < n; i++) if (!isSpace(text.charCodeAt(i))) return { ok: false, reason: 'json' };
          return hasResults ? { ok: true, value: { ...top, results } } : { ok: false, reason: 'shape' };
        }
        break;
      default:
        break;
    }
  }
  return { ok: false, reason: 'json' };
}
