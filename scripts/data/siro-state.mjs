// data/siro-latest.json: the per-IDCC aggregate of the last SIRO file that `npm run data:update`
// read, so that a plain `npm run data:build` (and a clone without the 100 MB file) gives the same
// tables. One IDCC per line, so that `git diff` shows a month's changes line by line.
import { readFile } from 'node:fs/promises';

/**
 * @param {string} file
 * @returns {Promise<null | { file: string, asOf: string, url: string | null, aggregate: { byIdcc: Map<string, object> } }>}
 */
export async function readSiroState(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
  const state = JSON.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.asOf ?? '') || !state.idccs) throw new Error(`${file}: asOf or idccs missing`);
  const byIdcc = new Map(
    Object.entries(state.idccs).map(([idcc, [opco, establishments, share, total, candidates]]) => [
      idcc,
      { idcc, opco, establishments, share, candidates, total },
    ]),
  );
  return { file: state.file, asOf: state.asOf, url: state.url ?? null, aggregate: { byIdcc } };
}

/** @param {{ file: string, asOf: string, url: string | null, aggregate: { byIdcc: Map<string, any>, lines: number } }} state */
export function siroStateText({ file, asOf, url, aggregate }) {
  const head = { file, asOf, url, lines: aggregate.lines, columns: ['opco', 'establishments', 'share', 'total', 'candidates'] };
  const rows = [...aggregate.byIdcc.values()]
    .sort((a, b) => (a.idcc < b.idcc ? -1 : 1))
    .map((s) => `    ${JSON.stringify(s.idcc)}: ${JSON.stringify([s.opco, s.establishments, s.share, s.total, s.candidates])}`);
  const top = JSON.stringify(head, null, 2).slice(0, -2);
  return `${top},\n  "idccs": {\n${rows.join(',\n')}\n  }\n}\n`;
}
