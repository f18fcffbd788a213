import { expect } from '@open-wc/testing';
import { flag, attributeProblems, parseCount } from '../../../src/components/branch-list/attributes.js';
import { SORT_KEYS, buildView, groupOf, headlineCount, locate } from '../../../src/components/branch-list/branch-groups.js';
import { conventionsOf, isCurrent, opcoData } from '../../../src/data/index.js';

describe('branch-groups (pure)', () => {
  it('puts every IDCC once: top-level rows plus nested ones make the total', () => {
    for (const opco of opcoData.opcos) {
      const all = conventionsOf(opco.id);
      const view = buildView(all, { matches: null, sort: 'idcc', showMerged: true });
      const rows = view.groups.flatMap((g) => g.entries.flatMap((e) => [e.convention, ...e.replaced]));
      expect(rows.length, opco.id).to.equal(all.length);
      expect(view.total, opco.id).to.equal(all.length);
      expect(view.headline, opco.id).to.equal(headlineCount(opcoData, opco.id));
    }
  });

  it('nests a replaced IDCC under its successor and never under a text no longer in force', () => {
    const view = buildView(conventionsOf('opco-2i'), { matches: null, sort: 'idcc', showMerged: true });
    const metallurgie = view.groups.flatMap((g) => g.entries).find((e) => e.convention.idcc === '3248')!;
    expect(metallurgie.replaced.length).to.be.greaterThan(50);
    for (const g of view.groups) for (const e of g.entries) if (e.replaced.length) expect(isCurrent(e.convention)).to.equal(true);
  });

  it('keeps a successor visible when only an IDCC it replaced matches', () => {
    const view = buildView(conventionsOf('akto'), { matches: new Set(['0635']), sort: 'name', showMerged: true });
    expect(view.matching).to.equal(1);
    const entries = view.groups.flatMap((g) => g.entries);
    expect(entries.map((e) => e.convention.idcc)).to.deep.equal(['0573']);
    expect(entries[0]!.replaced.map((c) => c.idcc)).to.deep.equal(['0635']);
    expect(locate(view, '0635')).to.deep.equal({ group: 'national', index: 0 });
  });

  it('groups by what the data says: untitled, scope, in force', () => {
    for (const c of conventionsOf('constructys')) {
      const g = groupOf(c);
      if (!isCurrent(c)) expect(g).to.equal('ended');
      else if (!c.title) expect(g).to.equal('untitled');
      else if (c.scope === 'national') expect(g).to.equal('national');
    }
  });
});

describe('branch-list attributes (pure)', () => {
  it('reads yes/no the way a CMS editor writes it', () => {
    const read = (v: string | null) => flag.fromAttribute!(v, undefined);
    expect(read(null)).to.equal(undefined);
    expect(['', 'true', 'on', 'oui', 'show-merged'].map(read)).to.deep.equal([true, true, true, true, true]);
    expect(['false', 'FALSE', ' off ', 'no', 'non', '0'].map(read)).to.deep.equal([false, false, false, false, false, false]);
  });

  it('accepts whole page sizes in range only', () => {
    expect(parseCount('25', 1000)).to.equal(25);
    for (const bad of ['0', '-3', '2.5', '1e3', 'vingt', '1001', '']) expect(parseCount(bad, 1000), bad).to.equal(undefined);
  });

  it('lists the values it cannot use', () => {
    expect(attributeProblems({ sort: 'idcc', pageSize: '10' }, SORT_KEYS, 1000)).to.deep.equal([]);
    expect(attributeProblems({ sort: 'date', pageSize: 'x' }, SORT_KEYS, 1000).map((p) => p.attr)).to.deep.equal(['sort', 'page-size']);
  });
});
