// Reads the provenance facts (dates, URLs, licences) out of SOURCES.md. The French labels are ours;
// every date/URL/licence must be found in the file, or the build stops (a changed SOURCES.md must be
// looked at, not silently mis-read).

function section(md, id) {
  const start = md.indexOf(`**${id} —`);
  if (start < 0) throw new Error(`SOURCES.md: section ${id} not found`);
  const next = md.indexOf('\n**S', start + 5);
  return md.slice(start, next < 0 ? undefined : next);
}

function must(text, re, what) {
  const m = re.exec(text);
  if (!m) throw new Error(`SOURCES.md: ${what} not found (${re})`);
  return m[1] ?? m[0];
}

const frDate = (d) => d.split('/').reverse().join('-'); // 19/07/2019 → 2019-07-19

/** @param {string} md @returns {{ siro: object, ministry: object, others: object[] }} */
export function readSources(md) {
  const s1 = section(md, 'S1');
  const siroFile = must(s1, /fichier `(SIRO_\d{6})\.csv`/, 'S1 file name');
  const siro = {
    id: siroFile.toLowerCase(), // siro_202608, as in the CSV's `source` column
    label: 'France compétences, table SIRET-OPCO (SIRO)',
    url: must(s1, /(https:\/\/www\.data\.gouv\.fr\/datasets\/table-siret-opco)/, 'S1 URL'),
    date: must(s1, /mis à jour le (\d{4}-\d{2}-\d{2})/, 'S1 date'),
    licence: must(s1, /(Licence Ouverte \/ Open Licence 2\.0)/, 'S1 licence'),
  };
  const s2 = section(md, 'S2');
  const ministryFr = must(s2, /table IDCC-OPCO du (\d{2}\/\d{2}\/\d{4})/, 'S2 date');
  const ministryDate = frDate(ministryFr);
  const ministry = {
    id: `mt_${ministryDate.replaceAll('-', '')}`,
    label: `Ministère du Travail, table IDCC-OPCO du ${ministryFr}`,
    url: null, // SOURCES.md names the site (travail-emploi.gouv.fr), not the file's address
    date: ministryDate,
    licence: must(md, /Table du ministère \(S2\) : (donnée publique)/, 'S2 licence'),
  };
  const s3 = section(md, 'S3');
  const s5 = section(md, 'S5');
  const others = [
    {
      id: 'bal_idcc',
      label: 'Mission apprentissage (BAL), titres et états juridiques des conventions (KALI/Légifrance)',
      url: null,
      date: must(s3, /commit `[0-9a-f]+`\s*\((\d{4}-\d{2}-\d{2})/, 'S3 date'),
      licence: must(s3, /\d{4}-\d{2}-\d{2}, (MIT)\)/, 'S3 licence'),
    },
    {
      id: 'cdtn_idcc',
      label: 'Code du travail numérique (@socialgouv/cdtn-utils), IDCC fusionnés ou scindés (DARES)',
      url: null,
      date: must(s5, /publié le (\d{4}-\d{2}-\d{2})/, 'S5 date'),
      licence: must(s5, /\((Apache-2\.0), publié/, 'S5 licence'),
    },
  ];
  return { siro, ministry, others };
}
