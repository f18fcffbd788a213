// A release's files and their integrity, written once, when the version is released, and never again.
//
//   releases/<version>.json   the files partners load from the npm CDN for that version, with their
//                             sha384 (copied from dist/release.json by the release step)
//   README.md                 the block between the release-snippet markers: one snippet per kind of
//                             page, each with its own file's integrity, for the newest recorded release
//
// An ordinary build never touches either. The release step is npm's `version` hook
// (`npm version 0.2.0`: package.json's version changes, then this script builds and writes both, then
// npm commits and tags them; see CONTRIBUTING, "Releasing").
//
//   node scripts/release-record.mjs --write   (the version hook) build, record this version, rewrite the README block
//   node scripts/release-record.mjs --check   (CI) the README block is the rendering of the newest record; at a
//                                              tag v<version>, the built files are the recorded ones
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_IN_ONE, ELEMENT_FILES } from './lib/files.mjs';
import { sri } from './lib/integrity.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const START = '<!-- release-snippet: written by `npm version` (scripts/release-record.mjs); do not edit -->';
export const END = '<!-- /release-snippet -->';
const RECORDS = join(root, 'releases');

export const cdnUrl = (version, file) => `https://cdn.jsdelivr.net/npm/opco-widgets@${version}/dist/${file}`;

/** The kinds of page, in the README's order: one element's file each, then the all-in-one file. */
export const PAGES = [
  ...ELEMENT_FILES.filter((f) => f.tag !== 'opco-provider').map((f) => ({ file: f.file.slice('dist/'.length), page: `\`<${f.tag}>\`` })),
  { file: ALL_IN_ONE.slice('dist/'.length), page: 'several elements, or an `<opco-provider>`' },
];

const semver = (v) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
const newer = (a, b) => {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? -1) > (y[i] ?? -1);
  return false;
};

/** The recorded releases' versions, newest first. */
export function recordedVersions() {
  if (!existsSync(RECORDS)) return [];
  return readdirSync(RECORDS)
    .filter((f) => /^\d+\.\d+\.\d+(-[\w.]+)?\.json$/.test(f))
    .map((f) => f.slice(0, -'.json'.length))
    .sort((a, b) => (newer(a, b) ? -1 : 1));
}

export async function readRecord(version) {
  return JSON.parse(await readFile(join(RECORDS, `${version}.json`), 'utf8'));
}

const scriptTag = (src, integrity) => `<script type="module" src="${src}"\n        integrity="${integrity}" crossorigin="anonymous"></script>`;

/** The README block for a record, or for "nothing released yet" (`record` null, `next` the version to come). */
export function renderBlock(record, next) {
  if (!record) {
    return `${START}
**Not on npm yet.** The first release will be ${next}; \`npm install opco-widgets\` and the CDN
addresses answer 404 until then. Meanwhile, build the files and host them yourself
([below](#self-hosting)): \`npm ci && npm run build\` prints, for each file, the
\`integrity\` of its bytes (also in \`dist/release.json\`). When a version is released, this block
gives the pinned CDN snippet of each kind of page with its own \`integrity\`.
${END}`;
  }
  const integrity = Object.fromEntries(record.files.map((f) => [f.file, f.integrity]));
  const rows = PAGES.map(({ file, page }) => `| ${page} | \`${file}\` | \`${integrity[file]}\` |`);
  const englishPack = record.files.map((f) => f.file).find((f) => /^opco-finder\.en\.[0-9a-f]+\.json$/.test(f));
  return `${START}
Version ${record.version}, from the npm CDN (the browser refuses any other bytes). A page with a finder:

\`\`\`html
${scriptTag(cdnUrl(record.version, 'opco-finder.js'), integrity['opco-finder.js'])}
<opco-finder>
  <a href="https://www.francecompetences.fr/">Trouver son OPCO sur le site de France compétences</a>
</opco-finder>
\`\`\`

On an English page, preload the file's English pack (the widget's own fetch reuses it):

\`\`\`html
<link rel="preload" href="${cdnUrl(record.version, englishPack)}" as="fetch" crossorigin="anonymous">
${scriptTag(cdnUrl(record.version, 'opco-finder.js'), integrity['opco-finder.js'])}
\`\`\`

Another kind of page: the same tag with that page's file and its own \`integrity\`
(\`${cdnUrl(record.version, '<file>')}\`):

| the page shows | file | \`integrity\` |
|---|---|---|
${rows.join('\n')}
${END}`;
}

/** README text with the block replaced; throws when the markers are missing. */
export function withBlock(readme, block) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md: the release-snippet markers are missing');
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

/** The block the README must hold now: the newest record's, or "not released yet". */
export async function expectedBlock() {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const [newest] = recordedVersions();
  return renderBlock(newest ? await readRecord(newest) : null, version);
}

async function write() {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  // the version the scripts announce (two versions on one page warn), then the files of that version
  await writeFile(
    join(root, 'src/platform/version.ts'),
    (await readFile(join(root, 'src/platform/version.ts'), 'utf8')).replace(/VERSION = '[^']*'/, `VERSION = '${version}'`),
  );
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  const built = JSON.parse(await readFile(join(root, 'dist/release.json'), 'utf8'));
  const record = {
    version,
    files: built.files.filter((f) => !f.file.includes(`-${version}.`)).map(({ file, bytes, integrity }) => ({ file, bytes, integrity })),
  };
  const path = join(RECORDS, `${version}.json`);
  const text = `${JSON.stringify(record, null, 2)}\n`;
  if (existsSync(path) && (await readFile(path, 'utf8')) !== text) {
    throw new Error(`releases/${version}.json exists with other hashes: a released version's files never change. Release a new version.`);
  }
  await mkdir(RECORDS, { recursive: true });
  await writeFile(path, text);
  const readmePath = join(root, 'README.md');
  await writeFile(readmePath, withBlock(await readFile(readmePath, 'utf8'), await expectedBlock()));
  console.log(`releases/${version}.json, README.md and src/platform/version.ts written for opco-widgets ${version}.`);
}

async function check() {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const expected = await expectedBlock();
  if (withBlock(readme, expected) !== readme) {
    throw new Error('README.md: the release snippet is not the rendering of the newest releases/*.json. Only the release step writes it.');
  }
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  let tagged = false;
  try {
    tagged = execFileSync('git', ['tag', '--points-at', 'HEAD'], { cwd: root, encoding: 'utf8' }).split('\n').includes(`v${version}`);
  } catch {
    /* not a git checkout */
  }
  if (tagged) {
    const record = await readRecord(version);
    for (const { file, integrity } of record.files) {
      const actual = sri(await readFile(join(root, 'dist', file)));
      if (actual !== integrity) throw new Error(`dist/${file} is not the file released as ${version} (${actual} ≠ ${integrity})`);
    }
  }
  const [newest] = recordedVersions();
  console.log(
    `README.md: release snippet ${newest ? `of ${newest}` : '"not on npm yet"'}, as recorded${tagged ? `; the built files are those of v${version}` : ''}.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (process.argv.includes('--write')) await write();
    else if (process.argv.includes('--check')) await check();
    else throw new Error('usage: node scripts/release-record.mjs --write | --check');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
