// apprenticePay(): an apprentice's minimum pay on a given day (D6222-26 to -32), what they take home and
// what the employer pays in contributions. apprenticeSchedule(): the same month by month over the whole
// contract, with the hiring aid and the 750 € participation from the funding module. Never throws.
import { dataTexts } from '../texts.js';
import { apprenticeHiringAid, type HiringAidResult } from '../funding/hiring-aid.js';
import { employerParticipation, type EmployerParticipationResult } from '../funding/employer-participation.js';
import type { Bilingual, ISODate } from '../funding/types.js';
import { apprenticeContributions, employerContributions, employerRatesOn, type ExemptionRule } from './contributions.js';
import { addMonths, dayNumber, firstOfNextMonth, today } from './dates.js';
import { InvalidInput, date, field, flag, invalid, number, type PayInvalid } from './input.js';
import {
  APPRENTICE_RATES,
  FIRST_RATES_DAY,
  PAY_SOURCES,
  PAY_TABLES_AS_OF,
  SHORT_CONTRACT_BONUS_POINTS,
  SMIC_TABLE,
  type ApprenticeAgeBand,
  type PaySource,
  type SmicRow,
  type Territory,
} from './tables.js';
const localText = dataTexts("data/pay/apprentice-pay");


export type ApprenticeLevel = 3 | 4 | 5 | 6 | 7;

/** Raw input: numbers or strings (from HTML attributes); validated here. */
export interface ApprenticePayInput {
  /** Age on the day simulated (used when `birthDate` is absent). */
  readonly age?: number | string;
  /** 'YYYY-MM-DD': the band changes on the 1st of the month after the 18th, 21st and 26th birthdays (D6222-31). */
  readonly birthDate?: string;
  /** 'YYYY-MM-DD': first day of the contract; the 2nd year starts on its anniversary. */
  readonly contractStart?: string;
  /** 'YYYY-MM-DD': date the contract was concluded (signed); default `contractStart`. Decides the March 2025 switch and the aid. */
  readonly signedOn?: string;
  /** 'YYYY-MM-DD': the day simulated; default today (not before the contract start). */
  readonly on?: string;
  /** Company headcount (effectif). Default: 11 to 49 employees, said in `assumptions`. */
  readonly headcount?: number | string;
  /** Level of the certification prepared, 3–7. */
  readonly level?: number | string;
  /** Actual gross monthly pay; default the minimum. */
  readonly monthlyGross?: number | string;
  /** Conventional minimum for the job (21 and over: basis if higher than the SMIC). */
  readonly conventionalMinimum?: number | string;
  /** Apprentice with RQTH (hiring aid, 4-year contracts). */
  readonly rqth?: boolean | string;
  /** Contract length in months, for the schedule (default 24). */
  readonly contractMonths?: number | string;
  /** D6222-30: contract of one year or less after a diploma of the same level (+15 points). */
  readonly sameLevelShortContract?: boolean | string;
  /** D6222-32: licence professionnelle in one year (paid at the 2nd-year rate). */
  readonly licencePro?: boolean | string;
  /** D6222-29: rate (% of the SMIC) of the last year of a previous contract; the new one pays at least that. */
  readonly previousRate?: number | string;
}

export interface SmicUsed {
  readonly hourly: number;
  readonly monthly: number;
  readonly from: ISODate;
  readonly source: PaySource;
  readonly territory: Territory;
  /** The newest row of the table: later SMIC changes are not known yet ("au SMIC en vigueur connu"). */
  readonly latestKnown: boolean;
}

