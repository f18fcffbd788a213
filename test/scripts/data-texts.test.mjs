// The data texts' languages: src/data/generated/texts.ts is what `npm run data:texts` writes from
// src/data/texts.<lang>.json, and every language of LANGS but French has its file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generatedTexts, textLangs } from '../../scripts/data/texts.mjs';
import { packLangs } from '../../scripts/rollup/language-packs.mjs';

describe('data texts', () => {
  it('the bundled data texts are up to date with src/data/texts.<lang>.json (npm run data:texts)', () => {
    assert.equal(readFileSync(new URL('../../src/data/generated/texts.ts', import.meta.url), 'utf8'), generatedTexts());
  });

  it('every language of LANGS but French has its texts file, and no other language has one', () => {
    assert.deepEqual(textLangs(), [...packLangs()].sort());
  });
});
