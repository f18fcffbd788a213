// Release files a partner can pin and verify, run by `npm run build` right after rollup:
//   dist/opco-widgets-<version>.js   a versioned copy of dist/opco-widgets.js, with its own source map
//   (+ .map)                         (a URL that never changes content, so a CDN may cache it for a
//                                    year and the integrity hash stays true; for self-hosting: the npm
//                                    package leaves it out, the CDN URL carries the version)
//   dist/opco-apprentice-pay-<version>.js  the same for the pay element's own file
//   dist/release.json                file names, bytes, sha384 (Subresource Integrity), version, date
// and prints the <script> tag to paste, with its integrity attribute.
//
// `node scripts/release.mjs --copy-demo <dir>` instead copies the configurator and the files it
// loads into a built site (the Storybook build), keeping the relative paths it uses.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** The value of an `integrity` attribute for these bytes. */
function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

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
  const bundle = await readOrExplain(join(dist, 'opco-widgets.js'));
  const data = await readOrExplain(join(dist, 'data.js'));
  // <opco-apprentice-pay> ships in its own file, with its own integrity (pages without it skip it)
  const pay = await readOrExplain(join(dist, 'opco-apprentice-pay.js'));
  const versioned = `opco-widgets-${version}.js`;
  const versionedBytes = await versionedCopy('opco-widgets', version, bundle);
  const payVersioned = `opco-apprentice-pay-${version}.js`;
  const payVersionedBytes = await versionedCopy('opco-apprentice-pay', version, pay);

  const entry = (file, bytes) => ({ file, bytes: bytes.length, integrity: sri(bytes) });
  const manifest = {
    name: 'opco-widgets',
    version,
    // SOURCE_DATE_EPOCH (seconds) gives reproducible manifests, as in other build tools
    builtAt: new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString(),
    bundle: versioned,
    files: [
      entry('opco-widgets.js', bundle),
      entry(versioned, versionedBytes),
      entry('data.js', data),
      entry('opco-apprentice-pay.js', pay),
      entry(payVersioned, payVersionedBytes),
    ],
  };
  await writeFile(join(dist, 'release.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const [plain, pinned] = manifest.files;
  console.log(`\nopco-widgets ${version}: dist/opco-widgets.js and dist/${versioned} (${bundle.length} bytes)`);
  console.log('\nSnippet, from the npm CDN once this version is published (the README shows it):');
  console.log(
    `<script type="module" src="https://cdn.jsdelivr.net/npm/opco-widgets@${version}/dist/opco-widgets.js"\n` +
      `        integrity="${plain.integrity}" crossorigin="anonymous"></script>`,
  );
  console.log('\nSelf-hosted (replace https://your-site.example/ by where you host the file; it must send Access-Control-Allow-Origin):');
  console.log(
    `<script type="module" src="https://your-site.example/opco-widgets/${versioned}"\n` +
      `        integrity="${pinned.integrity}" crossorigin="anonymous"></script>\n`,
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
