// `npm run data:naf` starts here: the NAF data step reads @socialgouv/kali-data (~175 MB) and
// @socialgouv/codes-naf, which nothing else needs, so they live in this folder's own package
// (package.json + package-lock.json beside this file) and are installed on first use, not by the
// project's `npm ci`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = ['@socialgouv/kali-data', '@socialgouv/codes-naf'];
if (!wanted.every((name) => existsSync(`${here}node_modules/${name}/package.json`))) {
  console.log('Installing the NAF data tools (scripts/data/naf/package.json, first use only)…');
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
