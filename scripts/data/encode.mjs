// Row model → the packed string decoded by src/data/packed.ts (format documented there).

// Shared title openings, longest first so the most specific one wins. Chosen from the counts of
// the real titles; adding one here is enough (the index is written with the table).
export const TITLE_PREFIXES = [
  'Convention collective départementale des exploitations agricoles ',
  'Convention collective départementale des exploitations ',
  'Convention collective départementale des industries métallurgiques',
  'Convention collective régionale des exploitations forestières',
  'Convention collective nationale du personnel des ',
  'Convention collective nationale de travail des ',
  'Convention collective nationale des entreprises ',
  'Convention collective nationale des industries ',
  'Convention collective nationale de la ',
  "Convention collective nationale de l'",
  'Convention collective nationale des ',
  'Convention collective nationale du ',
  'Convention collective nationale de ',
  'Convention collective départementale des ',
  'Convention collective départementale de la ',
  'Convention collective départementale du ',
  'Convention collective départementale de ',
  'Convention collective régionale des ',
  'Convention collective régionale de la ',
  'Convention collective régionale du ',
  'Convention collective régionale de ',
  'Convention collective ',
  "Accords-convention d'entreprise ",
  "Convention d'entreprise ",
].sort((a, b) => b.length - a.length);

const CONFIDENCE = { high: 'h', medium: 'm', low: 'l', 'n/a': 'n' };
const STATUS = { VIGUEUR_ETEN: 'E', VIGUEUR_NON_ETEN: 'N', ABROGE: 'A', REMPLACE: 'R', PERIME: 'P', DENONCE: 'D', MODIFIE: 'M' };
const SCOPE = { national: 'n', regional: 'r', departmental: 'd', unknown: 'u' };

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function encodeTitle(title) {
  if (!title) return '';
  const i = TITLE_PREFIXES.findIndex((p) => title.startsWith(p));
  return i < 0 ? title : `^${i.toString(36)}${title.slice(TITLE_PREFIXES[i].length)}`;
}

function encodeShort(title, short) {
  if (!short) return '';
  if (short === title) return '=';
  if (title) {
    // Many short titles are a piece of the title ("…nationale de la coiffure…" → "Coiffure…").
    const start = title.toLowerCase().indexOf(short.toLowerCase());
    if (start >= 0 && capitalize(title.slice(start, start + short.length)) === short) return `@${start},${short.length}`;
  }
  return short;
}

/** @param {object[]} rows sorted by IDCC @param {string[]} opcoIds */
export function encodeRows(rows, opcoIds) {
  const opcoDigit = (id) => {
    const i = opcoIds.indexOf(id);
    if (i < 0) throw new Error(`unknown OPCO id ${id}`);
    return i.toString(36);
  };
  let previous = 0;
  return rows
    .map((r) => {
      for (const text of [r.title, r.shortTitle]) {
        if (text && /[|\n]/.test(text)) throw new Error(`IDCC ${r.idcc}: text holds a separator: ${text}`);
      }
      if (r.title && r.title[0] === '^') throw new Error(`IDCC ${r.idcc}: title starts with ^`);
      if (r.shortTitle && /^[=@]/.test(r.shortTitle)) throw new Error(`IDCC ${r.idcc}: short title starts with = or @`);
      const idcc = Number(r.idcc);
      const fields = [
        idcc - previous,
        r.opco ? opcoDigit(r.opco) : '',
        r.candidates.map(opcoDigit).join(''),
        CONFIDENCE[r.confidence],
        r.legalStatus ? STATUS[r.legalStatus] : '',
        r.replacedBy.map(Number).join(','),
        (r.siro ? 1 : 0) | (r.ministry ? 2 : 0),
        r.establishments ?? '',
        r.establishments === null || r.share === 1 ? '' : Math.round(r.share * 10000),
        SCOPE[r.scope],
        encodeTitle(r.title),
        encodeShort(r.title, r.shortTitle),
      ];
      if (fields.some((f) => f === undefined)) throw new Error(`IDCC ${r.idcc}: unencodable value ${JSON.stringify(r)}`);
      previous = idcc;
      return fields.join('|');
    })
    .join('\n');
}
