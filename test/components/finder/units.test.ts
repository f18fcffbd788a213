// The finder's pure parts, alone: where Enter goes (routeSubmit), the combobox controller on a
// minimal host, and the company model (which OPCO each establishment leads to).
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveOpco } from '../../../src/data/index.js';
import { ComboboxController } from '../../../src/components/finder/combobox.controller.js';
import { companyDeadEnd, companyModel, formatCompanyId } from '../../../src/components/finder/company/company-groups.js';
import { collapse, routeSubmit, type SubmitContext } from '../../../src/components/finder/query-route.js';
import type { Company, Establishment } from '../../../src/services/company-search/index.js';

describe('routeSubmit (pure)', () => {
  const ctx = (over: Partial<SubmitContext> = {}): SubmitContext => ({ suggestions: 0, lookup: true, companiesDone: false, ...over });
  const cases: [string, Partial<SubmitContext>, ReturnType<typeof routeSubmit>][] = [
    ['', {}, 'none'],
    ['1979', {}, 'idcc'],
    ['IDCC 16', {}, 'idcc'],
    ['12345', {}, 'idcc'],
    ['552 100 554', {}, 'company-id'],
    ['55210055400013', {}, 'company-id'],
    ['552 100 554', { lookup: false }, 'lookup-off'],
    ['coiffure', { suggestions: 1 }, 'only-suggestion'],
    ['coiffure', { suggestions: 3 }, 'ask'],
    ['boulangerie martin', {}, 'company-name'],
    ['boulangerie martin', { companiesDone: true }, 'no-result'],
    ['boulangerie martin', { lookup: false }, 'no-result'],
    ['ab', {}, 'no-result'],
  ];
  for (const [text, over, route] of cases) {
    it(`"${text}" ${JSON.stringify(over)} → ${route}`, () => {
      expect(routeSubmit(collapse(text), ctx(over))).to.equal(route);
    });
  }
});

/** The least a Lit controller needs: a host that records update requests. */
class MinimalHost extends HTMLElement implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}
customElements.define('test-minimal-host', MinimalHost);

describe('ComboboxController on a minimal host', () => {
  const setup = () => {
    const host = new MinimalHost();
    const seen: string[] = [];
    const combo = new ComboboxController<string>(host, {
      choose: (item, i) => seen.push(`choose ${item} ${i}`),
      submit: () => seen.push('submit'),
      clear: () => seen.push('clear'),
    });
    const key = (key: string, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
      combo.onKeydown(event);
      return event.defaultPrevented;
    };
    return { host, combo, seen, key };
  };

  it('registers itself and asks for an update on every change', () => {
    const { host, combo } = setup();
    expect(host.controllers).to.deep.equal([combo]);
    combo.setItems(['a', 'b', 'c'], true);
    expect(host.updates).to.equal(1);
    expect(combo.open).to.equal(true);
    expect(combo.active).to.equal(-1);
    expect(combo.activeDescendant).to.equal(undefined);
  });

  it('arrows move and wrap, Enter chooses, Escape closes then clears', () => {
    const { combo, seen, key } = setup();
    combo.setItems(['a', 'b', 'c'], true);
    expect(key('ArrowDown')).to.equal(true);
    expect(combo.activeDescendant).to.equal('option-0');
    key('ArrowUp');
    expect(combo.active).to.equal(2); // wraps
    key('Home');
    expect(combo.active).to.equal(0);
    key('End');
    key('Enter');
    expect(seen).to.deep.equal(['choose c 2']);
    expect(combo.open).to.equal(false);
    key('Enter');
    expect(seen.at(-1)).to.equal('submit');
    combo.setItems(['a'], true);
    key('Escape');
    expect(combo.open).to.equal(false);
    key('Escape');
    expect(seen.at(-1)).to.equal('clear');
  });

  it('leaves shortcuts and IME composition alone; Home/End stay in the text until the list is entered', () => {
    const { combo, key } = setup();
    combo.setItems(['a', 'b'], true);
    expect(key('ArrowDown', { ctrlKey: true })).to.equal(false);
    expect(key('Enter', { isComposing: true })).to.equal(false);
    expect(key('Home')).to.equal(false);
    expect(combo.active).to.equal(-1);
  });

  it('keeps the active option when more options arrive below', () => {
    const { combo, key } = setup();
    combo.setItems(['a', 'b'], true);
    key('ArrowDown');
    key('ArrowDown');
    combo.setItems(['a', 'b', 'c'], false, true);
    expect(combo.active).to.equal(1);
    expect(combo.open).to.equal(true);
    combo.setItems(['x'], true);
    expect(combo.active).to.equal(-1);
  });
});

describe('company model (pure)', () => {
  const resolved = (idcc: string) => ({ idcc, resolution: resolveOpco(idcc) });
  const establishment = (siret: string, idccs: string[], over: Partial<Establishment> = {}): Establishment => ({
    siret,
    isHeadOffice: false,
    active: true,
    closedOn: null,
    address: null,
    postcode: '75001',
    town: 'Paris',
    communeCode: '75101',
    overseas: null,
    idccs: idccs.map(resolved) as Establishment['idccs'],
    headcount: null,
    nafCode: null,
    tradeName: null,
    matched: true,
    ...over,
  });
  const company = (establishments: Establishment[], over: Partial<Company> = {}): Company => ({
    siren: '552100554',
    name: 'Test SA',
    nonDiffusible: false,
    active: true,
    closedOn: null,
    headcount: null,
    idccs: [],
    headOffice: establishments[0] ?? null,
    establishments,
    queriedSiret: null,
    openEstablishmentCount: establishments.length,
    establishmentCount: establishments.length,
    nafCode: null,
    hasOverseas: false,
    narrowedTo: null,
    addressHidden: false,
    ...over,
  });

  it('one OPCO for every establishment: one group, no dead end', () => {
    const model = companyModel(company([establishment('55210055400013', ['1979']), establishment('55210055400021', ['1979'])]));
    expect(model.groups.map((g) => g.opco.id)).to.deep.equal(['akto']);
    expect(companyDeadEnd(model)).to.equal(null);
  });

  it('establishments under different OPCOs: one group each, "shared"', () => {
    const model = companyModel(company([establishment('55210055400013', ['1979']), establishment('55210055400021', ['3248'])]));
    expect(model.groups.map((g) => g.opco.id).sort()).to.deep.equal(['akto', 'opco-2i']);
    expect(companyDeadEnd(model)).to.equal('shared');
  });

  it('a SIRET asked for decides alone; a closed company is a dead end; no IDCC is said so', () => {
    const both = [establishment('55210055400013', ['1979']), establishment('55210055400021', ['3248'])];
    expect(companyModel(company(both, { queriedSiret: '55210055400021' })).groups.map((g) => g.opco.id)).to.deep.equal(['opco-2i']);
    expect(companyDeadEnd(companyModel(company(both, { active: false, closedOn: '2020-01-01' })))).to.equal('closed');
    expect(companyDeadEnd(companyModel(company([establishment('55210055400013', [])])))).to.equal('no-idcc');
  });

  it('formats SIRET and SIREN for reading', () => {
    expect(formatCompanyId('55210055400013')).to.equal('552 100 554 00013');
    expect(formatCompanyId('552100554')).to.equal('552 100 554');
  });
});