export interface ApprenticePayOk {
  readonly kind: 'ok';
  /** The day simulated. */
  readonly on: ISODate;
  readonly contractYear: number;
  readonly ageBand: ApprenticeAgeBand;
  /** % of the basis (SMIC, or the conventional minimum when higher for 21 and over). */
  readonly rate: number;
  readonly basis: 'smic' | 'conventional-minimum';
  readonly smic: SmicUsed;
  readonly minimumMonthlyGross: number;
  readonly monthlyGross: number;
  /** The actual pay given is below the legal minimum. */
  readonly belowMinimum: boolean;
  readonly apprenticeContributionsMonthly: number;
  readonly csgCrdsMonthly: number;
  readonly apprenticeNetMonthly: number;
  readonly exemptionRule: ExemptionRule;
  readonly employerContributionsMonthly: number;
  readonly employerReductionMonthly: number;
  /** Gross pay + employer contributions (before aid), € a month. */
  readonly employerCostMonthly: number;
  /** Legal texts behind the figures. */
  readonly sources: readonly PaySource[];
  /** Date the tables were last checked. */
  readonly asOf: ISODate;
  /** What the figures assume (complementary health insurance excluded, default headcount …). */
  readonly assumptions: readonly Bilingual[];
}

export type ApprenticePayResult = ApprenticePayOk | PayInvalid;

// ——— normalised input

export interface Normalised {
  readonly age?: number;
  readonly birthDate?: ISODate;
  readonly contractStart: ISODate;
  readonly signedOn: ISODate;
  readonly on?: ISODate;
  readonly headcount?: number;
  readonly level?: ApprenticeLevel;
  readonly monthlyGross?: number;
  readonly conventionalMinimum?: number;
  readonly rqth: boolean;
  readonly contractMonths: number;
  readonly sameLevelShortContract: boolean;
  readonly licencePro: boolean;
  readonly previousRate?: number;
}

// (a plain constant: a property read at module level would keep the tables in bundles that do not use them)

export function normalise(raw: unknown): Normalised {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidInput(invalid('not-an-object', localText(3, 'Les données doivent être un objet.')));
  }
  const get = (k: keyof ApprenticePayInput) => field(raw, k);
  const birthDate = date(get('birthDate'), invalid('bad-birth-date', localText(4, 'La date de naissance doit être une date réelle au format AAAA-MM-JJ.')));
  const age = number(get('age'), 14, 99, invalid('bad-age', localText(5, 'L’âge doit être un nombre entier entre 14 et 99.')), true);
  if (age === undefined && birthDate === undefined) {
    throw new InvalidInput(invalid('missing-age', localText(6, 'Indiquez l’âge ou la date de naissance de l’apprenti.')));
  }
  const startRaw = get('contractStart');
  if (startRaw === undefined) {
    throw new InvalidInput(invalid('missing-contract-start', localText(7, 'Indiquez la date de début du contrat.')));
  }
  const contractStart = date(startRaw, invalid('bad-contract-start', localText(8, 'La date de début du contrat doit être une date réelle au format AAAA-MM-JJ.')))!;
  const signedOn = date(get('signedOn'), invalid('bad-signed-on', localText(9, 'La date de conclusion du contrat doit être une date réelle au format AAAA-MM-JJ.'))) ?? contractStart;
  const on = date(get('on'), invalid('bad-on', localText(10, 'La date simulée doit être une date réelle au format AAAA-MM-JJ.')));
  const headcount = number(get('headcount'), 0, 10_000_000, invalid('bad-headcount', localText(11, 'L’effectif doit être un nombre positif.')));
  const level = number(get('level'), 3, 7, invalid('bad-level', localText(12, 'Le niveau du diplôme préparé doit être un entier de 3 à 7.')), true) as ApprenticeLevel | undefined;
  const money = (k: 'monthlyGross' | 'conventionalMinimum', reason: 'bad-monthly-gross' | 'bad-conventional-minimum', what: Bilingual) =>
    number(get(k), 0, 100_000, invalid(reason, localText(16, (what) => `${what} doit être un montant en euros (par exemple 1200).`, what)));
  const monthlyGross = money('monthlyGross', 'bad-monthly-gross', localText(17, 'Le salaire brut mensuel'));
  const conventionalMinimum = money('conventionalMinimum', 'bad-conventional-minimum', localText(18, 'Le minimum conventionnel'));
  const rqth = flag(get('rqth'), 'rqth');
  const contractMonths =
    number(get('contractMonths'), 1, rqth ? 48 : 36, invalid('bad-contract-months', localText(19, (most) => `La durée du contrat doit être un nombre entier de mois de 1 à ${most}.`, rqth ? '48' : '36')), true) ?? 24;
  const previousRate = number(get('previousRate'), 0, 100, invalid('bad-previous-rate', localText(13, 'Le taux du contrat précédent doit être un pourcentage de 0 à 100.')));
  if (birthDate && birthDate >= contractStart) {
    throw new InvalidInput(invalid('birth-after-start', localText(14, 'La date de naissance doit précéder le début du contrat.')));
  }
  return {
    ...(age !== undefined ? { age } : {}),
    ...(birthDate ? { birthDate } : {}),
    contractStart,
    signedOn,
    ...(on ? { on } : {}),
    ...(headcount !== undefined ? { headcount } : {}),
    ...(level !== undefined ? { level } : {}),
    ...(monthlyGross !== undefined ? { monthlyGross } : {}),
    ...(conventionalMinimum !== undefined ? { conventionalMinimum } : {}),
    rqth,
    contractMonths,
    sameLevelShortContract: flag(get('sameLevelShortContract'), 'sameLevelShortContract'),
    licencePro: flag(get('licencePro'), 'licencePro'),
    ...(previousRate !== undefined ? { previousRate } : {}),
  };
}

