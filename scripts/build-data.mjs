#!/usr/bin/env node
// npm run data:build [-- --data <dir>] [-- --siro <SIRO_YYYYMM.csv> --as-of <YYYY-MM-DD> [--dry-run]]
//
// Reads the project's data/ folder (opcos.json, idcc-opco.csv, SOURCES.md and, once a monthly refresh
// has been made, siro-latest.json) and writes two files into src/data/generated/: tables.ts (the 11 OPCOs,
// the dataset's provenance and the convention table's integrity) and conventions.json (every IDCC row as one
// packed string, decoded by src/data/packed.ts). The widgets fetch conventions.json after their first render,
// checked against that integrity; the data module (dist/data.js) inlines it.
// With --siro (what `npm run data:update` runs), the monthly SIRO CSV of France compétences is
// streamed, its per-IDCC majority OPCO replaces the OPCO columns, what changed is printed, and the
// new aggregate is kept in data/siro-latest.json so that a plain data:build gives the same tables.
import { createReadStream } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { gzipSync } from 'node:zlib';
import { sri } from './lib/integrity.mjs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readSiroState, siroStateText } from './data/siro-state.mjs';
import { readSources } from './data/sources.mjs';
import { rowFromCsv, mergeSiro } from './data/rows.mjs';
import { deriveScope } from './data/scope.mjs';
import { encodeRows, TITLE_PREFIXES } from './data/encode.mjs';
import { cleanTitles } from './data/titles.mjs';
import { tsImport } from 'tsx/esm/api';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: path.join(repo, 'data') },
    siro: { type: 'string' },
    'as-of': { type: 'string' },
    out: { type: 'string', default: path.join(repo, 'src', 'data', 'generated', 'tables.ts') },
    // a truncated download would silently drop most IDCCs: refuse unless asked
    'allow-drops': { type: 'boolean', default: false },
    // print what the SIRO file changes, write nothing
    'dry-run': { type: 'boolean', default: false },
    // where the SIRO file was found (recorded in siro-latest.json by `npm run data:update`)
    'siro-url': { type: 'string' },
  },
});

const dataDir = path.resolve(args.data);
const [opcoJson, csvText, sourcesMd] = await Promise.all([
  readFile(path.join(dataDir, 'opcos.json'), 'utf8'),
  readFile(path.join(dataDir, 'idcc-opco.csv'), 'utf8'),
  readFile(path.join(dataDir, 'SOURCES.md'), 'utf8'),
]);

// OPCOs: camelCase, the `_about` prose stays in the source file.
const opcos = JSON.parse(opcoJson).opcos.map((o) => ({
  id: o.id,
  name: o.name,
  shortName: o.short_name,
  website: o.website,
  siren: o.siren,
  siroLabel: o.siro_label,
  sectors: o.sectors,
  aliases: o.aliases,
  formerOpca: o.former_opca,
  // the next step for each audience (SOURCES.md, S8): camelCase, and every URL checked here
  links: Object.fromEntries(
    Object.entries(o.links ?? {}).map(([audience, l]) => {
      if (!/^https:\/\//.test(l.url) || typeof l.verified !== 'boolean' || !l.source || !l.as_of) {
        throw new Error(`opcos.json: ${o.id}.links.${audience} needs an https url, verified, source and as_of`);
      }
      // where each page was read stays in opcos.json and SOURCES.md (S8): the widgets need the page, not its story
      return [audience, { url: l.url, topic: l.topic, verified: l.verified, asOf: l.as_of }];
    }),
  ),
}));
for (const o of opcos) {
  for (const audience of ['employer', 'training-centre', 'apprentice']) {
    if (!o.links[audience]) throw new Error(`opcos.json: ${o.id} has no links.${audience} (use its home page, topic "home")`);
  }
}
const opcoIds = opcos.map((o) => o.id);
if (opcoIds.length > 36) throw new Error('more than 36 OPCOs: the packed format uses one base-36 digit');

const { siro, ministry, others } = readSources(sourcesMd);
// Titles: the cleaning rules and per-IDCC overrides of scripts/data/overrides.mjs.
const records = parseSync(csvText, { columns: true, skip_empty_lines: true });
const titles = cleanTitles(records.map((r) => rowFromCsv(r, { siro: siro.id, ministry: ministry.id })));
let rows = titles.rows;
for (const line of titles.log) console.log(`titles: ${line}`);
let siroSource = siro;
/** siro_YYYYMM: the source id of a SIRO file, from its "mis à jour le" date. */
const siroId = (asOf) => `siro_${asOf.slice(0, 7).replace('-', '')}`;

