import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  conventions,
  conventionsOf,
  createOpcoData,
  dataset,
  findConvention,
  getOpco,
  isCurrent,
  opcos,
  type Convention,
  type OpcoId,
} from '../../src/data/index.js';
import { KEYWORDS } from '../../src/data/keywords.js';

// "Comptes par OPCO" of SOURCES.md (rows of idcc-opco.csv with that OPCO).
const CSV_COUNTS: Record<OpcoId, number> = {
  afdas: 80,
  akto: 107,
  atlas: 37,
  constructys: 86,
  opcommerce: 57,
  ocapiat: 248,
  'opco-2i': 154,
  'opco-ep': 79,
  'opco-mobilites': 43,
  'opco-sante': 16,
  uniformation: 50,
};

describe('bundled tables', () => {
  it('has the 11 OPCOs with their SIRO labels', () => {
    expect(opcos.map((o) => o.id)).to.have.members(Object.keys(CSV_COUNTS));
    expect(getOpco('opco-2i')).to.include({ shortName: 'OPCO 2i', siroLabel: 'OPCO2I', siren: '849813852' });
    expect(getOpco('uniformation')!.siroLabel).to.equal('UNIFORMATION COHESION SOCIALE');
    expect(getOpco('nope')).to.equal(undefined);
    expect(getOpco(undefined)).to.equal(undefined);
  });

  it('has all 970 IDCC rows, sorted, 4 digits', () => {
    expect(conventions).to.have.length(970);
    expect(conventions.every((c) => /^\d{4}$/.test(c.idcc))).to.equal(true);
    expect([...conventions].map((c) => c.idcc)).to.deep.equal(conventions.map((c) => c.idcc).sort());
  });

  it('counts per OPCO equal the CSV', () => {
    for (const [id, n] of Object.entries(CSV_COUNTS)) expect(conventionsOf(id), id).to.have.length(n);
    expect(conventions.filter((c) => c.opco === null)).to.have.length(13);
    expect(conventionsOf('nope')).to.deep.equal([]);
    expect(conventionsOf(42)).to.deep.equal([]);
  });

  it('says where and when the data comes from', () => {
    expect(dataset.asOf).to.equal('2026-08-11');
    const siro = dataset.sources[0]!;
    expect(siro).to.deep.equal({
      id: 'siro_202608',
      label: 'France compétences, table SIRET-OPCO (SIRO)',
      url: 'https://www.data.gouv.fr/datasets/table-siret-opco',
      date: '2026-08-11',
      licence: 'Licence Ouverte / Open Licence 2.0',
    });
    expect(dataset.sources.map((s) => s.id)).to.include('mt_20190719');
  });

  it('decodes rows exactly (titles, short titles, counts, share, status, sources)', () => {
    expect(findConvention('1979')).to.deep.equal({
      idcc: '1979',
      title: 'Convention collective nationale des hôtels, cafés, restaurants (HCR)',
      shortTitle: 'Hôtels, cafés, restaurants',
      opco: 'akto',
      candidates: [],
      replacedBy: [],
      confidence: 'high',
      legalStatus: 'VIGUEUR_ETEN',
      scope: 'national',
      establishments: 220258,
      share: 0.9999,
      sources: ['siro_202608', 'mt_20190719'],
    } satisfies Convention);
    expect(findConvention('2596')!.shortTitle).to.equal('Coiffure et professions connexes');
    expect(findConvention('3203')).to.include({ opco: 'uniformation', share: 0.8586, confidence: 'low' });
    expect(findConvention('3203')!.candidates).to.deep.equal(['uniformation', 'ocapiat']);
    expect(findConvention('0014')).to.include({ opco: null, establishments: null, share: null, confidence: 'n/a' });
    expect(findConvention('0002')).to.include({ title: null, shortTitle: null, opco: 'opco-2i', establishments: 11 });
  });

  it('keeps merges and the 1740 split', () => {
    expect(findConvention('0054')!.replacedBy).to.deep.equal(['3248']);
    expect(findConvention('1740')!.replacedBy).to.deep.equal(['1596', '1597']);
    // 147 from the DARES redirections, 18 more from « Remplacée par … (IDCC n) » in the title (rule 3, titles.mjs)
    expect(conventions.filter((c) => c.replacedBy.length)).to.have.length(165);
    expect(findConvention('2111')!.replacedBy).to.deep.equal(['3239']);
    // followed only when the OPCO shown does not change
    for (const idcc of ['0398', '0598', '1871', '1903', '2111', '3201']) {
      const c = findConvention(idcc)!;
      const next = findConvention(c.replacedBy[0])!;
      expect(c.opco === null || c.opco === next.opco, idcc).to.equal(true);
    }
    expect(conventions.filter((c) => c.replacedBy[0] === '3248')).to.have.length(78);
  });

  it('derives the scope from the title', () => {
    expect(findConvention('1979')!.scope).to.equal('national');
    expect(findConvention('1740')!.scope).to.equal('regional'); // "Convention collective régionale … région parisienne"
    expect(findConvention('8211')!.scope).to.equal('regional');
    expect(findConvention('1375')!.scope).to.equal('departmental'); // "Convention collective Métallurgie Doubs"
    expect(findConvention('2378')!.scope).to.equal('national'); // "Accords professionnels nationaux …"
    expect(findConvention('0598')!.scope).to.equal('unknown'); // "… presse quotidienne régionale": not its scope
    expect(findConvention('0002')!.scope).to.equal('unknown'); // no title
  });

  it('finds conventions however the IDCC is written', () => {
    for (const input of [16, '16', '0016', 'IDCC 16', ' 0016 ', 'idcc0016', 'IDCC\u00a0: 16', 'IDCC n° 16']) {
      expect(findConvention(input)?.idcc, String(input)).to.equal('0016');
    }
    expect(findConvention('1234')).to.equal(undefined);
    expect(findConvention('abc')).to.equal(undefined);
  });

  it('keyword IDCCs exist, are in force and every word is folded', () => {
    for (const [words, idccs] of KEYWORDS) {
      expect(words, words).to.match(/^[a-z0-9 ]+$/);
      for (const idcc of idccs.split(' ')) {
        const c = findConvention(idcc);
        expect(c, `${words} → ${idcc}`).to.not.equal(undefined);
        expect(isCurrent(c!), `${idcc} is current`).to.equal(true);
        expect(c!.title, `${idcc} has a title`).to.be.a('string');
      }
    }
  });

  it('creates an independent dataset from other tables', () => {
    const a = findConvention('1979')!;
    const custom = createOpcoData({ dataset, opcos, conventions: [{ ...a, idcc: '0001', opco: 'atlas' }] });
    expect(custom.conventions).to.have.length(1);
    expect(custom.resolveOpco('1')).to.include({ kind: 'found' });
    expect(custom.resolveOpco(1979).kind).to.equal('unknown');
    expect(custom.searchConventions('hôtels')[0]!.convention.idcc).to.equal('0001');
    expect(custom.conventionsOf('atlas')).to.have.length(1);
  });

  it('survives a replacement cycle in a custom dataset', () => {
    const base = findConvention('1979')!;
    const custom = createOpcoData({
      dataset,
      opcos,
      conventions: [
        { ...base, idcc: '0001', replacedBy: ['0002'] },
        { ...base, idcc: '0002', replacedBy: ['0001'] },
      ],
    });
    expect(custom.resolveOpco('0001').kind).to.be.oneOf(['found', 'unknown', 'shared']);
  });
});

