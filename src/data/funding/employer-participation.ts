// Employer participation in the cost of an apprenticeship contract (750 € for level 6–7), transcribed
// from §4 of the funding notes (domain/funding.md, compiled 2026-11-26). The notes tie it to the date the
// contract was *concluded* (from 1 Jul 2025), so the input is `signedOn`, as for the hiring aid.
import { dataTexts, inEvery } from '../texts.js';
import { day, euros } from './format.js';
import { LEGAL } from './legal.js';
import { deepFreeze } from '../freeze.js';
import { inputError, parseFlag, parseISODate, parseLevel, readField, type CertificationLevel, type InputError } from './parse.js';
import type { Bilingual, ISODate, LegalReference, SourceKey, Statement, Validity } from './types.js';
const localText = dataTexts("data/funding/employer-participation");


export interface EmployerParticipationInput {
  /** Date the contract was concluded: 'YYYY-MM-DD' or a Date. */
  readonly signedOn?: unknown;
  /** Certification level 3–8. */
  readonly level?: unknown;
  /** New employer after a broken contract, same certification (200 € instead of 750 €). Absent = false. */
  readonly secondEmployer?: unknown;
}

export type EmployerParticipationRuleId = 'app.employerShare.l67' | 'app.employerShare.l67.newEmployer';
export type ParticipationNotDueReason = 'before-rule' | 'level-not-concerned';

interface ParticipationFacts {
  readonly ruleId: EmployerParticipationRuleId;
  readonly validity: Validity;
  readonly legalBasis: readonly LegalReference[];
  readonly sources: readonly SourceKey[];
  readonly input: { readonly signedOn: ISODate; readonly level: CertificationLevel; readonly secondEmployer: boolean };
  readonly confirmed: true;
  readonly explanation: Bilingual;
  readonly notes: readonly Statement[];
}

export interface ParticipationDue extends ParticipationFacts {
  readonly status: 'due';
  /** Euros, paid by the employer to the CFA, first year only. */
  readonly amount: number;
  readonly payer: 'employer';
  readonly receiver: 'cfa';
}

export interface ParticipationNotDue extends ParticipationFacts {
  readonly status: 'not-due';
  readonly amount: 0;
  readonly reason: ParticipationNotDueReason;
}

export interface ParticipationInvalid {
  readonly status: 'invalid';
  readonly amount: null;
  readonly errors: readonly InputError[];
  readonly confirmed: false;
  readonly explanation: Bilingual;
  readonly notes: readonly Statement[];
}

export type EmployerParticipationResult = ParticipationDue | ParticipationNotDue | ParticipationInvalid;

/** First conclusion date concerned (§4: "contracts concluded from 1 Jul 2025"). */
export const EMPLOYER_PARTICIPATION_FROM: ISODate = '2025-07-01';
export const EMPLOYER_PARTICIPATION_LEVELS: readonly CertificationLevel[] = [6, 7];

export const EMPLOYER_PARTICIPATION_AMOUNTS = {
  'app.employerShare.l67': 750,
  'app.employerShare.l67.newEmployer': 200,
} as const satisfies Record<EmployerParticipationRuleId, number>;

const LEGAL_BASIS = /* @__PURE__ */ deepFreeze([LEGAL.ctL6332_14, LEGAL.ctR6332_25, LEGAL.decret2025_585]);
const SOURCES: readonly SourceKey[] = /* @__PURE__ */ deepFreeze(['EFL-750', 'GROUPE2S-750', 'ARTEMIS-750', 'ME-part']);