// The last monthly refresh (data/siro-latest.json), if any, replaces the SIRO columns of the CSV.
const statePath = path.join(dataDir, 'siro-latest.json');
const committed = await readSiroState(statePath);
if (committed) {
  rows = mergeSiro(rows, committed.aggregate).rows;
  siroSource = { ...siro, id: siroId(committed.asOf), date: committed.asOf };
  console.log(`SIRO: ${path.basename(statePath)} (${committed.file}, as of ${committed.asOf}, ${committed.aggregate.byIdcc.size} IDCCs)`);
}
let newState;

if (args.siro) {
  const asOf = args['as-of'];
  if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new Error('--siro needs --as-of YYYY-MM-DD (the "mis à jour le" date of the file on data.gouv.fr)');
  }
  const { createSiroAggregator } = await tsImport('../src/data/siro-aggregate.ts', import.meta.url);
  const aggregator = createSiroAggregator(Object.fromEntries(opcos.map((o) => [o.siroLabel, o.id])));
  // csv-parse streams the ~100 MB file: pipe-separated, a byte-order mark allowed, short lines kept
  // (the aggregator counts them as malformed), quotes tolerated.
  const parser = createReadStream(args.siro).pipe(
    parse({ delimiter: '|', record_delimiter: ['\r\n', '\n'], bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }),
  );
  const started = Date.now();
  for await (const record of parser) aggregator.add(record.join('|'));
  const aggregate = aggregator.result();
  const merged = mergeSiro(rows, aggregate);
  rows = merged.rows;
  siroSource = { ...siro, id: siroId(asOf), date: asOf };
  const c = merged.changes;
  console.log(
    `SIRO ${path.basename(args.siro)}: ${aggregate.lines} lines in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
      `${aggregate.byIdcc.size} IDCCs; excluded 9998/9999: ${aggregate.excluded}; without IDCC: ${aggregate.withoutIdcc}; ` +
      `malformed: ${aggregate.malformed}`,
  );
  if (aggregate.unmappedLabels.size) console.log('  unknown OPCO labels (ignored):', Object.fromEntries(aggregate.unmappedLabels));
  console.log(`Changes against ${committed ? `${committed.file} (${committed.asOf})` : `the tables of ${siro.date}`}:`);
  const list = (title, items) =>
    console.log(`  ${title} (${items.length})${items.length ? `: ${items.slice(0, 40).join('; ')}${items.length > 40 ? ' …' : ''}` : ''}`);
  list('OPCO changed', c.opco);
  list('share changed by 1 point or more', c.share);
  list('shared status changed', c.shared);
  list('added (no title yet)', c.added);
  list('gone from SIRO (falls back to the 2019 table)', c.dropped);
  console.log(`  establishment counts changed: ${c.counts}; confidence changed: ${c.confidence}`);
  const before = rows.filter((r) => r.siro).length + c.dropped.length - c.added.length;
  if (c.dropped.length > 0.05 * before && !args['allow-drops']) {
    console.error(`${c.dropped.length} of ${before} IDCCs vanished from SIRO: truncated file? Nothing written (--allow-drops to force).`);
    process.exit(1);
  }
  newState = { file: path.basename(args.siro), asOf, url: args['siro-url'] ?? null, aggregate };
}
for (const r of rows) r.scope = deriveScope(r.title);
const ids = new Set(rows.map((r) => r.idcc));
for (const r of rows) {
  for (const to of r.replacedBy) if (!ids.has(to)) throw new Error(`IDCC ${r.idcc} is replaced by ${to}, which is not in the table`);
}

const packed = encodeRows(rows, opcoIds);
const dataset = {
  asOf: siroSource.date,
  sources: [siroSource, ministry, ...others],
};
const sourceIds = { siro: siroSource.id, ministry: ministry.id };

// Every row must come back identical through the runtime decoder.
const { decodeConventions } = await tsImport('../src/data/packed.ts', import.meta.url);
const decoded = decodeConventions(packed, TITLE_PREFIXES, opcoIds, sourceIds);
rows.forEach((r, i) => {
  const d = decoded[i];
  const expected = {
    idcc: r.idcc,
    title: r.title,
    shortTitle: r.shortTitle,
    opco: r.opco,
    candidates: r.candidates,
    replacedBy: r.replacedBy,
    confidence: r.confidence,
    legalStatus: r.legalStatus,
    scope: r.scope,
    establishments: r.establishments,
    share: r.share,
    sources: [...(r.siro ? [sourceIds.siro] : []), ...(r.ministry ? [sourceIds.ministry] : [])],
  };
  if (JSON.stringify(d) !== JSON.stringify(expected)) {
    throw new Error(`round-trip mismatch for IDCC ${r.idcc}:\n${JSON.stringify(d)}\n${JSON.stringify(expected)}`);
  }
});

// Header: paths relative to the repository, never a machine path (a folder outside it is named by its name).
const relative = path.relative(repo, dataDir);
const from = !relative ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(dataDir) : relative.split(path.sep).join('/');
const siroFile = newState?.file ?? committed?.file;
// The table travels as JSON: `rows` in the format of src/data/packed.ts, `prefixes` its title prefixes, and
// the APE/NAF → convention links of src/data/generated/naf.ts (npm run data:naf; read by src/data/naf.ts):
// the finder needs them only once the table is in, so they travel with it rather than in its script.
const nafModule = await tsImport('../src/data/generated/naf.ts', import.meta.url);
// (the two label lists side by side: gzip finds the NAF 2025 labels' words in the rév. 2 ones, 2 kB less)
const naf = {
  codes: nafModule.NAF_CODES,
  codes25: nafModule.NAF25_CODES,
  from25: nafModule.NAF25_FROM,
  labels: nafModule.NAF_LABELS,
  labels25: nafModule.NAF25_LABELS,
  articles: nafModule.NAF_ARTICLES,
  links: nafModule.NAF_LINKS,
};
const table = `${JSON.stringify({ asOf: dataset.asOf, prefixes: TITLE_PREFIXES, rows: packed, naf })}\n`;
const integrity = sri(table);
const source = `// Generated by \`npm run data:build\` (scripts/build-data.mjs) from ${from}/{opcos.json,idcc-opco.csv,SOURCES.md}${siroFile ? ` and the SIRO file ${siroFile} (${from}/siro-latest.json)` : ''}, titles cleaned by the rules and overrides of scripts/data/overrides.mjs. Do not edit.
import type { Dataset, Opco, OpcoId, OpcoProfile } from '../types.js';

export const OPCO_IDS = ${JSON.stringify(opcoIds)} as const;

/** The 11 OPCOs as a card or the explainer shows them (their files carry only this). */
export const OPCO_PROFILES: readonly OpcoProfile[] = ${JSON.stringify(
  opcos.map(({ siroLabel: _label, aliases: _aliases, formerOpca: _former, ...profile }) => profile),
  null,
  2,
)};

/** The names an OPCO is also known by (SIRO's label, aliases, the OPCA it took over): what a search needs. */
export const OPCO_NAMES: Readonly<Record<OpcoId, Pick<Opco, 'siroLabel' | 'aliases' | 'formerOpca'>>> = ${JSON.stringify(Object.fromEntries(opcos.map(({ id, siroLabel, aliases, formerOpca }) => [id, { siroLabel, aliases, formerOpca }])), null, 2)};

export const OPCOS: readonly Opco[] = /* @__PURE__ */ OPCO_PROFILES.map((profile) => ({ ...profile, ...OPCO_NAMES[profile.id] }));

export const DATASET: Dataset = ${JSON.stringify(dataset, null, 2)};

/** Source ids behind the packed table's sources bitmask. */
export const SOURCE_IDS = ${JSON.stringify(sourceIds)};

/** Subresource Integrity of conventions.json (${rows.length} IDCC rows): the widgets refuse any other file. */
export const CONVENTIONS_INTEGRITY = ${JSON.stringify(integrity)};
`;
if (args['dry-run']) {
  console.log('--dry-run: nothing written.');
  process.exit(0);
}
if (newState) {
  await writeFile(statePath, siroStateText(newState));
  console.log(`wrote ${path.basename(statePath)} (${newState.file}, as of ${newState.asOf})`);
}
await mkdir(path.dirname(args.out), { recursive: true });
await writeFile(args.out, source);
const tablePath = path.join(path.dirname(args.out), 'conventions.json');
await writeFile(tablePath, table);

const perOpco = Object.fromEntries(opcoIds.map((id) => [id, rows.filter((r) => r.opco === id).length]));
console.log(
  `wrote ${path.relative(repo, args.out)} and ${path.relative(repo, tablePath)}: ${rows.length} IDCCs, as of ${dataset.asOf}; ` +
    `table ${table.length} chars, gzip -9 ${gzipSync(table, { level: 9 }).length} B`,
);
console.log('IDCCs per OPCO:', perOpco);
