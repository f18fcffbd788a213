// Release files a partner can pin and verify, run by `npm run build` right after rollup:
//   dist/opco-widgets-<version>.js   a versioned copy of dist/opco-widgets.js, with its own source map
//   (+ .map)                         (a URL that never changes content, so a CDN may cache it for a
//                                    year and the integrity hash stays true; for self-hosting: the npm
//                                    package leaves it out, the CDN URL carries the version)
//   dist/opco-<element>-<version>.js the same for each element's own file (scripts/lib/files.mjs)
//   dist/release.json                file names, bytes, sha384 (Subresource Integrity), version, date;
//                                    the convention table (opco-conventions.<hash>.json), its OPCO
//                                    slices (opco-conventions-<opco>.<hash>.json), the
//                                    language packs (opco-<element>.<lang>.<hash>.json) and the explainer's
//                                    data (opco-funding-explainer-data.<lang>.<hash>.json) are listed too
// and prints the <script> tag to paste, with its integrity attribute.
//
// `node scripts/release.mjs --copy-demo <dir>` instead copies the configurator and the files it
// loads into a built site (the Storybook build), keeping the relative paths it uses.
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_IN_ONE, ELEMENT_FILES } from './lib/files.mjs';
import { slices, tableFileName } from './rollup/conventions-table.mjs';
import { PUBLISHED_PACK, packsOf } from './rollup/language-packs.mjs';
import { sri } from './lib/integrity.mjs';
import { explainerFiles } from './rollup/explainer-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

async function readOrExplain(path) {
  try {
    return await readFile(path);
  } catch {
    console.error(`${path} is missing: run \`rollup -c\` (or \`npm run build\`) first.`);
    process.exit(1);
  }
}

/**
 * dist/<name>-<version>.js: the same code as dist/<name>.js, pointing to its own source map
 * (<name>-<version>.js.map, whose `file` names it), so a host that uploads only the versioned pair
 * keeps working maps. Only that last comment differs: the two files have different integrity
 * hashes (both in release.json). Returns the versioned bytes.
 */
async function versionedCopy(name, version, bytes) {
  const versioned = `${name}-${version}.js`;
  const mapComment = `//# sourceMappingURL=${name}.js.map`;
  const text = bytes.toString('utf8');
  if (!text.trimEnd().endsWith(mapComment)) throw new Error(`dist/${name}.js does not end with ${mapComment}`);
  const out = Buffer.from(`${text.slice(0, text.lastIndexOf(mapComment))}//# sourceMappingURL=${versioned}.map\n`);
  await writeFile(join(dist, versioned), out);
  const map = JSON.parse(await readOrExplain(join(dist, `${name}.js.map`)));
  await writeFile(join(dist, `${versioned}.map`), JSON.stringify({ ...map, file: versioned }));
  return out;
}

async function release() {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const entry = (file, bytes) => ({ file, bytes: bytes.length, integrity: sri(bytes) });
  const files = [];
  const scripts = [];
  // the all-in-one file first, then one file per element, each with its versioned copy
  for (const path of [ALL_IN_ONE, ...ELEMENT_FILES.map((f) => f.file)]) {
    const name = path.replace(/^dist\//, '').replace(/\.js$/, '');
    const bytes = await readOrExplain(join(root, path));
    scripts.push(bytes);
    files.push(entry(`${name}.js`, bytes), entry(`${name}-${version}.js`, await versionedCopy(name, version, bytes)));
  }
  files.push(entry('data.js', await readOrExplain(join(dist, 'data.js'))));
  const table = tableFileName();
  files.push(entry(table, await readOrExplain(join(dist, table))));
  // a table of an earlier build would otherwise be packed and published beside this one
  const packs = [...new Set(scripts.flatMap((bytes) => packsOf(bytes)))].sort();
  for (const pack of packs) files.push(entry(pack, await readOrExplain(join(dist, pack))));
  // one OPCO's rows each, what a branch list with `opco` fetches
  const sliceFiles = Object.values(slices())
    .map((s) => s.fileName)
    .sort();
  for (const slice of sliceFiles) files.push(entry(slice, await readOrExplain(join(dist, slice))));
  // the explainer's other tabs, sources and money flows, one file per language
  const explainer = Object.values((await explainerFiles()).files)
    .map((f) => f.fileName)
    .sort();
  for (const file of explainer) files.push(entry(file, await readOrExplain(join(dist, file))));
  const current = (f) => f === table || packs.includes(f) || sliceFiles.includes(f) || explainer.includes(f);
  for (const stale of (await readdir(dist)).filter((f) => (/^opco-conventions[.-].+\.json$/.test(f) || PUBLISHED_PACK.test(f)) && !current(f)))
    await rm(join(dist, stale));
  const versioned = `opco-widgets-${version}.js`;
  const manifest = {
    name: 'opco-widgets',
    version,
    // SOURCE_DATE_EPOCH (seconds) gives reproducible manifests, as in other build tools
    builtAt: new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString(),
    bundle: versioned,
    table,
    slices: sliceFiles,
    packs,
    explainer,
    files,
  };
  await writeFile(join(dist, 'release.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  console.log(
    `\nopco-widgets ${version} (dist/release.json), from the npm CDN once published: https://cdn.jsdelivr.net/npm/opco-widgets@${version}/dist/<file>`,
  );
  for (const f of files.filter((f) => !f.file.includes(`-${version}.`))) console.log(`  ${f.file.padEnd(36)} ${String(f.bytes).padStart(7)} B  ${f.integrity}`);
  console.log(
    'Paste <script type="module" src="…/<file>" integrity="<sha384>" crossorigin="anonymous"></script>: the README says which file for which page.\n',
  );
}

/** Publishes the configurator inside another built site: <dir>/demo/configurator.* and <dir>/dist/…. */
async function copyDemo(target) {
  const manifest = JSON.parse(await readOrExplain(join(dist, 'release.json')));
  await mkdir(join(target, 'demo'), { recursive: true });
  await mkdir(join(target, 'dist'), { recursive: true });
  for (const name of ['configurator.html', 'configurator.js', 'configurator.css', 'configurator-messages.js', 'configurator-snippet.js']) {
    await copyFile(join(root, 'demo', name), join(target, 'demo', name));
  }
  for (const name of [...manifest.files.map((f) => f.file), 'release.json']) {
    await copyFile(join(dist, name), join(target, 'dist', name));
  }
  console.log(`Configurator copied to ${join(target, 'demo/configurator.html')}`);
}

const at = process.argv.indexOf('--copy-demo');
if (at > 0) {
  if (!process.argv[at + 1]) {
    console.error('usage: node scripts/release.mjs --copy-demo <built-site-dir>');
    process.exit(2);
  }
  await copyDemo(process.argv[at + 1]);
} else {
  await release();
}
