// Minimal RFC 4180 CSV reader for idcc-opco.csv (quoted fields may hold commas and doubled quotes).

/** @param {string} text @returns {Record<string, string>[]} */
export function parseCsv(text) {
  const rows = [];
  let field = '';
  let row = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`CSV line ${n + 2}: ${cells.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}
