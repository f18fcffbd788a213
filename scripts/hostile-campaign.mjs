// Runs the hostile campaign (test/hostile/campaign.run.ts) in Chromium and prints its counts per family:
// cases tried, uncaught errors, blank widgets, wrong answers, hangs. Not part of `npm test` (about 3 min).
//   node scripts/hostile-campaign.mjs
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['wtr', '--config', 'test/hostile/campaign.config.mjs'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const out = `${run.stdout}\n${run.stderr}`;
const rows = [...out.matchAll(/CAMPAIGN (\w+) (\{.*\})/g)].map(([, family, json]) => ({ family, ...JSON.parse(json) }));
if (rows.length === 0) {
  console.error(out.slice(-4000));
  process.exit(1);
}
const total = { family: 'total', cases: 0, uncaught: 0, blank: 0, wrong: 0, hangs: 0 };
for (const r of rows) for (const k of ['cases', 'uncaught', 'blank', 'wrong', 'hangs']) total[k] += r[k];
console.table([...rows, total].map(({ examples: _examples, ...r }) => r));
for (const r of rows) for (const e of r.examples ?? []) console.log(`${r.family}: ${e}`);
process.exit(total.uncaught + total.blank + total.wrong + total.hangs === 0 ? 0 : 1);
