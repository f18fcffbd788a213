// apprenticeHiringAid(): which State hiring aid an employer gets for an apprenticeship contract,
// from the §6 rules in hiring-aid-rules.ts. Never throws; never guesses outside the sourced periods.
import { dataTexts, inEvery } from '../texts.js';
import { day, euros } from './format.js';
import {
  HIRING_AID_CAVEATS,
  HIRING_AID_CONDITIONS,
  HIRING_AID_COVERAGE,
  HIRING_AID_RULES,
  type AidCell,
  type AidKind,
  type AidLevelBand,
  type HiringAidCondition,
  type HiringAidRule,
  type HiringAidRuleId,
  type SizeBand,
} from './hiring-aid-rules.js';
import {
  inputError,
  parseFlag,
  parseHeadcount,
  parseISODate,
  parseLevel,
  readField,
  type CertificationLevel,
  type InputError,
} from './parse.js';
import type { Bilingual, ISODate, LegalReference, SourceKey, Statement, Validity } from './types.js';
const localText = dataTexts("data/funding/hiring-aid");


/** Raw input: strings from HTML attributes, numbers, Date objects … anything; it is validated here. */
export interface HiringAidInput {
  /** Date the contract was concluded (signed): 'YYYY-MM-DD' or a Date. The aid depends on it. */
  readonly signedOn?: unknown;
  /** Company headcount (effectif, apprentices not counted). */
  readonly headcount?: unknown;
  /** Certification level 3–8. */
  readonly level?: unknown;
  /** Apprentice with RQTH (recognised disabled worker). Absent = false. */
  readonly rqth?: unknown;
  /** Optional contract start date: the 2026 decree only covers contracts starting before 1 Jan 2027. */
  readonly startOn?: unknown;
}

export interface NormalisedHiringAidInput {
  readonly signedOn: ISODate;
  readonly headcount: number;
  readonly level: CertificationLevel;
  readonly rqth: boolean;
  readonly startOn?: ISODate;
  readonly sizeBand: SizeBand;
}

export type HiringAidStatus = 'eligible' | 'not-eligible' | 'unknown-rule' | 'invalid';
export type NotEligibleReason = 'level-8' | 'level-not-covered' | 'headcount-250-or-more';
export type UnknownRuleReason = 'before-first-period' | 'after-last-period' | 'starts-after-window';

interface RuleFacts {
  readonly ruleId: HiringAidRuleId;
  readonly ruleLabel: Bilingual;
  /** Conclusion dates the rule covers (inclusive). */
  readonly validity: Required<Validity>;
  readonly startsBefore?: ISODate;
  readonly legalBasis: readonly LegalReference[];
  readonly sources: readonly SourceKey[];
  readonly input: NormalisedHiringAidInput;
  /** false when an amount or a legal reference of the rule is UNCONFIRMED in the notes. */
  readonly confirmed: boolean;
  readonly explanation: Bilingual;
  /** Conditions and caveats to show with the result (each with its own sources and confirmed flag). */
  readonly notes: readonly Statement[];
}

export interface HiringAidEligible extends RuleFacts {
  readonly status: 'eligible';
  /** Maximum for a full first year, in euros. */
  readonly amount: number;
  /** Which aid pays; absent when the notes do not say (2023–2024). */
  readonly kind?: AidKind;
  /** The RQTH amount was used. */
  readonly rqthApplied: boolean;
  /** Key of the table cell, e.g. 'aid.apprentice.2026-03-08.lt250.l5' or '….rqth'. */
  readonly factKey: string;
  readonly conditions: readonly HiringAidCondition[];
}

export interface HiringAidNotEligible extends RuleFacts {
  readonly status: 'not-eligible';
  readonly amount: 0;
  readonly reasons: readonly NotEligibleReason[];
}

export interface HiringAidUnknownRule {
  readonly status: 'unknown-rule';
  /** Not 0: the amount is unknown, not nil. */
  readonly amount: null;
  readonly reason: UnknownRuleReason;
  readonly ruleId: null;
  readonly input: NormalisedHiringAidInput;
  /** Conclusion dates the sources cover. */
  readonly coverage: Required<Validity>;
  readonly confirmed: false;
  readonly explanation: Bilingual;
  readonly notes: readonly Statement[];
}

export interface HiringAidInvalid {
  readonly status: 'invalid';
  readonly amount: null;
  readonly errors: readonly InputError[];
  readonly ruleId: null;
  readonly confirmed: false;
  readonly explanation: Bilingual;
  readonly notes: readonly Statement[];
}

export type HiringAidResult = HiringAidEligible | HiringAidNotEligible | HiringAidUnknownRule | HiringAidInvalid;

/** Threshold of the §6 table: "< 250" vs "≥ 250" employees. */
export const LARGE_COMPANY_HEADCOUNT = 250;

export function findHiringAidRule(signedOn: ISODate): HiringAidRule | undefined {
  if (typeof signedOn !== 'string') return undefined;
  return HIRING_AID_RULES.find((r) => r.concludedFrom <= signedOn && signedOn <= r.concludedTo);
}

