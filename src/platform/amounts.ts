// Amounts in texts written by hand (the funding notes: "6 000 €", "− 750 €"): their sign, digit groups and
// currency must stay on one line, or a cost can read as a gain. Formatted amounts (formatEuros) already
// use no-break spaces; this gives the same to the texts of the data module.

const NBSP = '\u00a0';

/** The text with no-break spaces inside its amounts ("6 000 €" → "6 000 €"), nothing else changed. */
export function keepAmounts(text: string): string {
  return text
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`)
    .replace(/(\d) (?=€|%)/g, `$1${NBSP}`)
    .replace(/(^|\s)([−-]) (?=\d)/g, `$1$2${NBSP}`);
}
