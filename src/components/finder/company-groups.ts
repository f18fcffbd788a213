// A company's answer, as data: which OPCO each of its establishments leads to. Pure: no DOM, no Lit.
import type { Convention, Opco, OpcoId, Resolution } from '../../data/index.js';
import type { NotFoundReason } from '../../platform/events.js';
import type { Company, Establishment, OverseasInfo, ResolvedIdcc } from '../../services/company-search/index.js';

type Found = Extract<Resolution, { kind: 'found' }>;

/** One IDCC of one establishment (null: declared company-wide by establishments the API did not list). */
export interface IdccLink {
  readonly establishment: Establishment | null;
  readonly idcc: string;
  /** The convention worth naming: the one in force after a merge, else the declared one. */
  readonly convention: Convention | null;
}

/** One distinct OPCO and every establishment / IDCC that leads to it. */
export interface OpcoGroup {
  readonly opco: Opco;
  readonly links: readonly IdccLink[];
  /** Every IDCC followed to this OPCO, declared ones first, without repeats (for `opco-found`'s `path`). */
  readonly path: readonly string[];
  /** Where the IDCC → OPCO assignment comes from (the first link's). */
  readonly source: { readonly label: string; readonly date: string };
}

/** An IDCC that leads to no single OPCO (shared, 9999, unknown…), with the data module's reason. */
export interface Unresolved extends IdccLink {
  readonly resolution: Exclude<Resolution, Found>;
}

export interface CompanyModel {
  readonly company: Company;
  /** The establishment a SIRET look-up asked for; the answer is about it alone. */
  readonly focus: Establishment | null;
  readonly groups: readonly OpcoGroup[];
  readonly unresolved: readonly Unresolved[];
  /** Establishments taken into account that declare no IDCC. */
  readonly withoutIdcc: readonly Establishment[];
  /** Closed establishments of an active company: listed, but they do not decide the OPCO. */
  readonly closedSkipped: readonly Establishment[];
  /** Closed company, or every establishment considered is closed. */
  readonly closed: boolean;
  /** No IDCC anywhere (company-wide list and establishments considered). */
  readonly noIdcc: boolean;
  /** Overseas places (AKTO delegation) among the establishments considered, without repeats. */
  readonly delegation: readonly OverseasInfo[];
}

/** After a merge, the convention in force is the one worth naming (its branch, its rules). */
export const inForce = (r: Found): Convention => (r.current.length === 1 ? r.current[0]! : r.convention);

const conventionOf = (r: Resolution): Convention | null => {
  if (r.kind === 'found') return inForce(r);
  if (r.kind === 'invalid') return null;
  return r.convention;
};

/** Groups a company's IDCCs by OPCO, focused on the queried establishment after a SIRET look-up. */
export function companyModel(company: Company): CompanyModel {
  const focus = company.queriedSiret ? company.establishments.find((e) => e.siret === company.queriedSiret) ?? null : null;
  const all = focus ? [focus] : company.establishments;
  const open = all.filter((e) => e.active);
  // a closed shop must not decide the OPCO of a company that still trades elsewhere
  const closed = !company.active || open.length === 0;
  const considered = closed ? all : open;
  const closedSkipped = closed ? [] : all.filter((e) => !e.active);

  const links: { link: IdccLink; resolution: Resolution }[] = [];
  for (const establishment of considered) {
    for (const r of establishment.idccs) links.push(link(establishment, r));
  }
  // IDCCs the company declares elsewhere (a SIREN look-up only returns the head office): still an
  // answer for the visitor who works in one of those establishments. Not when a SIRET was asked.
  if (!focus) {
    const seen = new Set(company.establishments.flatMap((e) => e.idccs.map((r) => r.idcc)));
    for (const r of company.idccs) if (!seen.has(r.idcc)) links.push(link(null, r));
  }

  const groups = new Map<OpcoId, { opco: Opco; links: IdccLink[]; path: string[]; source: OpcoGroup['source'] }>();
  const unresolved: Unresolved[] = [];
  for (const { link: l, resolution } of links) {
    if (resolution.kind === 'found') {
      const group = groups.get(resolution.opco.id) ?? {
        opco: resolution.opco,
        links: [],
        path: [],
        source: resolution.source,
      };
      groups.set(resolution.opco.id, group);
      group.links.push(l);
      for (const idcc of resolution.path) if (!group.path.includes(idcc)) group.path.push(idcc);
    } else {
      unresolved.push({ ...l, resolution });
    }
  }

  const delegation: OverseasInfo[] = [];
  for (const e of considered) {
    if (e.overseas?.aktoDelegation && !delegation.some((d) => d.code === e.overseas!.code)) delegation.push(e.overseas);
  }

  return {
    company,
    focus,
    groups: [...groups.values()],
    unresolved,
    withoutIdcc: considered.filter((e) => e.idccs.length === 0),
    closedSkipped,
    closed,
    noIdcc: links.length === 0,
    delegation,
  };
}

function link(establishment: Establishment | null, r: ResolvedIdcc): { link: IdccLink; resolution: Resolution } {
  return { link: { establishment, idcc: r.idcc, convention: conventionOf(r.resolution) }, resolution: r.resolution };
}

/** "901 000 000 00017" / "901 000 000": how INSEE numbers are written for people. */
export function formatCompanyId(id: string): string {
  return id.length === 14 ? `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}` : id.replace(/(\d{3})(?=\d)/g, '$1 ');
}

/** The `opco-not-found` reason of a company answer with no single OPCO, or null when there is one. */
export function companyDeadEnd(model: CompanyModel): NotFoundReason | null {
  if (model.closed) return 'closed';
  if (model.groups.length === 1) return null;
  if (model.groups.length > 1) return 'shared';
  if (model.noIdcc) return 'no-idcc';
  const kinds = new Set<Resolution['kind']>(model.unresolved.map((u) => u.resolution.kind));
  if (kinds.has('shared')) return 'shared';
  if (kinds.has('special')) return 'special';
  return 'unknown';
}
