// professionalisationPay(): minimum pay of a contrat de professionnalisation (L6325-9, D6325-15 to -18). Never throws.
import type { ISODate } from '../funding/types.js';
import { addMonths, firstOfNextMonth, today } from './dates.js';
import { InvalidInput, date, field, flag, invalid, number, type PayInvalid } from './input.js';
import { safely, smicOn, type SmicUsed } from './apprentice-pay.js';
import { PAY_SOURCES, PAY_TABLES_AS_OF, PRO_26_CONVENTIONAL_SHARE, PRO_RATES, type PaySource } from './tables.js';

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
    if (typeof input !== 'object' || input === null) throw new InvalidInput(invalid('not-an-object', 'Les données doivent être un objet.', 'The input must be an object.'));
    const birthDate = date(field(input, 'birthDate'), invalid('bad-birth-date', 'La date de naissance doit être une date réelle au format AAAA-MM-JJ.', 'The date of birth must be a real date, YYYY-MM-DD.'));
    const age = number(field(input, 'age'), 14, 99, invalid('bad-age', 'L’âge doit être un nombre entier entre 14 et 99.', 'The age must be a whole number from 14 to 99.'), true);
    if (age === undefined && !birthDate) throw new InvalidInput(invalid('missing-age', 'Indiquez l’âge ou la date de naissance.', 'Give the age or the date of birth.'));
    const on = date(field(input, 'on'), invalid('bad-on', 'La date simulée doit être une date réelle au format AAAA-MM-JJ.', 'The simulated date must be a real date, YYYY-MM-DD.')) ?? today();
    const qualified = flag(field(input, 'qualified'), 'qualified');
    const conventional = number(field(input, 'conventionalMinimum'), 0, 100_000, invalid('bad-conventional-minimum', 'Le minimum conventionnel doit être un montant en euros.', 'The conventional minimum must be an amount in euros.'));
    const smic = smicOn(on);
    if (!smic) return invalid('before-tables', 'Le SMIC de cette date n’est pas dans la table.', 'The SMIC of that date is not in the table.');
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