function beforeTables(): PayInvalid {
  // (French writes the day DD/MM/YYYY, {0}; English as given, YYYY-MM-DD, {1})
  return invalid(
    'before-tables',
    localText(20, (day) => `Les taux de cotisations ne sont connus qu’à partir du ${day}.`, FIRST_RATES_DAY.split('-').reverse().join('/'), FIRST_RATES_DAY),
  );
}

/** Runs `f`, turning validation failures (and anything unexpected) into an `invalid` answer. */
export function safely<T>(f: () => T): T | PayInvalid {
  try {
    return f();
  } catch (e) {
    if (e instanceof InvalidInput) return e.result;
    return invalid('not-an-object', localText(15, 'Les données ne peuvent pas être lues.'));
  }
}

// ——— rules

/** The SMIC in force on a day (undefined before the table's first row, or for a day that is not `YYYY-MM-DD`). */
export function smicOn(day: ISODate, territory: Territory = 'metropole'): SmicUsed | undefined {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  if (territory !== 'metropole' && territory !== 'mayotte') return undefined;
  const rows = SMIC_TABLE[territory];
  let row: SmicRow | undefined;
  for (const r of rows) if (r.from <= day) row = r;
  if (!row) return undefined;
  return { hourly: row.hourly, monthly: row.monthly, from: row.from, source: PAY_SOURCES[row.source], territory, latestKnown: row === rows[rows.length - 1] };
}

/** Contract year on a day: the 2nd year starts on the first anniversary of the start. */
export function contractYearOn(start: ISODate, day: ISODate): number {
  let year = 1;
  while (addMonths(start, 12 * year) <= day) year++;
  return year;
}

const THRESHOLDS: readonly [number, ApprenticeAgeBand][] = [
  [26, '26+'],
  [21, '21-25'],
  [18, '18-20'],
];

/**
 * Age band on a day. From a date of birth, the higher band starts on the 1st of the month after the 18th,
 * 21st or 26th birthday (D6222-31); from an age alone, the band of that age.
 */
export function ageBandOn(input: Pick<Normalised, 'age' | 'birthDate'>, day: ISODate): ApprenticeAgeBand {
  if (input.birthDate) {
    for (const [years, band] of THRESHOLDS) if (firstOfNextMonth(addMonths(input.birthDate, 12 * years)) <= day) return band;
    return 'under-18'; // D6222-27: under 16 paid as 16–17
  }
  const age = input.age ?? 0;
  for (const [years, band] of THRESHOLDS) if (age >= years) return band;
  return 'under-18';
}

export interface MinimumPay {
  readonly rate: number;
  readonly basis: 'smic' | 'conventional-minimum';
  readonly basisMonthly: number;
  readonly minimum: number;
}

