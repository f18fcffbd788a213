// Release files a partner can pin and verify, run by `npm run build` right after rollup:
//   dist/opco-widgets-<version>.js   a byte-identical, versioned copy of dist/opco-widgets.js
//                                    (a URL that never changes content, so a CDN may cache it for a
//                                    year and the integrity hash stays true)
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

async function release() {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const bundle = await readOrExplain(join(dist, 'opco-widgets.js'));
  const data = await readOrExplain(join(dist, 'data.js'));
  // <opco-apprentice-pay> ships in its own file, with its own integrity (pages without it skip it)
  const pay = await readOrExplain(join(dist, 'opco-apprentice-pay.js'));
  const payVersioned = `opco-apprentice-pay-${version}.js`;
  await writeFile(join(dist, payVersioned), pay);
  const versioned = `opco-widgets-${version}.js`;
  // Same bytes, so one hash serves both URLs. The copy still names opco-widgets.js.map in its
  // sourceMappingURL; copying the map under the versioned name as well keeps pinned
  // deployments self-contained when a host only uploads the versioned pair.
  await writeFile(join(dist, versioned), bundle);
  await copyFile(join(dist, 'opco-widgets.js.map'), join(dist, `${versioned}.map`)).catch(() => {});

  const entry = (file, bytes) => ({ file, bytes: bytes.length, integrity: sri(bytes) });
  const manifest = {
    name: 'opco-widgets',
    version,
    // SOURCE_DATE_EPOCH (seconds) gives reproducible manifests, as in other build tools
    builtAt: new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString(),
    bundle: versioned,
    files: [
      entry('opco-widgets.js', bundle),
      entry(versioned, bundle),
      entry('data.js', data),
      entry('opco-apprentice-pay.js', pay),
      entry(payVersioned, pay),
    ],
  };
  await writeFile(join(dist, 'release.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const { integrity } = manifest.files[0];
  console.log(`\nopco-widgets ${version}: dist/opco-widgets.js and dist/${versioned} (${bundle.length} bytes)`);
  console.log(`integrity ${integrity}`);
  console.log('\nSnippet (replace https://cdn.example.org/ by where you host the file; it must send Access-Control-Allow-Origin):');
  console.log(
    `<script type="module" src="https://cdn.example.org/opco-widgets/${versioned}"\n` +
      `        integrity="${integrity}" crossorigin="anonymous"></script>\n`,
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