export const EMPLOYER_PARTICIPATION_NOTES: readonly Statement[] = [
  {
    text: localText(0, '750 € par contrat pour les niveaux 6 et 7, quelle que soit sa durée, la première année seulement ; facturés par le CFA après les 45 premiers jours (consécutifs ou non) de formation pratique, et déduits du premier versement de l’OPCO au CFA.'),
    validity: { from: EMPLOYER_PARTICIPATION_FROM },
    sources: ['EFL-750', 'GROUPE2S-750', 'ARTEMIS-750', 'ME-part'],
    confirmed: true,
  },
  {
    text: localText(1, 'Contrat rompu dans les 45 jours : 50 % du NPEC de la branche au prorata des jours effectués, dans la limite de 750 €.'),
    validity: { from: EMPLOYER_PARTICIPATION_FROM },
    sources: ['EFL-750', 'CERFRANCE-750'],
    confirmed: true,
  },
  {
    text: localText(2, 'Nouvel employeur après une rupture (même certification) : 200 €.'),
    validity: { from: EMPLOYER_PARTICIPATION_FROM },
    sources: ['ARTEMIS-750', 'ME-part'],
    confirmed: true,
  },
];

export function employerParticipation(input: EmployerParticipationInput): EmployerParticipationResult {
  try {
    return participation(input);
  } catch {
    // an input no reader could open (a revoked Proxy, a Date whose getTime throws): refused, never a crash
    return invalid([inputError('input', 'wrong-type', localText(3, 'objet attendu'))]);
  }
}

function participation(input: EmployerParticipationInput): EmployerParticipationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return invalid([inputError('input', 'wrong-type', localText(4, 'objet attendu'))]);
  }
  const signedOn = parseISODate(readField(input, 'signedOn').value, 'signedOn');
  const level = parseLevel(readField(input, 'level').value);
  const second = parseFlag(readField(input, 'secondEmployer').value, 'secondEmployer');
  if (!signedOn.ok || !level.ok || !second.ok) {
    return invalid([signedOn, level, second].flatMap((p) => (p.ok ? [] : [p.error])));
  }
  const args = { signedOn: signedOn.value, level: level.value, secondEmployer: second.value };
  const ruleId: EmployerParticipationRuleId = args.secondEmployer ? 'app.employerShare.l67.newEmployer' : 'app.employerShare.l67';
  const facts = {
    ruleId,
    validity: { from: EMPLOYER_PARTICIPATION_FROM },
    legalBasis: LEGAL_BASIS,
    sources: SOURCES,
    input: args,
    confirmed: true as const,
    notes: EMPLOYER_PARTICIPATION_NOTES,
  };
  const signed = day(args.signedOn);
  const from = day(EMPLOYER_PARTICIPATION_FROM);

  if (args.signedOn < EMPLOYER_PARTICIPATION_FROM) {
    return {
      status: 'not-due',
      amount: 0,
      reason: 'before-rule',
      ...facts,
      explanation: localText(
        5,
        (signed, from) => `Aucune participation pour un contrat conclu le ${signed} : elle concerne les contrats conclus à partir du ${from}.`,
        signed,
        from,
      ),
    };
  }
  if (!EMPLOYER_PARTICIPATION_LEVELS.includes(args.level)) {
    return {
      status: 'not-due',
      amount: 0,
      reason: 'level-not-concerned',
      ...facts,
      explanation: localText(6, (level) => `Aucune participation pour une certification de niveau ${level} : seuls les niveaux 6 et 7 sont concernés.`, String(args.level)),
    };
  }
  const amount = EMPLOYER_PARTICIPATION_AMOUNTS[ruleId];
  const eur = euros(amount);
  return {
    status: 'due',
    amount,
    payer: 'employer',
    receiver: 'cfa',
    ...facts,
    explanation: args.secondEmployer
      ? localText(
          7,
          (level, eur) => `Nouvel employeur après une rupture, même certification de niveau ${level} : l’employeur verse ${eur} au CFA.`,
          String(args.level),
          eur,
        )
      : localText(
          8,
          (level, signed, eur) => `Contrat de niveau ${level} conclu le ${signed} : l’employeur verse ${eur} au CFA pour la première année.`,
          String(args.level),
          signed,
          eur,
        ),
  };
}

function invalid(errors: InputError[]): ParticipationInvalid {
  return {
    status: 'invalid',
    amount: null,
    errors,
    confirmed: false,
    explanation: localText(
      9,
      (why) => `Impossible de calculer la participation : ${why}`,
      inEvery((lang) => errors.map((e) => e.message[lang]).join(' ')),
    ),
    notes: [],
  };
}