export function minimumPay(n: Normalised, band: ApprenticeAgeBand, year: number, smicMonthly: number): MinimumPay {
  // D6222-32: a licence professionnelle is paid at the 2nd-year rate
  const index = Math.min(Math.max(year, n.licencePro ? 2 : 1), 3) - 1;
  let rate = APPRENTICE_RATES[band][index]!;
  // D6222-30: +15 points for a contract of one year or less at the same level (the minimum stays ≤ 100 %)
  if (n.sameLevelShortContract && band !== '26+') rate = Math.min(100, rate + SHORT_CONTRACT_BONUS_POINTS);
  // D6222-29: a new contract pays at least the last rate of the previous one
  if (n.previousRate !== undefined) rate = Math.max(rate, n.previousRate);
  // D6222-26: from 21, the basis is the conventional minimum when higher than the SMIC
  const conventional = (band === '21-25' || band === '26+') && n.conventionalMinimum !== undefined && n.conventionalMinimum > smicMonthly;
  const basisMonthly = conventional ? n.conventionalMinimum! : smicMonthly;
  return { rate, basis: conventional ? 'conventional-minimum' : 'smic', basisMonthly, minimum: round2((rate / 100) * basisMonthly) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const DEFAULT_HEADCOUNT = 20;

function assumptions(n: Normalised): Bilingual[] {
  const list: Bilingual[] = [
    localText(0, 'Hors complémentaire santé (mutuelle), versement mobilité et régime d’Alsace-Moselle ; taux AT/MP moyen national ; temps plein (35 h).'),
  ];
  if (n.headcount === undefined) list.push(localText(1, 'Effectif non indiqué : calcul pour une entreprise de 11 à 49 salariés.'));
  if (!n.birthDate) list.push(localText(2, 'Âge sans date de naissance : la tranche d’âge ne change pas en cours de mois.'));
  return list;
}

/** One month's figures on a day, for the contract described by `n`. */
export function monthFigures(n: Normalised, day: ISODate, band: ApprenticeAgeBand, year: number) {
  const smic = smicOn(day);
  const rates = employerRatesOn(day);
  if (!smic || !rates) return undefined;
  const min = minimumPay(n, band, year, smic.monthly);
  const gross = round2(n.monthlyGross ?? min.minimum);
  const employee = apprenticeContributions(gross, smic.monthly, n.signedOn);
  const employer = employerContributions(gross, smic.monthly, n.headcount ?? DEFAULT_HEADCOUNT, day)!;
  return { smic, min, gross, employee, employer };
}

export function apprenticePay(input: ApprenticePayInput): ApprenticePayResult {
  return safely(() => {
    const n = normalise(input);
    let on = n.on ?? today();
    if (on < n.contractStart) on = n.contractStart;
    if (on < FIRST_RATES_DAY) return beforeTables();
    const year = contractYearOn(n.contractStart, on);
    const band = n.birthDate ? ageBandOn(n, on) : ageBandOn({ age: n.age ?? 0 }, on);
    const f = monthFigures(n, on, band, year)!;
    const net = round2(f.gross - f.employee.total);
    const result: ApprenticePayOk = {
      kind: 'ok',
      on,
      contractYear: year,
      ageBand: band,
      rate: f.min.rate,
      basis: f.min.basis,
      smic: f.smic,
      minimumMonthlyGross: f.min.minimum,
      monthlyGross: f.gross,
      belowMinimum: f.gross < f.min.minimum,
      apprenticeContributionsMonthly: f.employee.social,
      csgCrdsMonthly: f.employee.csgCrds,
      apprenticeNetMonthly: net,
      exemptionRule: f.employee.rule,
      employerContributionsMonthly: f.employer.net,
      employerReductionMonthly: f.employer.reduction,
      employerCostMonthly: round2(f.gross + f.employer.net),
      sources: [f.smic.source, PAY_SOURCES.d6222_26, PAY_SOURCES.d6222_27_32, PAY_SOURCES.l6243_2, PAY_SOURCES.l136_1_1, PAY_SOURCES[f.employer.rates.source], PAY_SOURCES.urssafRates],
      asOf: PAY_TABLES_AS_OF,
      assumptions: assumptions(n),
    };
    return result;
  });
}

// ——— whole contract

export interface ScheduleMonth {
  /** First day of this month of the contract (months run from the start date). */
  readonly from: ISODate;
  readonly contractYear: number;
  readonly ageBand: ApprenticeAgeBand;
  /** Rate at the end of the month (a change inside the month is paid pro rata). */
  readonly rate: number;
  readonly gross: number;
  readonly net: number;
  readonly employerContributions: number;
  readonly employerCost: number;
  /** Something changed during this month (band, contract year or SMIC). */
  readonly changes: readonly ('age-band' | 'contract-year' | 'smic')[];
}

export interface ScheduleYear {
  readonly contractYear: number;
  readonly from: ISODate;
  readonly months: number;
  readonly gross: number;
  readonly net: number;
  readonly employerCost: number;
  /** Monthly gross at the start and end of the year (they differ when the band or the SMIC changes). */
  readonly firstMonthlyGross: number;
  readonly lastMonthlyGross: number;
}

export interface ApprenticeScheduleOk {
  readonly kind: 'ok';
  readonly contractStart: ISODate;
  /** Last day of the contract. */
  readonly contractEnd: ISODate;
  readonly months: readonly ScheduleMonth[];
  readonly years: readonly ScheduleYear[];
  readonly totals: {
    readonly gross: number;
    readonly net: number;
    readonly employerContributions: number;
    readonly employerCost: number;
    /** State hiring aid for the first year (pro rata for shorter contracts); 0 when none or unknown. */
    readonly hiringAid: number;
    /** 750 € participation (levels 6–7), 0 when not due. */
    readonly participation: number;
    /** employerCost − hiringAid + participation. */
    readonly netCost: number;
  };
  readonly hiringAid: HiringAidResult | null;
  readonly participation: EmployerParticipationResult | null;
  /** A SMIC change after the last known row is not foreseeable: later months use the latest known SMIC. */
  readonly usesLatestKnownSmic: boolean;
  readonly sources: readonly PaySource[];
  readonly asOf: ISODate;
  readonly assumptions: readonly Bilingual[];
}

export type ApprenticeScheduleResult = ApprenticeScheduleOk | PayInvalid;

/** When only an age is known, it is taken as the age at the contract start and grows by one each contract year. */
function bandFor(n: Normalised, day: ISODate): ApprenticeAgeBand {
  if (n.birthDate) return ageBandOn(n, day);
  const age = (n.age ?? 0) + contractYearOn(n.contractStart, day) - 1;
  return ageBandOn({ age }, day);
}

export function apprenticeSchedule(input: ApprenticePayInput): ApprenticeScheduleResult {
  return safely(() => {
    const n = normalise(input);
    if (n.contractStart < FIRST_RATES_DAY) return beforeTables();
    const end = addMonths(n.contractStart, n.contractMonths);
    const months: ScheduleMonth[] = [];
    let latest = false;
    let prevSmicFrom = '';
    for (let i = 0; i < n.contractMonths; i++) {
      const from = addMonths(n.contractStart, i);
      const to = addMonths(n.contractStart, i + 1);
      // split the month where the band, the contract year or the SMIC changes; each part paid pro rata
      const cuts = new Set<ISODate>([from]);
      for (const row of SMIC_TABLE.metropole) if (row.from > from && row.from < to) cuts.add(row.from);
      if (n.birthDate) for (const years of [18, 21, 26]) {
        const d = firstOfNextMonth(addMonths(n.birthDate, 12 * years));
        if (d > from && d < to) cuts.add(d);
      }
      const points = [...cuts].sort();
      const total = dayNumber(to) - dayNumber(from);
      let gross = 0, net = 0, employer = 0;
      let last: ReturnType<typeof monthFigures>;
      const startBand = bandFor(n, from);
      const startSmic = smicOn(from)!.from;
      for (let p = 0; p < points.length; p++) {
        const a = points[p]!;
        const b = points[p + 1] ?? to;
        const share = (dayNumber(b) - dayNumber(a)) / total;
        const year = contractYearOn(n.contractStart, a);
        last = monthFigures(n, a, bandFor(n, a), year)!;
        gross += last.gross * share;
        net += (last.gross - last.employee.total) * share;
        employer += last.employer.net * share;
        if (last.smic.latestKnown) latest = true;
      }
      const year = contractYearOn(n.contractStart, from);
      const band = bandFor(n, points[points.length - 1]!);
      const smicFrom = smicOn(points[points.length - 1]!)!.from;
      const prev = months[i - 1];
      const changes: ('age-band' | 'contract-year' | 'smic')[] = [];
      if (band !== (prev ? prev.ageBand : startBand)) changes.push('age-band');
      if (prev && year !== prev.contractYear) changes.push('contract-year');
      if (smicFrom !== (prev ? prevSmicFrom : startSmic)) changes.push('smic');
      prevSmicFrom = smicFrom;
      months.push({
        from,
        contractYear: year,
        ageBand: band,
        rate: last!.min.rate,
        gross: round2(gross),
        net: round2(net),
        employerContributions: round2(employer),
        employerCost: round2(gross + employer),
        changes,
      });
    }
    const years: ScheduleYear[] = [];
    for (const m of months) {
      let y = years[years.length - 1];
      if (!y || y.contractYear !== m.contractYear) {
        y = { contractYear: m.contractYear, from: m.from, months: 0, gross: 0, net: 0, employerCost: 0, firstMonthlyGross: m.gross, lastMonthlyGross: m.gross };
        years.push(y);
      }
      years[years.length - 1] = {
        ...y,
        months: y.months + 1,
        gross: round2(y.gross + m.gross),
        net: round2(y.net + m.net),
        employerCost: round2(y.employerCost + m.employerCost),
        lastMonthlyGross: m.gross,
      };
    }
    const sum = (k: 'gross' | 'net' | 'employerContributions' | 'employerCost') => round2(months.reduce((s, m) => s + m[k], 0));
    const aid = n.level !== undefined
      ? apprenticeHiringAid({ signedOn: n.signedOn, headcount: n.headcount ?? DEFAULT_HEADCOUNT, level: n.level, rqth: n.rqth, startOn: n.contractStart })
      : null;
    const participation = n.level !== undefined ? employerParticipation({ signedOn: n.signedOn, level: n.level }) : null;
    const hiringAid = aid && aid.status === 'eligible' ? round2((aid.amount * Math.min(12, n.contractMonths)) / 12) : 0;
    const part = participation && participation.status === 'due' ? participation.amount : 0;
    const employerCost = sum('employerCost');
    const result: ApprenticeScheduleOk = {
      kind: 'ok',
      contractStart: n.contractStart,
      contractEnd: isoMinusOneDay(end),
      months,
      years,
      totals: {
        gross: sum('gross'),
        net: sum('net'),
        employerContributions: sum('employerContributions'),
        employerCost,
        hiringAid,
        participation: part,
        netCost: round2(employerCost - hiringAid + part),
      },
      hiringAid: aid,
      participation,
      usesLatestKnownSmic: latest,
      sources: [PAY_SOURCES.d6222_26, PAY_SOURCES.d6222_27_32, PAY_SOURCES.l6243_2, PAY_SOURCES.l136_1_1, PAY_SOURCES.rgdu2026, PAY_SOURCES.urssafRates, ...new Set(SMIC_TABLE.metropole.map((r) => PAY_SOURCES[r.source]))],
      asOf: PAY_TABLES_AS_OF,
      assumptions: assumptions(n),
    };
    return result;
  });
}

function isoMinusOneDay(d: ISODate): ISODate {
  const t = new Date((dayNumber(d) - 1) * 86_400_000);
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}` as ISODate;
}

