import { describe, it, before } from 'node:test';
import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import { aggregateSiro, createSiroAggregator, roundShare, SHARED_BELOW } from '../../src/data/siro-aggregate.js';
import { opcos } from '../../src/data/index.js';

// The real SIRO labels of opcos.json, as the build script passes them.
const LABELS = Object.fromEntries(opcos.map((o) => [o.siroLabel, o.id]));

describe('SIRO aggregation (test/fixtures/siro-sample.csv, synthetic SIRETs)', () => {
  let text: string;
  before(async () => {
    text = await readFile(new URL('../fixtures/siro-sample.csv', import.meta.url), 'utf8');
  });

  it('counts lines and sets aside 9998/9999, bad IDCCs, malformed lines and unknown labels', () => {
    const agg = aggregateSiro(text.split('\n'), LABELS);
    expect(agg.lines).to.equal(34);
    expect(agg.excluded).to.equal(3);
    expect(agg.withoutIdcc).to.equal(3);
    expect(agg.malformed).to.equal(1);
    expect(Object.fromEntries(agg.unmappedLabels)).to.deep.equal({ 'N/C': 1, '': 1 });
    expect([...agg.byIdcc.keys()]).to.deep.equal(['0016', '1486', '1979', '2216', '3203', '8211']);
    expect(agg.byIdcc.has('9999')).to.equal(false);
  });

  it('keeps the majority OPCO; exactly 90 % is not shared', () => {
    const s = aggregateSiro(text.split('\n'), LABELS).byIdcc.get('1979')!;
    expect(s).to.deep.equal({ idcc: '1979', opco: 'akto', establishments: 9, share: 0.9, candidates: [], total: 10 });
  });

  it('lists every OPCO, most frequent first, below 90 %', () => {
    const s = aggregateSiro(text.split('\n'), LABELS).byIdcc.get('8211')!;
    expect(s.opco).to.equal('ocapiat');
    expect(s.share).to.equal(0.6);
    expect(s.candidates).to.deep.equal(['ocapiat', 'akto']);
  });

  it('pads IDCCs, trims and upper-cases labels, reads CRLF lines', () => {
    const agg = aggregateSiro(text.split('\n'), LABELS);
    expect(agg.byIdcc.get('0016')).to.include({ opco: 'opco-mobilites', establishments: 5, share: 1 });
    expect(agg.byIdcc.get('2216')).to.include({ opco: 'opcommerce', establishments: 2 });
    expect(agg.byIdcc.get('1979')!.total).to.equal(10); // 5 of its lines end with \r
  });

  it('breaks ties by OPCO id so refreshes are reproducible', () => {
    const s = aggregateSiro(text.split('\n'), LABELS).byIdcc.get('3203')!;
    expect(s.opco).to.equal('ocapiat');
    expect(s.candidates).to.deep.equal(['ocapiat', 'uniformation']);
  });

  it('gives the same result line by line (the streaming path of the build script)', () => {
    const aggregator = createSiroAggregator(LABELS);
    for (const line of text.split(/\r?\n/)) aggregator.add(line);
    expect([...aggregator.result().byIdcc.values()]).to.deep.equal([...aggregateSiro(text.split('\n'), LABELS).byIdcc.values()]);
  });

  it('never shows 1 for "almost all" and uses the 0.90 threshold of SOURCES.md', () => {
    expect(roundShare(19999, 20000)).to.equal(0.9999);
    expect(roundShare(5, 5)).to.equal(1);
    expect(roundShare(2, 3)).to.equal(0.6667);
    expect(SHARED_BELOW).to.equal(0.9);
  });

  it('accepts an empty input', () => {
    const agg = aggregateSiro([], LABELS);
    expect(agg.lines).to.equal(0);
    expect(agg.byIdcc.size).to.equal(0);
  });
});