// Rules and overrides of scripts/data/overrides.mjs.
describe('cleaned titles', () => {
  const texts = conventions.flatMap((c) => [c.title, c.shortTitle].map((t) => ({ idcc: c.idcc, t })));

  it('no title keeps the legal history of the text (extension, update, replacement)', () => {
    for (const { idcc, t } of texts) {
      expect(t ?? '', idcc).to.not.match(/tendue? par arrêté|[EÉ]tendu|[Rr]emplacée? par|[Mm]ise? à jour par|[Aa]gréée? par/);
    }
    expect(findConvention('0398')!.title).to.equal(
      'Convention collective nationale des ouvriers du négoce des matériaux de construction du 17 juin 1965',
    );
    expect(findConvention('0598')!.title).to.equal(
      'Convention collective de travail des ouvriers de la presse quotidienne régionale du 2 décembre 1970',
    );
    expect(findConvention('0412')!.title).to.match(/agences de voyages et de tourisme du 10 mars 1966$/);
    // the dropped « Remplacée par … » does not change the row's replacement data
    expect(findConvention('0598')).to.include({ legalStatus: 'REMPLACE' });
    expect(findConvention('0412')!.replacedBy).to.deep.equal(['3245']);
  });

  it('has no spacing or punctuation noise', () => {
    for (const { idcc, t } of texts) {
      if (t === null) continue;
      expect(t, idcc).to.equal(t.trim());
      expect(t, idcc).to.not.match(/\s{2}|\s[,)]|\(\s|[.,;:-]$|^\d{4}$/);
    }
    expect(findConvention('0843')!.title).to.equal('Convention collective nationale de la boulangerie-pâtisserie (entreprises artisanales)');
    expect(findConvention('3043')!.title).to.match(/du 26 juillet 2011$/);
  });

  it('drops short titles that are not a title of the convention', () => {
    expect(findConvention('0405')!.shortTitle).to.equal(null);
    expect(findConvention('1314')!.shortTitle).to.equal(null);
    for (const { idcc, t } of texts) expect(t ?? '', idcc).to.not.match(/^Organisations syndicales/);
    expect(findConvention('0405')!.title).to.match(/^Convention collective nationale des établissements médico-sociaux/);
  });

  it('fixes the glued words of the source', () => {
    expect(findConvention('2264')!.title).to.contain("Convention collective nationale de l'hospitalisation privée");
    expect(findConvention('2264')!.title).to.not.contain('nationalede');
    expect(findConvention('2264')!.shortTitle).to.equal('Hospitalisation privée');
    expect(findConvention('1560')!.title).to.match(/des Alpes-Maritimes$/);
    expect(findConvention('1560')!.shortTitle).to.equal(findConvention('1560')!.title);
    expect(findConvention('2630')!.title).to.match(/Alpes-de-Haute-Provence$/);
    expect(findConvention('1059')!.title).to.contain('de Midi-Pyrénées (');
    expect(findConvention('2992')!.title).to.match(/d'Indre-et-Loire$/);
  });
});
