// <opco-branch-list> on its longest list (OCAPIAT, 248 IDCCs, regional section unfolded): the
// time from each filter keystroke to the next painted frame, against one frame (16 ms).
import { stats, typedThenErased, withPage } from './browser.mjs';

// What visitors type, one keystroke at a time, then erased one at a time: words, an IDCC, a typo.
const QUERIES = ['exploitations agricoles gironde', 'polyculture', '9331', 'pépinères', 'coopératives laitières'];
const WARM_UP = 10;
const FRAME_MS = 16;

const keystrokes = () => typedThenErased(QUERIES);

async function measure(pageSize) {
  const path = `/bench/pages/branch-list.html${pageSize ? `?page-size=${pageSize}` : ''}`;
  return withPage(path, async (page) => {
    await page.waitForFunction(() => window.__bench !== undefined, { timeout: 30_000 });
    const rows = await page.evaluate(() => window.__bench.rowCount());
    // the element warms the search index when the browser is idle; a visitor reads first
    await new Promise((resolve) => setTimeout(resolve, 500));
    const work = [];
    const frame = [];
    let first;
    for (const [i, value] of keystrokes().entries()) {
      const t = await page.evaluate((v) => window.__bench.typeAndTime(v), value);
      if (i === 0) first = t;
      if (i < WARM_UP) continue;
      work.push(t.work);
      frame.push(t.frame);
    }
    return { rows, first, work: stats(work), frame: stats(frame) };
  });
}

const fmt = (n) => n.toFixed(1).padStart(6);

export async function run() {
  console.log(`OCAPIAT, regional section unfolded; ${keystrokes().length - WARM_UP} keystrokes after ${WARM_UP} warm-up`);
  console.log('work  = keystroke → element re-rendered and laid out');
  console.log('frame = keystroke → next painted frame (includes the wait for the next display tick)');
  console.log('');
  console.log(`${'case'.padEnd(38)}| measure |   n | median |    p95 |    p99 |    max`);
  for (const [label, pageSize] of [
    ['default page-size (25)', undefined],
    ['every row (page-size=1000)', 1000],
  ]) {
    const s = await measure(pageSize);
    console.log(`${`${label}, ${s.rows} rows`.padEnd(38)}| first keystroke: work ${s.first.work.toFixed(1)}, frame ${s.first.frame.toFixed(1)}`);
    for (const kind of ['work', 'frame']) {
      const m = s[kind];
      console.log(
        `${`${label}, ${s.rows} rows`.padEnd(38)}| ${kind.padEnd(7)} | ${String(m.n).padStart(3)} | ${fmt(m.median)} | ${fmt(m.p95)} | ${fmt(m.p99)} | ${fmt(m.max)}`,
      );
    }
  }
  console.log(`(ms; one frame = ${FRAME_MS} ms; reported, not asserted)`);
}
