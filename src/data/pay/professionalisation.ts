// professionalisationPay(): minimum pay of a contrat de professionnalisation (L6325-9, D6325-15 to -18). Never throws.
import { dataTexts } from '../texts.js';
import type { ISODate } from '../funding/types.js';
import { addMonths, dayNumber, firstOfNextMonth, today } from './dates.js';
import { InvalidInput, date, field, flag, invalid, number, type PayInvalid } from './input.js';
import { safely, smicOn, type SmicUsed } from './apprentice-pay.js';
import { PAY_SOURCES, PAY_TABLES_AS_OF, PRO_26_CONVENTIONAL_SHARE, PRO_RATES, SMIC_TABLE, type PaySource } from './tables.js';
const localText = dataTexts('data/pay/professionalisation');

export interface ProfessionalisationPayInput {
  readonly age?: number | string;
  /** 'YYYY-MM-DD': the new rate applies from the 1st of the month after the 21st / 26th birthday (D6325-16). */
  readonly birthDate?: string;
  /** 'YYYY-MM-DD', default today. */
  readonly on?: string;
  /** At least a bac pro or an equivalent professional qualification (65 % / 80 %). */
  readonly qualified?: boolean | string;
  /** Branch minimum for the job (26 and over: at least 85 % of it). */
  readonly conventionalMinimum?: number | string;
}

export type ProAgeBand = 'under-21' | '21-25' | '26+';

export interface ProfessionalisationPayOk {
  readonly kind: 'ok';
  readonly on: ISODate;
  readonly ageBand: ProAgeBand;
  /** % of the SMIC (26+: 100). */
  readonly rate: number;
  readonly basis: 'smic' | 'conventional-minimum';
  readonly smic: SmicUsed;
  readonly minimumMonthlyGross: number;
  readonly sources: readonly PaySource[];
  readonly asOf: ISODate;
}

export type ProfessionalisationPayResult = ProfessionalisationPayOk | PayInvalid;

export function professionalisationPay(input: ProfessionalisationPayInput): ProfessionalisationPayResult {
  return safely(() => {
    if (typeof input !== 'object' || input === null) throw new InvalidInput(invalid('not-an-object', localText(0, 'Les données doivent être un objet.')));
    const birthDate = date(field(input, 'birthDate'), invalid('bad-birth-date', localText(1, 'La date de naissance doit être une date réelle au format AAAA-MM-JJ.')));
    const age = number(field(input, 'age'), 14, 99, invalid('bad-age', localText(2, 'L’âge doit être un nombre entier entre 14 et 99.')), true);
    if (age === undefined && !birthDate) throw new InvalidInput(invalid('missing-age', localText(3, 'Indiquez l’âge ou la date de naissance.')));
    const on = date(field(input, 'on'), invalid('bad-on', localText(4, 'La date simulée doit être une date réelle au format AAAA-MM-JJ.'))) ?? today();
    const qualified = flag(field(input, 'qualified'), 'qualified');
    const conventional = number(field(input, 'conventionalMinimum'), 0, 100_000, invalid('bad-conventional-minimum', localText(5, 'Le minimum conventionnel doit être un montant en euros.')));
    const smic = smicOn(on);
    if (!smic) return invalid('before-tables', localText(6, 'Le SMIC de cette date n’est pas dans la table.'));
    const band: ProAgeBand = birthDate
      ? firstOfNextMonth(addMonths(birthDate, 12 * 26)) <= on
        ? '26+'
        : firstOfNextMonth(addMonths(birthDate, 12 * 21)) <= on
          ? '21-25'
          : 'under-21'
      : age! >= 26
        ? '26+'
        : age! >= 21
          ? '21-25'
          : 'under-21';
    let rate = 100;
    let minimum = smic.monthly;
    let basis: 'smic' | 'conventional-minimum' = 'smic';
    if (band !== '26+') {
      rate = qualified ? PRO_RATES[band].qualified : PRO_RATES[band].base;
      minimum = (rate / 100) * smic.monthly;
    } else if (conventional !== undefined && (PRO_26_CONVENTIONAL_SHARE / 100) * conventional > smic.monthly) {
      minimum = (PRO_26_CONVENTIONAL_SHARE / 100) * conventional;
      rate = PRO_26_CONVENTIONAL_SHARE;
      basis = 'conventional-minimum';
    }
    return {
      kind: 'ok',
      on,
      ageBand: band,
      rate,
      basis,
      smic,
      minimumMonthlyGross: Math.round(minimum * 100) / 100,
      sources: [smic.source, PAY_SOURCES.d6325_15_18],
      asOf: PAY_TABLES_AS_OF,
    } satisfies ProfessionalisationPayOk;
  });
}

