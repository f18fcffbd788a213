// Title cleaning of the build, on top of the one SOURCES.md documents (« Etendue par arrêté… » removed,
// « (fusion entre la X et la Y) » moved to `notes`), which some Légifrance titles escaped.
// The generic rules (scripts/data/titles.mjs) run on every title and short title:
//   1. legal-history tail: from the first « , » or « . » that opens a clause on the text's later life
//      (« étendue par… », « étendu par… », « Mise/Mis à jour par… », « Remplacée par… », « Agréée par… »,
//      « Champ d'application fusionné… »), the rest is dropped; the convention's own name and signing date stay.
//      The successor named in a dropped « Remplacée par … (IDCC n) » goes to `replacedBy` only by rule 3
//      (scripts/data/titles.mjs, followNamedSuccessors): when the DARES redirections (S5) name no other successor,
//      n is in the table and not itself replaced, and n has the row's own OPCO (or the row has none), so that the
//      OPCO shown never changes silently; every case is printed by the build (18 followed, 1 already in S5, in 2026-11).
//   2. punctuation: runs of spaces → one space; no space before « , » or « ) » nor after « ( »;
//      no trailing « . , ; : - »; a final « -…- » (Légifrance's brackets) becomes « (…) ».
// Before the rules, the explicit per-IDCC list below, for what no rule can tell: short titles that are obviously not
// a title of that convention are dropped (never replaced by an invented one), and word-glue typos of the
// source are fixed. Each entry checks the source still holds what it corrects, so a fixed or changed
// source fails the build instead of being silently overwritten.
//
// IDCC → { shortTitle: null, was: <start of the source short title>, why } drops the short title;
//        { fix: [[wrong, right], …], why } replaces `wrong` in the title and the short title (each pair must match).

/** @type {Record<string, { shortTitle?: null, was?: string, fix?: [string, string][], why: string }>} */
export const OVERRIDES = {
  '0405': {
    shortTitle: null,
    was: 'Organisations syndicales des salariés : La CFDT',
    why: 'the list of the signatory unions of the text, picked up as its short title',
  },
  '1059': { fix: [['MidiPyrénées', 'Midi-Pyrénées']], why: 'region name glued in the source (title and short title)' },
  '1314': {
    shortTitle: null,
    was: 'Organisations syndicales des salariés : Fédération des travailleurs',
    why: 'the name and postal address of a signatory union, picked up as its short title',
  },
  '1560': { fix: [['AlpesMaritimes', 'Alpes-Maritimes']], why: 'department name glued in the source (title and short title)' },
  '2264': { fix: [['nationalede ', 'nationale de ']], why: 'words glued in the source title' },
  '2630': { fix: [['HauteProvence', 'Haute-Provence']], why: 'department name glued in the source (title and short title)' },
  '2992': { fix: [['Indre-et Loire', 'Indre-et-Loire']], why: 'department name missing a hyphen in the source (title and short title)' },
};
