#!/usr/bin/env node
// npm run data:update [-- --file <SIRO_YYYYMM.csv> [--as-of YYYY-MM-DD]] [-- --dry-run] [-- --api <base URL>]
//
// The monthly refresh of IDCC → OPCO. Asks data.gouv.fr's public API for the dataset "Table SIRET-OPCO
// (SIRO)" of France compétences, picks its newest SIRO_YYYYMM.csv resource, streams the download to a
// temporary file, then runs `scripts/build-data.mjs --siro`, which streams it through the aggregator,
// prints what changed (IDCCs whose OPCO or share changed, added, gone) and rewrites data/siro-latest.json
// and src/data/generated/tables.ts. Review the printed changes and `git diff`, then commit.
//
//   --file <path>      a SIRO file already downloaded (no network); --as-of gives its "mis à jour le"
//                      date on data.gouv.fr (default: the file's modification date, with a warning)
//   --dry-run          print the changes, write nothing
//   --force            rebuild even when the newest file is the one already in data/siro-latest.json
//   --allow-drops      accept a file where more than 5 % of the IDCCs vanished (normally a truncated download)
//   --api <url>        base URL of the data.gouv.fr API (tests point it at a loopback server)
//   --dataset <slug>   dataset slug or id (default: table-siret-opco)
//   --keep <path>      keep the downloaded file there (default: deleted after the build)
//   --data, --out      passed to build-data.mjs (the data folder, the generated file)
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readSiroState } from './data/siro-state.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    file: { type: 'string' },
    'as-of': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'allow-drops': { type: 'boolean', default: false },
    api: { type: 'string', default: 'https://www.data.gouv.fr' },
    dataset: { type: 'string', default: 'table-siret-opco' },
    keep: { type: 'string' },
    data: { type: 'string', default: path.join(repo, 'data') },
    out: { type: 'string' },
  },
});

const SIRO_NAME = /SIRO_(\d{6})\.csv/i;

/** The newest SIRO CSV resource of the dataset, from GET /api/1/datasets/{slug}/. */
export function pickLatest(dataset) {
  const candidates = (dataset.resources ?? [])
    .map((r) => ({ ...r, month: SIRO_NAME.exec(`${r.title ?? ''} ${r.url ?? ''}`)?.[1] }))
    .filter((r) => r.url && r.month && (!r.format || /csv/i.test(r.format)));
  // newest month first; same month: the most recently modified upload
  candidates.sort((a, b) => b.month.localeCompare(a.month) || String(b.last_modified).localeCompare(String(a.last_modified)));
  return candidates[0];
}

async function findLatest() {
  const endpoint = new URL(`api/1/datasets/${encodeURIComponent(args.dataset)}/`, args.api.endsWith('/') ? args.api : `${args.api}/`);
  console.log(`Asking ${endpoint.href}`);
  const response = await fetch(endpoint, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${endpoint.href}: HTTP ${response.status}`);
  const dataset = await response.json();
  const latest = pickLatest(dataset);
  if (!latest) throw new Error(`no SIRO_YYYYMM.csv resource in the dataset "${dataset.title ?? args.dataset}"`);
  const asOf = String(latest.last_modified ?? '').slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`resource ${latest.id}: no last_modified date`);
  const file = SIRO_NAME.exec(`${latest.title} ${latest.url}`)[0];
  console.log(`Newest file: ${file}, updated ${asOf} (${latest.filesize ? `${Math.round(latest.filesize / 1e6)} MB, ` : ''}${latest.url})`);
  return { url: latest.url, file, asOf };
}

async function download(url, file) {
  const dir = await mkdtemp(path.join(tmpdir(), 'opco-siro-'));
  const target = path.join(dir, file);
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const started = Date.now();
  // streamed to disk, never held in memory (the file is ~100 MB)
  await pipeline(Readable.fromWeb(response.body), createWriteStream(target));
  console.log(`Downloaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { target, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function build(extra) {
  const argv = [fileURLToPath(new URL('build-data.mjs', import.meta.url)), '--data', args.data, ...extra];
  if (args.out) argv.push('--out', args.out);
  if (args['dry-run']) argv.push('--dry-run');
  if (args['allow-drops']) argv.push('--allow-drops');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build-data.mjs exited with ${code}`))));
  });
}

async function main() {
  if (args.file) {
    let asOf = args['as-of'];
    if (!asOf) {
      asOf = (await stat(args.file)).mtime.toISOString().slice(0, 10);
      console.warn(`--as-of not given: using the file's modification date, ${asOf}. Pass --as-of YYYY-MM-DD, the "mis à jour le" date on data.gouv.fr.`);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`--as-of ${asOf}: expected YYYY-MM-DD`);
    await build(['--siro', args.file, '--as-of', asOf]);
    return;
  }
  const latest = await findLatest();
  const current = await readSiroState(path.join(args.data, 'siro-latest.json'));
  if (current && current.file === latest.file && current.asOf === latest.asOf && !args.force) {
    console.log(`Already up to date: data/siro-latest.json is ${current.file} of ${current.asOf} (--force to rebuild).`);
    return;
  }
  const { target, cleanup } = await download(latest.url, latest.file);
  try {
    await build(['--siro', target, '--as-of', latest.asOf, '--siro-url', latest.url]).catch((error) => {
      throw new Error(`${error.message}${args.keep ? '' : ' (--keep <path> keeps the downloaded file for a later --file run)'}`);
    });
  } finally {
    if (args.keep) {
      await rename(target, args.keep).catch(() => copyFile(target, args.keep));
      console.log(`Kept the file as ${args.keep}`);
    }
    await cleanup();
  }
  if (!args['dry-run']) console.log('\nNext: review the changes above and `git diff data/ src/data/generated/`, run `npm test`, then commit.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(`data:update: ${error.message}`);
    process.exit(1);
  });
}