export interface ProfessionalisationScheduleInput extends ProfessionalisationPayInput {
  /** 'YYYY-MM-DD': first day of the contract. */
  readonly contractStart?: string;
  /** Contract length in months, 1 to 36 (default 12). */
  readonly contractMonths?: number | string;
}

export interface ProfessionalisationMonth {
  readonly from: ISODate;
  readonly ageBand: ProAgeBand;
  readonly rate: number;
  /** Minimum gross for this month of the contract (a change inside the month paid pro rata). */
  readonly minimumGross: number;
}

export interface ProfessionalisationScheduleOk {
  readonly kind: 'ok';
  readonly months: readonly ProfessionalisationMonth[];
  /** Sum of the monthly minimums. */
  readonly totalMinimumGross: number;
  readonly sources: readonly PaySource[];
  readonly asOf: ISODate;
}

export type ProfessionalisationScheduleResult = ProfessionalisationScheduleOk | PayInvalid;

/**
 * The contrat de professionnalisation's minimum pay month by month: the band changes on the 1st of the
 * month after the 21st and 26th birthdays (D6325-16) and with each SMIC row, paid pro rata inside a month.
 * With an age alone, that age is kept for the whole contract.
 */
export function professionalisationSchedule(input: ProfessionalisationScheduleInput): ProfessionalisationScheduleResult {
  return safely(() => {
    if (typeof input !== 'object' || input === null) throw new InvalidInput(invalid('not-an-object', localText(7, 'Les données doivent être un objet.')));
    const start = date(field(input, 'contractStart'), invalid('bad-contract-start', localText(8, 'La date de début du contrat doit être une date réelle au format AAAA-MM-JJ.')));
    if (!start) return invalid('missing-contract-start', localText(9, 'Indiquez la date de début du contrat.'));
    const months = number(field(input, 'contractMonths'), 1, 36, invalid('bad-contract-months', localText(10, 'La durée du contrat doit être un nombre entier de mois de 1 à 36.')), true) ?? 12;
    const birthDate = date(field(input, 'birthDate'), invalid('bad-birth-date', localText(11, 'La date de naissance doit être une date réelle au format AAAA-MM-JJ.')));
    const list: ProfessionalisationMonth[] = [];
    for (let i = 0; i < months; i++) {
      const from = addMonths(start, i);
      const to = addMonths(start, i + 1);
      const cuts = new Set<ISODate>([from]);
      for (const row of SMIC_TABLE.metropole) if (row.from > from && row.from < to) cuts.add(row.from as ISODate);
      if (birthDate) for (const years of [21, 26]) {
        const d = firstOfNextMonth(addMonths(birthDate, 12 * years));
        if (d > from && d < to) cuts.add(d);
      }
      const points = [...cuts].sort();
      const total = dayNumber(to) - dayNumber(from);
      let gross = 0;
      let last: ProfessionalisationPayOk | undefined;
      for (let p = 0; p < points.length; p++) {
        const a = points[p]!;
        const b = points[p + 1] ?? to;
        const r = professionalisationPay({ ...input, on: a });
        if (r.kind === 'invalid') return r;
        last = r;
        gross += (r.minimumMonthlyGross * (dayNumber(b) - dayNumber(a))) / total;
      }
      list.push({ from, ageBand: last!.ageBand, rate: last!.rate, minimumGross: Math.round(gross * 100) / 100 });
    }
    return {
      kind: 'ok',
      months: list,
      totalMinimumGross: Math.round(list.reduce((t, m) => t + m.minimumGross, 0) * 100) / 100,
      sources: [PAY_SOURCES.d6325_15_18, ...new Set(SMIC_TABLE.metropole.map((r) => PAY_SOURCES[r.source]))],
      asOf: PAY_TABLES_AS_OF,
    } satisfies ProfessionalisationScheduleOk;
  });
}
