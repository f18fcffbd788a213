// A company's answer, as data: which OPCO each of its establishments leads to. Pure: no DOM, no Lit.
import type { Convention, Opco, OpcoId, PublicServiceInfo, Resolution } from '../../../data/index.js';
import { publicServiceOf } from '../../../data/public-employers.js';
import { apeCodesInOrder } from '../../../data/naf.js';
import type { NotFoundReason } from '../../../platform/events.js';
import type { AnswerText } from '../answer.js';
import type { Company, Establishment, OverseasInfo, ResolvedIdcc } from '../../../services/company-search/index.js';

type Found = Extract<Resolution, { kind: 'found' }>;

/** One IDCC of one establishment (null: declared company-wide by establishments the API did not list). */
export interface IdccLink {
  readonly establishment: Establishment | null;
  /** Declared by the company (complements), not by the establishment the answer is about. */
  readonly companyWide?: boolean;
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

/** A statutory code of a public service (5003, 5021, 5022, other 5xxx absent from the table). */
export interface PublicLink extends IdccLink {
  readonly service: PublicServiceInfo;
}

export interface CompanyModel {
  readonly company: Company;
  /** The establishment a SIRET look-up asked for; the answer is about it alone. */
  readonly focus: Establishment | null;
  /**
   * The SIRET's establishment declares no IDCC of its own while the company declares some: the
   * groups come from the company's list (links marked `companyWide`).
   */
  readonly focusWithoutOwn: boolean;
  /** Statutory codes of public services: public agents have no OPCO. */
  readonly publicLinks: readonly PublicLink[];
  /** 9999 ("sans convention") declared beside codes that lead somewhere: noted, not a dead end. */
  readonly idcc9999Beside: boolean;
  /** What is closed: the company, the establishment asked for, or the head office of an active company. */
  readonly closedWhat: 'company' | 'establishment' | 'head-office' | null;
  readonly groups: readonly OpcoGroup[];
  readonly unresolved: readonly Unresolved[];
  /** Establishments taken into account that declare no IDCC. */
  readonly withoutIdcc: readonly Establishment[];
  /** Closed establishments of an active company: listed, but they do not decide the OPCO. */
  readonly closedSkipped: readonly Establishment[];
  /** Closed company, or the SIRET asked for is a closed establishment. */
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

/**
 * Groups a company's IDCCs by OPCO, focused on the queried establishment after a SIRET look-up,
 * or on the establishments matching the postcode after a narrowed name search.
 */
export function companyModel(company: Company): CompanyModel {
  const focus = company.queriedSiret ? (company.establishments.find((e) => e.siret === company.queriedSiret) ?? null) : null;
  const narrowed = !focus && company.narrowedTo !== null;
  // after a postcode filter only the matching establishments count (not the head office elsewhere)
  const all = focus ? [focus] : narrowed ? company.establishments.filter((e) => e.matched) : company.establishments;
  const companyClosed = !company.active;
  let considered: readonly Establishment[];
  let closedSkipped: readonly Establishment[] = [];
  if (companyClosed || focus) considered = all;
  else {
    // a closed shop (or a closed head office) must not decide the OPCO of a company that trades on
    considered = all.filter((e) => e.active);
    closedSkipped = all.filter((e) => !e.active);
  }
  const closedWhat: CompanyModel['closedWhat'] = companyClosed
    ? 'company'
    : focus && !focus.active
      ? 'establishment'
      : closedSkipped.some((e) => e.isHeadOffice)
        ? 'head-office'
        : null;

  const links: { link: IdccLink; resolution: Resolution }[] = [];
  for (const establishment of considered) {
    for (const r of establishment.idccs) links.push(link(establishment, r));
  }
  const focusWithoutOwn = focus !== null && focus.idccs.length === 0 && company.idccs.length > 0;
  if (focusWithoutOwn) {
    // the establishment declares none: what the company declares is the best lead, marked as such
    for (const r of company.idccs) links.push(link(null, r, true));
  } else if (!focus && !narrowed) {
    // IDCCs the company declares elsewhere (a SIREN look-up only returns the head office): still
    // an answer for the visitor who works in one of those establishments. Those of a returned
    // closed establishment are not, unless nothing open was returned (a closed head office of an
    // active company: the company's list is then the only lead).
    const shown = considered.length > 0 ? company.establishments : considered;
    const seen = new Set(shown.flatMap((e) => e.idccs.map((r) => r.idcc)));
    for (const r of company.idccs) if (!seen.has(r.idcc)) links.push(link(null, r));
  }

  const groups = new Map<OpcoId, { opco: Opco; links: IdccLink[]; path: string[]; source: OpcoGroup['source'] }>();
  const unresolved: Unresolved[] = [];
  const publicLinks: PublicLink[] = [];
  for (const { link: l, resolution } of links) {
    const inTable = resolution.kind !== 'unknown' || resolution.reason !== 'not-in-table';
    const service = resolution.kind === 'found' ? null : publicServiceOf(l.idcc, inTable);
    if (service) {
      publicLinks.push({ ...l, service });
    } else if (resolution.kind === 'found') {
      const group = groups.get(resolution.opco.id) ?? {
        opco: resolution.opco,
        links: [],
        path: [],
        source: resolution.source,
      };
      groups.set(resolution.opco.id, group);
      group.links.push(l);
      const path = new Set(group.path);
      for (const idcc of resolution.path) if (!path.has(idcc)) group.path.push(idcc);
    } else {
      unresolved.push({ ...l, resolution });
    }
  }

  const delegation: OverseasInfo[] = [];
  const places = new Set<string>();
  for (const e of considered) {
    if (e.overseas?.aktoDelegation && !places.has(e.overseas.code)) {
      places.add(e.overseas.code);
      delegation.push(e.overseas);
    }
  }

  return {
    company,
    focus,
    groups: [...groups.values()],
    unresolved,
    withoutIdcc: considered.filter((e) => e.idccs.length === 0),
    closedSkipped,
    closed: closedWhat === 'company' || closedWhat === 'establishment',
    closedWhat,
    focusWithoutOwn,
    publicLinks,
    idcc9999Beside: groups.size > 0 && unresolved.some((u) => u.idcc === '9999'),
    noIdcc: links.length === 0,
    delegation,
  };
}

function link(establishment: Establishment | null, r: ResolvedIdcc, companyWide = false): { link: IdccLink; resolution: Resolution } {
  const l: IdccLink = { establishment, idcc: r.idcc, convention: conventionOf(r.resolution), ...(companyWide ? { companyWide } : {}) };
  return { link: l, resolution: r.resolution };
}

/** "901 000 000 00017" / "901 000 000": how INSEE numbers are written for people. */
export function formatCompanyId(id: string): string {
  return id.length === 14 ? `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}` : id.replace(/(\d{3})(?=\d)/g, '$1 ');
}

/** The `opco-not-found` reason of a company answer with no single OPCO, or null when there is one. */
/**
 * The APE codes to suggest conventions from, when IDCCs are missing: the establishment asked for, else the first
 * counted establishment without an APE code, else the company's; its NAF rév. 2 and NAF 2025 codes in the order to
 * show them on `today` (NAF 2025 first from 1 January 2027, see `apeCodesInOrder`).
 */
export function activityCodes(model: CompanyModel, today: Date): string[] {
  const has = (e: { nafCode: string | null; nafCode2025?: string | null } | null | undefined) => !!e && !!(e.nafCode || e.nafCode2025);
  const from = (has(model.focus) ? model.focus : undefined) ?? model.withoutIdcc.find(has) ?? model.company;
  return apeCodesInOrder(from.nafCode, from.nafCode2025 ?? null, today);
}

export function companyDeadEnd(model: CompanyModel): NotFoundReason | null {
  if (model.closed) return 'closed';
  if (model.groups.length === 1) return null;
  if (model.groups.length > 1) return 'shared';
  if (model.noIdcc) return 'no-idcc';
  if (model.publicLinks.length > 0) return 'public-employer';
  const kinds = new Set<Resolution['kind']>(model.unresolved.map((u) => u.resolution.kind));
  if (kinds.has('shared')) return 'shared';
  if (kinds.has('special')) return 'special';
  return 'unknown';
}

/** What the company is called in the answer, a suggestion or an announcement. */
export const companyName = (model: Pick<CompanyModel, 'company'>, ctx: Pick<AnswerText, 't'>): string => model.company.name ?? ctx.t.nonDiffusibleName;

/** What a screen reader hears when a company's answer appears. */
export function announceCompany(model: CompanyModel, ctx: AnswerText): string {
  const name = companyName(model, ctx);
  const { t } = ctx;
  const prefix = model.closedWhat === 'company' ? `${t.companyClosed(null)} ` : model.closedWhat === 'establishment' ? `${t.establishmentClosed(null)} ` : '';
  if (model.noIdcc) return `${prefix}${name}. ${model.focus ? t.noIdccEstablishment : t.noIdccCompany}`;
  if (model.publicLinks.length > 0 && model.groups.length === 0) return prefix + t.announcePublic(name);
  if (model.groups.length === 1) return prefix + t.announceCompanyOne(name, model.groups[0]!.opco.shortName);
  if (model.groups.length > 1) return prefix + t.announceCompanyMany(name, model.groups.length);
  return prefix + t.announceCompanyNone(name);
}