const levelBand = (level: Exclude<CertificationLevel, 8>): AidLevelBand => (level <= 4 ? 'l34' : level === 5 ? 'l5' : 'l67');

export function apprenticeHiringAid(input: HiringAidInput): HiringAidResult {
  try {
    return hiringAid(input);
  } catch {
    // an input no reader could open (a revoked Proxy, a Date whose getTime throws): refused, never a crash
    return invalid([inputError('input', 'wrong-type', localText(0, 'objet attendu'))]);
  }
}

function hiringAid(input: HiringAidInput): HiringAidResult {
  const parsed = parseInput(input);
  if (!parsed.ok) return invalid(parsed.errors);
  const args = parsed.value;

  if (args.signedOn < HIRING_AID_COVERAGE.from) return unknownRule(args, 'before-first-period');
  const rule = findHiringAidRule(args.signedOn);
  if (!rule) return unknownRule(args, 'after-last-period');
  if (rule.startsBefore && args.startOn && args.startOn >= rule.startsBefore) return unknownRule(args, 'starts-after-window');

  if (args.level === 8) return notEligible(rule, args, ['level-8']);
  const band = levelBand(args.level);
  const base = rule.grid[args.sizeBand][band];

  let cell: AidCell | null = base;
  let rqthApplied = false;
  if (args.rqth && (rule.rqth.scope === 'all' || base?.kind === 'aide-unique')) {
    cell = { amount: rule.rqth.amount, ...(base?.kind ? { kind: base.kind } : {}) };
    rqthApplied = true;
  }
  if (!cell || cell.amount <= 0) return notEligible(rule, args, notEligibleReasons(rule, args.sizeBand, band));

  const factKey = `${rule.id}.${rqthApplied ? 'rqth' : `${args.sizeBand}.${band}`}`;
  const conditions = HIRING_AID_CONDITIONS.filter(
    (c) => (c.appliesTo === 'all' || args.sizeBand === 'ge250') && covers(c.validity, args.signedOn),
  );
  return {
    status: 'eligible',
    amount: cell.amount,
    ...(cell.kind ? { kind: cell.kind } : {}),
    rqthApplied,
    factKey,
    conditions,
    ...ruleFacts(rule, args, eligibleSentence(rule, args, cell)),
    notes: [...rule.notes, ...conditions, ...caveats(rule, args)],
  };
}

// ——— helpers

type ParseResult = { ok: true; value: NormalisedHiringAidInput } | { ok: false; errors: InputError[] };

function parseInput(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [inputError('input', 'wrong-type', localText(1, 'objet attendu'))] };
  }
  const signedOn = parseISODate(readField(input, 'signedOn').value, 'signedOn');
  const headcount = parseHeadcount(readField(input, 'headcount').value);
  const level = parseLevel(readField(input, 'level').value);
  const rqth = parseFlag(readField(input, 'rqth').value, 'rqth');
  const startRaw = readField(input, 'startOn').value;
  // startOn is optional: absent or empty means "not given"
  const startOn = startRaw === undefined || startRaw === null || startRaw === '' ? undefined : parseISODate(startRaw, 'startOn');

  const errors = [signedOn, headcount, level, rqth, startOn].flatMap((p) => (p && !p.ok ? [p.error] : []));
  if (!signedOn.ok || !headcount.ok || !level.ok || !rqth.ok || (startOn && !startOn.ok)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      signedOn: signedOn.value,
      headcount: headcount.value,
      level: level.value,
      rqth: rqth.value,
      ...(startOn ? { startOn: startOn.value } : {}),
      sizeBand: headcount.value < LARGE_COMPANY_HEADCOUNT ? 'lt250' : 'ge250',
    },
  };
}

function covers(validity: Validity | undefined, date: ISODate): boolean {
  return !validity || ((!validity.from || validity.from <= date) && (!validity.to || date <= validity.to));
}

function notEligibleReasons(rule: HiringAidRule, size: SizeBand, band: AidLevelBand): NotEligibleReason[] {
  const reasons: NotEligibleReason[] = [];
  const bigFirmsGetNothing = Object.values(rule.grid.ge250).every((c) => c === null);
  if (size === 'ge250' && (bigFirmsGetNothing || rule.grid.lt250[band] !== null)) reasons.push('headcount-250-or-more');
  if (rule.grid.lt250[band] === null) reasons.push('level-not-covered');
  return reasons.length > 0 ? reasons : ['level-not-covered'];
}

function ruleFacts(rule: HiringAidRule, args: NormalisedHiringAidInput, explanation: Bilingual) {
  return {
    ruleId: rule.id,
    ruleLabel: rule.label,
    validity: { from: rule.concludedFrom, to: rule.concludedTo },
    ...(rule.startsBefore ? { startsBefore: rule.startsBefore } : {}),
    legalBasis: rule.legalBasis,
    sources: rule.sources,
    input: args,
    confirmed: rule.confirmed && rule.legalBasis.every((l) => l.confirmed),
    explanation,
  } satisfies Omit<RuleFacts, 'notes'>;
}

