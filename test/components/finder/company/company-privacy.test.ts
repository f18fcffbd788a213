// The README's privacy statement, checked: each row of its table (between the privacy markers) is
// typed into a finder pointed at the recording fake, and what reached it is compared with the
// row's last column. If the README and the behaviour part ways, this test fails.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApiBase, fakeStats, uniq } from '../../../fake-api/fake-api.js';
import { $, mount, settle, typeInto } from '../helpers.js';
import { useFakeClock } from '../../../helpers/fake-clock.js';
import { waitFor } from '../../../integration/helpers.js';

interface Row {
  readonly label: string;
  readonly typed: string;
  readonly place: string | null;
  /** Null: nothing may reach the API. */
  readonly sent: Record<string, string> | null;
}

const ALLOWED = new Set(['q', 'code_postal', 'page', 'per_page', 'minimal', 'include', 'limite_matching_etablissements']);

async function readmeRows(): Promise<Row[]> {
  const readme = await (await fetch('/docs/privacy.md')).text();
  const table = readme.split('<!-- privacy:start -->')[1]!.split('<!-- privacy:end -->')[0]!;
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('|---') && !line.includes('the visitor types'))
    .map((line) => {
      const [label, example, sent] = line
        .split('|')
        .slice(1, 4)
        .map((c) => c.trim()) as [string, string, string];
      const values = [...example.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const query = /`([^`]+)`/.exec(sent)?.[1];
      return {
        label,
        typed: values[0]!,
        place: values[1] ?? null,
        sent: sent === 'nothing' ? null : Object.fromEntries(new URLSearchParams(query)),
      };
    });
}

describe('README privacy statement matches what the finder sends', function () {
  this.timeout(60000);
  // the debounce runs on a fake clock: each row waits for its request, not for a fixed second
  const clock = useFakeClock();

  it('the table has the expected journeys', async () => {
    const rows = await readmeRows();
    expect(rows.length).to.be.at.least(8);
    expect(rows.some((r) => r.sent === null)).to.equal(true);
    expect(rows.some((r) => r.sent?.['code_postal'])).to.equal(true);
  });

  it('each row: typed into a finder, exactly what the README says reaches the API', async () => {
    const base = await fakeApiBase();
    for (const row of await readmeRows()) {
      const prefix = `/privacy${uniq()}`;
      const off = row.label.includes('company-lookup');
      const el = await mount(
        off
          ? html`<opco-finder api-base=${`${base}${prefix}`} company-lookup="off"></opco-finder>`
          : html`<opco-finder api-base=${`${base}${prefix}`}></opco-finder>`,
      );
      if (row.place !== null) {
        $<HTMLInputElement>(el, '#place')!.focus();
        await sendKeys({ type: row.place });
        await settle(el);
      }
      await typeInto(el, row.typed);
      // the debounce (250 ms), on the fake clock
      await clock().advance(300);
      const mine = async () => (await fakeStats()).requests.filter((r) => r.path.startsWith(prefix));
      if (row.sent === null) {
        await new Promise((r) => setTimeout(r, 50));
        expect(await mine(), row.label).to.have.length(0);
        el.remove();
        continue;
      }
      await waitFor(async () => (await mine()).some((r) => r.query['q'] === row.sent!['q']), `${row.label}: its request`);
      const requests = await mine();
      expect(requests.length, row.label).to.be.at.least(1);
      // the text in the field each time typing paused: on a slow machine a pause can fall mid-word,
      // so earlier requests may hold a beginning (3 letters at least) of it; the last holds it all
      expect(
        requests.some((r) => r.query['q'] === row.sent!['q']),
        row.label,
      ).to.equal(true);
      for (const r of requests) {
        for (const [k, v] of Object.entries(row.sent)) {
          if (k === 'q') {
            const q = r.query['q'] ?? '';
            expect(q.length >= 3 && v.startsWith(q), `${row.label}: q=${q}`).to.equal(true);
          } else expect(r.query[k], `${row.label}: ${k}`).to.equal(v);
        }
        expect(
          Object.keys(r.query).filter((k) => !ALLOWED.has(k)),
          row.label,
        ).to.deep.equal([]);
        if (!row.sent['code_postal']) expect(r.query['code_postal'], row.label).to.equal(undefined);
        expect(r.cookie, row.label).to.equal(false);
        // the town typed in the place field stays in the browser
        if (row.place) expect(JSON.stringify(r.query).toLowerCase().includes(row.place.toLowerCase()) && !row.sent['code_postal'], row.label).to.equal(false);
      }
      el.remove();
    }
  });
});
