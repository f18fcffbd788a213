// The finder's answer before the convention table (src/platform/answer-rows.ts): for every IDCC of the
// table, and for codes that are not in it, the answer from the untitled rows in the finder's file is
// the table's answer but for the titles: same kind, reason, OPCO or candidates, path, confidence,
// share, source. (The table is in once the title is wanted: the finder redoes the answer then.)
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { opcoData } from '../../src/data/bundled.js';
import { answerData } from '../../src/platform/answer-rows.js';
import type { Resolution } from '../../src/data/resolve.js';

/** What a resolution says but for the titles (and the sentence, which names them). */
function gist(r: Resolution) {
  const base = { kind: r.kind, reason: r.reason };
  if (r.kind === 'found') return { ...base, opco: r.opco.id, path: r.path, current: r.current.map((c) => c.idcc), confidence: r.confidence, share: r.share, source: r.source.id };
  if (r.kind === 'shared') return { ...base, candidates: r.candidates.map((o) => o.id), path: r.path, source: r.source.id };
  return { ...base, idcc: 'idcc' in r ? r.idcc : undefined };
}

describe('the answer before the table (answer-rows)', () => {
  it('is the table\'s answer, titles aside, for every IDCC of the table', () => {
    expect(opcoData.conventions.length).to.be.greaterThan(900);
    for (const { idcc } of opcoData.conventions) {
      const early = answerData(idcc).resolveOpco(idcc);
      expect(gist(early), idcc).to.deep.equal(gist(opcoData.resolveOpco(idcc)));
      if (early.kind === 'found' || early.kind === 'shared') expect(early.convention.title, idcc).to.equal(null);
    }
  });

  it('is the table\'s answer for codes not in it, special codes and invalid input', () => {
    const known = new Set(opcoData.conventions.map((c) => c.idcc));
    const absent = Array.from({ length: 9999 }, (_, i) => String(i + 1).padStart(4, '0')).filter((c) => !known.has(c)).slice(0, 200);
    for (const query of [...absent, '9999', '0000', '', 'abc', '12345', ' 1979 ', 'IDCC 16', 16]) {
      expect(gist(answerData(query).resolveOpco(query)), String(query)).to.deep.equal(gist(opcoData.resolveOpco(query)));
    }
  });
});
