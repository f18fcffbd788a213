// The convention table travels as src/data/generated/conventions.json (dist/opco-conventions.<hash>.json):
// the integrity built into the scripts is this file's, and the data module reads the same rows.
import { expect } from '@open-wc/testing';
import { CONVENTIONS_INTEGRITY, OPCO_IDS, SOURCE_IDS } from '../../src/data/generated/tables.js';
import { decodeTable } from '../../src/data/packed.js';
import { conventions } from '../../src/data/index.js';

const tableUrl = new URL('../../src/data/generated/conventions.json', import.meta.url);

describe('conventions.json', () => {
  it('has the sha384 the widgets check (tables.ts), and fetch with that integrity accepts it', async () => {
    const bytes = await (await fetch(tableUrl, { cache: 'no-store' })).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    expect(`sha384-${btoa(String.fromCharCode(...digest))}`).to.equal(CONVENTIONS_INTEGRITY);
    const checked = await fetch(tableUrl, { integrity: CONVENTIONS_INTEGRITY, cache: 'no-store' });
    expect(checked.ok).to.equal(true);
  });

  it('fetch refuses it against another hash (what a tampered file meets)', async () => {
    const other = CONVENTIONS_INTEGRITY.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    let refused = false;
    try {
      await fetch(tableUrl, { integrity: other, cache: 'no-store' });
    } catch {
      refused = true;
    }
    expect(refused).to.equal(true);
  });

  it('decodes to the very rows of the data module (970 IDCCs, 1979 → AKTO)', async () => {
    const rows = decodeTable(await (await fetch(tableUrl)).json(), OPCO_IDS, SOURCE_IDS);
    expect(rows).to.have.length(conventions.length);
    expect(rows.length).to.be.greaterThan(900);
    expect(JSON.stringify(rows)).to.equal(JSON.stringify(conventions));
    expect(rows.find((c) => c.idcc === '1979')?.opco).to.equal('akto');
  });

  it('decodeTable refuses what is not a table', () => {
    for (const bad of [null, {}, { rows: 1, prefixes: [] }, { rows: '', prefixes: [1] }, 'text']) {
      expect(() => decodeTable(bad, OPCO_IDS, SOURCE_IDS), JSON.stringify(bad)).to.throw('not a convention table');
    }
  });
});
