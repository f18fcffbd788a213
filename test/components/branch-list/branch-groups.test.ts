import { expect } from '@open-wc/testing';
import { parseBranchListAttributes } from '../../../src/components/branch-list/attributes.js';
import { messages } from '../../../src/components/branch-list/opco-branch-list.messages.js';
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
  const parse = (a: Parameters<typeof parseBranchListAttributes>[0]) => parseBranchListAttributes(a, SORT_KEYS, messages.fr);

  it('reads yes/no the way a CMS editor writes it', () => {
    const merged = (v: unknown) => parse({ showMerged: v }).showMerged;
    expect([undefined, null].map(merged)).to.deep.equal([true, true]);
    expect(['', 'true', 'on', 'oui', 'show-merged', true, 1].map(merged)).to.deep.equal([true, true, true, true, true, true, true]);
    expect(['false', 'FALSE', ' off ', 'no', 'non', '0', false, 0].map(merged)).to.deep.equal([false, false, false, false, false, false, false, false]);
    // an unclear word is reported, not guessed
    const unclear = parse({ showMerged: 'peut-être' });
    expect(unclear.showMerged).to.equal(true);
    expect(unclear.problems.map((p) => p.attr)).to.deep.equal(['show-merged']);
  });

  it('accepts whole page sizes in range only', () => {
    expect(parse({ pageSize: '25' }).pageSize).to.equal(25);
    expect(parse({ pageSize: 10 }).pageSize).to.equal(10);
    for (const bad of ['0', '-3', '2.5', '1e3', 'vingt', '1001', true, {}]) {
      expect(parse({ pageSize: bad }).pageSize, String(bad)).to.equal(25);
      expect(parse({ pageSize: bad }).problems, String(bad)).to.have.length(1);
    }
    expect(parse({ pageSize: '' }).problems).to.deep.equal([]);
  });

  it('lists the values it cannot use', () => {
    expect(parse({ sort: 'idcc', pageSize: '10' }).problems).to.deep.equal([]);
    expect(parse({ sort: 'date', pageSize: 'x' }).problems.map((p) => p.attr)).to.deep.equal(['sort', 'page-size']);
  });
});
