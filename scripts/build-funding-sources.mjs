// Generates src/data/generated/funding-sources.ts from the source key table (§13) of the
// funding reference notes, kept in the repository as data/funding-notes.md.
// Run: npm run data:funding-sources (or node scripts/build-funding-sources.mjs [path/to/notes.md])
// The generated file is committed; neither the build nor the tests read the notes at run time.
// Only the sources that the funding module cites are written: the notes list every source read,
// the bundle ships only what a widget can show (the rest would be dead weight in every page).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const input = process.argv[2] ?? fileURLToPath(new URL('../data/funding-notes.md', import.meta.url));
const fundingDir = new URL('../src/data/funding/', import.meta.url);
const output = fileURLToPath(new URL('../src/data/generated/funding-sources.ts', import.meta.url));
const md = readFileSync(input, 'utf8');

const compiled = /^Compiled: (\d{4}-\d{2}-\d{2})/m.exec(md)?.[1];
const readOn = /read (\d{4}-\d{2}-\d{2}) from archived copies/.exec(md)?.[1];
if (!compiled || !readOn) throw new Error('compile/read dates not found');

const section = md.slice(md.indexOf('## 13. Sources'), md.indexOf('## Report'));

// Repository sources: the notes give repo, path and short commit; a GitHub blob URL is built from them.
const ME = { repo: 'betagouv/mon-entreprise', commit: '7b021aaf', date: '2026-06-30' };
const repoFile = (repo, commit, path) => `https://github.com/${repo}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;

/** Normalises the date text of the notes to a sortable 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (later end of a range). */
function normaliseDate(text) {
  const t = text.trim();
  const range = /^(\d{4})(-\d{2})?\/(\d{4}(?:-\d{2})?|\d{2})$/.exec(t); // "2019/2020", "2025-06/07", "2025-12/2026-01"
  if (range) return range[3].length === 2 ? `${range[1]}-${range[3]}` : range[3];
  const lead = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])/.exec(t); // "2025-03", "2020, archived 2023", "2022+"
  if (lead) return lead[1];
  const about = /^c\. (\d{4})$/.exec(t);
  if (about) return about[1];
  const labelled = /(?:version|DILA|JO|rules from) (\d{4}-\d{2}-\d{2})/.exec(t);
  return labelled?.[1]; // "undated", "code text, after décret 2024-631" → no date
}

const sources = [];
for (const line of section.split('\n')) {
  const m = /^- \[([A-Z0-9-]+|ME-[a-z]+)\] (.*)$/.exec(line);
  if (!m) continue;
  const [, key, rest] = m;
  const web = /^(https?:\/\/\S+) \(([^)]*)\)$/.exec(rest);
  if (web) {
    const [, url, dateText] = web;
    const host = new URL(url).hostname.replace(/^www\./, '');
    sources.push({ key, kind: 'web', label: host, url, dateAsGiven: dateText, date: normaliseDate(dateText) });
    continue;
  }
  const path = /`([^`]+)`/.exec(rest)?.[1];
  if (key.startsWith('ME-') && path) {
    const file = path.split('/').at(-1);
    sources.push({
      key,
      kind: 'code',
      label: `mon-entreprise (${ME.repo}), ${file}`,
      url: repoFile(ME.repo, ME.commit, path),
      dateAsGiven: `commit ${ME.commit} (${ME.date})`,
      date: ME.date,
    });
  } else if (key === 'MNA-CERFA' && path) {
    sources.push({
      key,
      kind: 'code',
      label: `mission-apprentissage/cerfa, ${path.split('/').at(-1)}`,
      url: repoFile('mission-apprentissage/cerfa', '874e04e5', path),
      dateAsGiven: 'commit 874e04e5 (undated)',
    });
  } else {
    // excerpts without a single location (FS-CSA, OPENFISCA-CFP, CODE-PRO-BRANCH)
    sources.push({ key, kind: 'code', label: rest.replace(/\s*\(undated\)$/, ''), dateAsGiven: 'undated' });
  }
}
if (sources.length < 100) throw new Error(`only ${sources.length} sources parsed`);
const keys = sources.map((s) => s.key);
if (new Set(keys).size !== keys.length) throw new Error('duplicate source key');

/** Text of every hand-written .ts file of the funding module (the generated table itself excluded). */
function fundingSourceText() {
  return readdirSync(fundingDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts'))
    .map((f) => readFileSync(`${f.parentPath ?? f.path}/${f.name}`, 'utf8'))
    .join('\n');
}

// A key is cited when it appears as a quoted string ('EFL-750' or "EFL-750"); keys are the notes' own
// identifiers ([A-Z0-9-] or ME-xxx), so a quoted exact match cannot be a false positive in practice.
const cited = fundingSourceText();
const isCited = (key) => cited.includes(`'${key}'`) || cited.includes(`"${key}"`);
const kept = sources.filter((s) => isCited(s.key));
if (kept.length === 0) throw new Error('no source key cited under src/data/funding: wrong folder?');

const q = (s) => JSON.stringify(s);
const body = kept
  .map((s) => {
    const fields = [`kind: ${q(s.kind)}`, `label: ${q(s.label)}`];
    if (s.url) fields.push(`url: ${q(s.url)}`);
    fields.push(`dateAsGiven: ${q(s.dateAsGiven)}`);
    if (s.date) fields.push(`date: ${q(s.date)}`);
    return `  ${q(s.key)}: { ${fields.join(', ')} },`;
  })
  .join('\n');

writeFileSync(
  output,
  `// GENERATED by \`node scripts/build-funding-sources.mjs\` from the funding notes §13 (compiled ${compiled}). Do not edit.
// ${kept.length} of the ${sources.length} sources of the notes: those cited under src/data/funding (re-run after citing a new one).
import type { SourceInfo } from '../funding/types.js';

/** Date the funding notes were compiled; every source was read on READ_ON from archived copies. */
export const FUNDING_NOTES_COMPILED = ${q(compiled)};
export const SOURCES_READ_ON = ${q(readOn)};

const SOURCES = {
${body}
} as const satisfies Record<string, SourceInfo>;

export type SourceKey = keyof typeof SOURCES;

/** Source key → label, URL and source date (§13 of the notes), for the keys the funding module cites. */
export const FUNDING_SOURCES: Readonly<Record<SourceKey, SourceInfo>> = SOURCES;
`,
);
console.log(`wrote ${kept.length} of ${sources.length} sources (the cited ones) to ${output}`);
