// `npm pack` / `npm publish` (prepack, after scripts/ensure-built.mjs): refuses to pack an
// incomplete build. Every file package.json points to must exist, and every script in dist/ must
// name its own source map on its last line, a map whose `file` is that script, and every JSON file a
// script fetches next to itself (the convention table, the language packs) must be there.
// Also used by test/release/package.test.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Files package.json names (main, types, exports, web-types, customElements). */
export function pointedFiles(pkg) {
  const fromExports = Object.values(pkg.exports ?? {}).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)));
  return [...new Set([pkg.main, pkg.module, pkg.types, pkg['web-types'], pkg.customElements, ...fromExports].filter(Boolean))].map((p) =>
    p.replace(/^\.\//, ''),
  );
}

/** @returns {string[]} what is wrong (empty when the package is complete) */
export function checkPackage(dir = root) {
  const problems = [];
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const file of [...pointedFiles(pkg), 'LICENSE', 'README.md', 'CHANGELOG.md']) {
    if (!existsSync(join(dir, file))) problems.push(`${file} is missing`);
  }
  const dist = join(dir, 'dist');
  const scripts = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.js')) : [];
  // the convention table the finder and the branch list fetch next to their script
  if (!scripts.length || !readdirSync(dist).some((f) => /^opco-conventions\..+\.json$/.test(f))) problems.push('dist/opco-conventions.<hash>.json is missing');
  for (const file of scripts) {
    const text = readFileSync(join(dist, file), 'utf8');
    // the JSON a script fetches next to itself (the table, its language packs) must be there
    for (const [, json] of text.matchAll(/new URL\("\.\/([\w.-]+\.json)", ?import\.meta\.url\)/g)) {
      if (!existsSync(join(dist, json))) problems.push(`dist/${json} (fetched by dist/${file}) is missing`);
    }
    // the OPCO slices a branch list fetches (their names are in a map built into the script),
    // and the explainer's data, one file per language (names built into the script too)
    for (const [json] of text.matchAll(/(?:opco-conventions-[a-z0-9-]+|opco-funding-explainer-data\.[a-z]{2})\.[0-9a-f]{12}\.json/g)) {
      if (!existsSync(join(dist, json))) problems.push(`dist/${json} (fetched by dist/${file}) is missing`);
    }
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
    if (url !== `${file}.map`) {
      problems.push(`dist/${file} names ${url ?? 'no source map'}, expected ${file}.map`);
      continue;
    }
    if (!existsSync(join(dist, url))) {
      problems.push(`dist/${url} is missing`);
      continue;
    }
    const map = JSON.parse(readFileSync(join(dist, url), 'utf8'));
    if (map.file !== file) problems.push(`dist/${url}: "file" is ${map.file}, expected ${file}`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = checkPackage();
  if (problems.length) {
    console.error(`The package is not complete (run \`npm run build\`):\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log('package: every file package.json names is built; every script has its own source map.');
}