function notEligible(rule: HiringAidRule, args: NormalisedHiringAidInput, reasons: NotEligibleReason[]): HiringAidNotEligible {
  const ctx = context(args);
  const why = reasons.includes('level-8')
    ? REASON_TEXT['level-8']
    : localText(
        13,
        (list) => `sur cette période, ${list}`,
        inEvery((lang) => reasons.map((r) => REASON_TEXT[r][lang]).join(AND[lang])),
      );
  const explanation = localText(15, (ctx, why) => `Pas d’aide pour un contrat conclu le ${ctx} : ${why}.`, ctx, why);
  const extra: Statement[] = reasons.includes('level-8') ? [HIRING_AID_CAVEATS.level8] : caveats(rule, args);
  return { status: 'not-eligible', amount: 0, reasons, ...ruleFacts(rule, args, explanation), notes: [...rule.notes, ...extra] };
}

const AND = localText(14, ' et ');

const REASON_TEXT: Record<NotEligibleReason, Bilingual> = {
  'level-8': localText(2, 'le niveau 8 (doctorat) est hors du champ de l’aide, qui couvre les certifications jusqu’au niveau 7'),
  'level-not-covered': localText(3, 'l’aide ne couvrait que les certifications jusqu’au niveau 4 (aide unique)'),
  'headcount-250-or-more': localText(4, 'les entreprises de 250 salariés ou plus n’y avaient pas droit'),
};

function unknownRule(args: NormalisedHiringAidInput, reason: UnknownRuleReason): HiringAidUnknownRule {
  const signed = day(args.signedOn);
  const first = day(HIRING_AID_COVERAGE.from);
  const last = day(HIRING_AID_COVERAGE.to);
  const texts: Record<UnknownRuleReason, Bilingual> = {
    'before-first-period': localText(
      16,
      (signed, first) => `Aucune règle connue pour un contrat conclu le ${signed} : les sources couvrent les contrats conclus à partir du ${first}.`,
      signed,
      first,
    ),
    'after-last-period': localText(
      17,
      (signed, last) =>
        `Aucune règle connue pour un contrat conclu le ${signed} : les sources s’arrêtent aux contrats conclus jusqu’au ${last} (règles suivantes à confirmer).`,
      signed,
      last,
    ),
    'starts-after-window': localText(
      18,
      (start) =>
        `Aucune règle connue pour un contrat commençant le ${start} : le décret de 2026 ne couvre que les contrats commençant avant le 1er janvier 2027.`,
      day(args.startOn ?? args.signedOn),
    ),
  };
  return {
    status: 'unknown-rule',
    amount: null,
    reason,
    ruleId: null,
    input: args,
    coverage: { ...HIRING_AID_COVERAGE },
    confirmed: false,
    explanation: texts[reason],
    notes: reason === 'before-first-period' ? [] : [HIRING_AID_CAVEATS.after2026],
  };
}

function invalid(errors: InputError[]): HiringAidInvalid {
  return {
    status: 'invalid',
    amount: null,
    errors,
    ruleId: null,
    confirmed: false,
    explanation: localText(
      19,
      (why) => `Impossible de calculer l’aide : ${why}`,
      inEvery((lang) => errors.map((e) => e.message[lang]).join(' ')),
    ),
    notes: [],
  };
}

function context(args: NormalisedHiringAidInput): Bilingual {
  const d = day(args.signedOn);
  const size =
    args.sizeBand === 'lt250'
      ? localText(5, 'entreprise de moins de 250 salariés')
      : localText(6, 'entreprise de 250 salariés ou plus');
  const rqth = args.rqth ? localText(7, ', apprenti RQTH') : localText(11, '');
  return localText(20, (d, size, level, rqth) => `${d} (${size}, niveau ${level}${rqth})`, d, size, String(args.level), rqth);
}

const KIND_NAME: Record<AidKind | 'none', Bilingual> = {
  'aide-unique': localText(8, 'l’aide unique'),
  'aide-exceptionnelle': localText(9, 'l’aide exceptionnelle'),
  none: localText(10, 'l’aide à l’embauche'),
};

function eligibleSentence(rule: HiringAidRule, args: NormalisedHiringAidInput, cell: AidCell): Bilingual {
  const ctx = context(args);
  const kind = KIND_NAME[cell.kind ?? 'none'];
  const amount = euros(cell.amount);
  const basis = rule.legalBasis[0]?.label ?? localText(12, '');
  return localText(
    21,
    (ctx, kind, amount, basis) => `Pour un contrat conclu le ${ctx}, ${kind} est de ${amount} au maximum pour la première année (${basis}).`,
    ctx,
    kind,
    amount,
    basis,
  );
}

function caveats(rule: HiringAidRule, args: NormalisedHiringAidInput): Statement[] {
  const out: Statement[] = [];
  const hasAideUnique = Object.values(rule.grid.lt250).some((c) => c?.kind === 'aide-unique');
  if (hasAideUnique && args.sizeBand === 'lt250' && args.level === 5) out.push(HIRING_AID_CAVEATS.overseas);
  if (rule.startsBefore && !args.startOn) out.push(HIRING_AID_CAVEATS.startBefore2027);
  return out;
}
