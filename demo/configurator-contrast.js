// Contrast of the partner's colours (WCAG 2.2, 1.4.3): relative luminance and ratio of two
// #rrggbb colours, and the pairs each theme draws with them, text and links at 4.5:1 at least.

/** The minimum ratio for body text (WCAG 2.2 AA, 1.4.3). */
export const MIN_RATIO = 4.5;

const channel = (c) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of `#rrggbb` (or `#rgb`), 0 to 1; undefined for anything else. */
export function luminance(hex) {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(hex).trim());
  if (!m) return undefined;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => channel(Number.parseInt(h.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 to 21 (undefined when one is not a #rrggbb colour). */
export function contrastRatio(a, b) {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === undefined || lb === undefined) return undefined;
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** What each pair is: [foreground property, background property, message key]. */
export const PAIRS = [
  ['--opco-color-text', '--opco-surface', 'pairText'],
  ['--opco-color-text-muted', '--opco-surface', 'pairMuted'],
  ['--opco-color-accent', '--opco-surface', 'pairAccent'],
  ['--opco-color-accent-contrast', '--opco-color-accent', 'pairOnAccent'],
];

/**
 * Every pair of both themes with its ratio: `colours(theme)` gives the colours a theme really
 * uses (the partner's where set, else the theme's defaults).
 * @returns {{ theme: string, key: string, fg: string, bg: string, ratio: number, ok: boolean }[]}
 */
export function contrastReport(colours, themes = ['light', 'dark']) {
  const out = [];
  for (const theme of themes) {
    const c = colours(theme);
    for (const [fg, bg, key] of PAIRS) {
      const ratio = contrastRatio(c[fg], c[bg]);
      if (ratio === undefined) continue;
      out.push({ theme, key, fg: c[fg], bg: c[bg], ratio, ok: ratio >= MIN_RATIO });
    }
  }
  return out;
}

/** A ratio as people read it: 2 decimals, truncated (4.499 must not read "4.50"), in the UI's language. */
export const formatRatio = (ratio, lang) =>
  `${(Math.floor(ratio * 100) / 100).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1`;
