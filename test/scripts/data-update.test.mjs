// npm run data:update against a loopback imitation of data.gouv.fr's API (GET /api/1/datasets/{slug}/
// and the resource's file), serving test/fixtures/siro-sample.csv; no network. And npm run
// data:build: regenerated from data/ alone, it gives the committed tables.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pickLatest } from '../../scripts/data-update.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(repo, 'test/fixtures/siro-sample.csv');

/** Runs a script; resolves to { code, out } (stdout + stderr). */
function node(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: repo, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, out: `${stdout}\n${stderr}` }),
    );
  });
}

/** A fresh copy of data/ (the scripts write siro-latest.json there). */
async function dataCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'opco-data-'));
  for (const f of ['opcos.json', 'idcc-opco.csv', 'SOURCES.md']) await copyFile(join(repo, 'data', f), join(dir, f));
  return dir;
}

describe('npm run data:update (fake data.gouv.fr on loopback)', () => {
  let server;
  let api;
  const hits = [];
  const dirs = [];

  before(async () => {
    const csv = await readFile(fixture);
    server = createServer((req, res) => {
      hits.push(req.url);
      if (req.url === '/api/1/datasets/table-siret-opco/') {
        const base = `http://127.0.0.1:${server.address().port}`;
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: '5f0d8a9c1a2b3c4d5e6f7a8b',
            slug: 'table-siret-opco',
            title: 'Table SIRET-OPCO (SIRO)',
            resources: [
              { id: 'doc', title: 'Notice SIRO.pdf', format: 'pdf', url: `${base}/files/notice.pdf`, last_modified: '2026-11-20T09:00:00' },
              { id: 'old', title: 'SIRO_202608.csv', format: 'csv', url: `${base}/files/SIRO_202608.csv`, last_modified: '2026-08-11T10:00:00' },
              {
                id: 'new',
                title: 'SIRO_202611.csv',
                format: 'csv',
                filesize: csv.length,
                url: `${base}/files/SIRO_202611.csv`,
                last_modified: '2026-11-10T08:30:00.000000+00:00',
              },
            ],
          }),
        );
      } else if (req.url === '/files/SIRO_202611.csv') {
        res.writeHead(200, { 'content-type': 'text/csv' }).end(csv);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${server.address().port}`;
  });

  after(async () => {
    server.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('picks the newest SIRO CSV of the listing', () => {
    const latest = pickLatest({
      resources: [
        { title: 'SIRO_202610.csv', format: 'csv', url: 'u1', last_modified: '2026-10-09' },
        { title: 'SIRO_202611.csv', format: 'csv', url: 'u2', last_modified: '2026-11-10' },
        { title: 'SIRO_202612.zip', format: 'zip', url: 'u3', last_modified: '2026-12-10' },
        { title: 'Documentation', format: 'pdf', url: 'u4', last_modified: '2026-12-11' },
      ],
    });
    assert.equal(latest.url, 'u2');
    assert.equal(pickLatest({ resources: [] }), undefined);
  });

  it('finds, downloads and aggregates the file, prints the changes, and refuses a file where most IDCCs vanished', async () => {
    const data = await dataCopy();
    dirs.push(data);
    const { code, out } = await node(['scripts/data-update.mjs', '--api', api, '--data', data, '--out', join(data, 'tables.ts')]);
    assert.notEqual(code, 0);
    assert.match(out, /Newest file: SIRO_202611\.csv, updated 2026-11-10/);
    assert.match(out, /34 lines .* 6 IDCCs; excluded 9998\/9999: 3; without IDCC: 3; malformed: 1/);
    assert.match(out, /share changed by 1 point or more \(1\): 1979 \(akto\): 100 % → 90 %/);
    assert.match(out, /OPCO changed \(\d+\): .*0002: opco-2i → —/);
    assert.match(out, /gone from SIRO \(falls back to the 2019 table\) \(947\)/);
    assert.match(out, /vanished from SIRO: truncated file\? Nothing written/);
    assert.deepEqual((await readdir(data)).sort(), ['SOURCES.md', 'idcc-opco.csv', 'opcos.json']);
    assert.ok(hits.includes('/files/SIRO_202611.csv'));
    assert.ok(!hits.includes('/files/SIRO_202608.csv'));
  });

  it('with --allow-drops writes data/siro-latest.json and the tables "as of" the file date; a second run is up to date', async () => {
    const data = await dataCopy();
    dirs.push(data);
    const out = join(data, 'tables.ts');
    const first = await node(['scripts/data-update.mjs', '--api', api, '--data', data, '--out', out, '--allow-drops']);
    assert.equal(first.code, 0, first.out);
    const state = JSON.parse(await readFile(join(data, 'siro-latest.json'), 'utf8'));
    assert.equal(state.file, 'SIRO_202611.csv');
    assert.equal(state.asOf, '2026-11-10');
    assert.equal(state.url, `${api}/files/SIRO_202611.csv`);
    assert.deepEqual(Object.keys(state.idccs).sort(), ['0016', '1486', '1979', '2216', '3203', '8211']);
    assert.deepEqual(state.idccs['8211'], ['ocapiat', 3, 0.6, 5, ['ocapiat', 'akto']]);
    const tables = await readFile(out, 'utf8');
    assert.match(tables, /"asOf": "2026-11-10"/);
    assert.match(tables, /"id": "siro_202611"/);
    assert.match(tables.split('\n')[0], /from [\w.-]+\/\{opcos\.json,idcc-opco\.csv,SOURCES\.md\} and the SIRO file SIRO_202611\.csv/);
    assert.doesNotMatch(tables.split('\n')[0], /\/tmp\/|\.\.\//);

    // data:build alone now gives the same tables (no SIRO file needed)
    const rebuilt = join(data, 'rebuilt.ts');
    const build = await node(['scripts/build-data.mjs', '--data', data, '--out', rebuilt]);
    assert.equal(build.code, 0, build.out);
    assert.equal(await readFile(rebuilt, 'utf8'), tables);
    assert.match(await readFile(join(data, 'conventions.json'), 'utf8'), /^\{"asOf":"2026-11-10","prefixes":\[/);

    const downloads = hits.filter((h) => h.startsWith('/files/')).length;
    const second = await node(['scripts/data-update.mjs', '--api', api, '--data', data, '--out', out]);
    assert.equal(second.code, 0, second.out);
    assert.match(second.out, /Already up to date/);
    assert.equal(hits.filter((h) => h.startsWith('/files/')).length, downloads);
  });

  it('--file reads a downloaded file without any network; --dry-run writes nothing', async () => {
    const data = await dataCopy();
    dirs.push(data);
    const before = hits.length;
    const { code, out } = await node([
      'scripts/data-update.mjs',
      '--file',
      fixture,
      '--as-of',
      '2026-11-10',
      '--dry-run',
      '--allow-drops',
      '--api',
      'http://127.0.0.1:9',
      '--data',
      data,
      '--out',
      join(data, 'tables.ts'),
    ]);
    assert.equal(code, 0, out);
    assert.match(out, /SIRO siro-sample\.csv: 34 lines/);
    assert.match(out, /--dry-run: nothing written/);
    assert.equal(hits.length, before);
    assert.deepEqual((await readdir(data)).sort(), ['SOURCES.md', 'idcc-opco.csv', 'opcos.json']);
  });

  it('an unreachable API is one clear line, not a stack trace', async () => {
    const { code, out } = await node(['scripts/data-update.mjs', '--api', api, '--dataset', 'no-such-dataset', '--dry-run']);
    assert.equal(code, 1);
    assert.match(out, /^data:update: .*HTTP 404/m);
    assert.doesNotMatch(out, /\n\s+at /);
  });
});

describe('npm run data:build from data/', () => {
  it('regenerates src/data/generated/tables.ts and conventions.json byte for byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'opco-build-'));
    try {
      const out = join(dir, 'tables.ts');
      const { code, out: log } = await node(['scripts/build-data.mjs', '--out', out]);
      assert.equal(code, 0, log);
      assert.equal(await readFile(out, 'utf8'), await readFile(join(repo, 'src/data/generated/tables.ts'), 'utf8'));
      assert.equal(await readFile(join(dir, 'conventions.json'), 'utf8'), await readFile(join(repo, 'src/data/generated/conventions.json'), 'utf8'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("no script, config or source file reads the machine's shared folder", async () => {
    const files = [
      'package.json',
      'rollup.config.mjs',
      'web-test-runner.config.mjs',
      '.ci/run',
      ...(await readdir(join(repo, 'scripts'), { recursive: true }))
        .filter((f) => f.endsWith('.mjs') && !f.includes('node_modules'))
        .map((f) => `scripts/${f}`),
      ...(await readdir(join(repo, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts')).map((f) => `src/${f}`),
    ];
    for (const f of files) {
      const text = await readFile(join(repo, f), 'utf8');
      assert.doesNotMatch(text, /\.\.\/shared\b|\/work\/shared/, f);
    }
  });
});
