// The differential oracle: mon-entreprise's payroll rules (modele-social, MIT) run by publicodes, and the grid
// of situations both engines evaluate. Shared by the pay-differential-*.test.ts files (split so that each file
// runs beside the others: the engine takes 20–70 ms per situation here, most of it for net pay).
import Engine from 'publicodes';
import rules from 'modele-social';
import type { ApprenticeAgeBand, ApprenticePayOk } from '../../src/data/index.js';

const ENGINE_AGE: Record<ApprenticeAgeBand, string> = {
  'under-18': 'moins de 18',
  '18-20': 'de 18 à 20',
  '21-25': 'de 21 à 25',
  '26+': 'plus de 25',
};
/** An age inside each band, as an integrator would type it. */
export const AGE_IN_BAND: Record<ApprenticeAgeBand, number> = { 'under-18': 17, '18-20': 19, '21-25': 23, '26+': 27 };

export interface Situation {
  readonly on: string;
  readonly contractStart: string;
  readonly band: ApprenticeAgeBand;
  readonly year: 1 | 2 | 3;
  readonly headcount: number;
  readonly level: 3 | 4 | 5 | 6 | 7;
}

const pad = (n: number) => String(n).padStart(2, '0');
const HEADCOUNTS = [5, 30, 60, 300];
const LEVELS = [3, 4, 5, 6, 7] as const;
const BANDS: ApprenticeAgeBand[] = ['under-18', '18-20', '21-25', '26+'];

/**
 * 21 simulated months (the 15th of each month, March 2025 to November 2026) × 4 age bands × 3 contract years
 * = 252 situations; the headcount and the level turn through 5/30/60/300 employees and levels 3–7.
 * Each contract starts on the 1st, three months before the simulated month, 0–2 years earlier.
 */
export function grid(): Situation[] {
  const list: Situation[] = [];
  let i = 0;
  for (let k = 0; k < 21; k++) {
    const y = 2025 + Math.floor((2 + k) / 12);
    const m = ((2 + k) % 12) + 1;
    for (const band of BANDS) {
      for (const year of [1, 2, 3] as const) {
        const startIndex = y * 12 + (m - 1) - 3 - 12 * (year - 1);
        list.push({
          on: `${y}-${pad(m)}-15`,
          contractStart: `${Math.floor(startIndex / 12)}-${pad((startIndex % 12) + 1)}-01`,
          band,
          year,
          headcount: HEADCOUNTS[i % HEADCOUNTS.length]!,
          level: LEVELS[i % LEVELS.length]!,
        });
        i++;
      }
    }
  }
  return list;
}

/** The engine's figures for one situation, each evaluated when first read (net pay is most of the cost). */
export interface OracleFigures {
  readonly minimum: number;
  readonly net: number;
  readonly employer: number;
}

const frDate = (iso: string) => iso.split('-').reverse().join('/');
const level = (l: number) => (l <= 4 ? 'niveau 4 ou moins' : l === 5 ? 'niveau 5' : 'niveau 6 ou 7');

export function createOracle() {
  const engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });
  const value = (name: string): number => {
    const v = engine.evaluate({ valeur: name, unité: '€/mois' }).nodeValue;
    if (typeof v !== 'number') throw new Error(`${name}: no value (${String(v)})`);
    return v;
  };
  return (s: Situation, gross: number): OracleFigures => {
    engine.setSituation({
      date: `'${frDate(s.on)}'`,
      'salarié . contrat': "'apprentissage'",
      "salarié . contrat . date d'embauche": `'${frDate(s.contractStart)}'`,
      'salarié . contrat . apprentissage . âge': `'${ENGINE_AGE[s.band]}'`,
      'salarié . contrat . apprentissage . diplôme': `'${level(s.level)}'`,
      'entreprise . salariés . effectif': String(s.headcount),
      // 250+: at least 5 % alternants, so no contribution supplémentaire à l'apprentissage (as in our figures)
      'entreprise . salariés . ratio alternants': '6 %',
      'salarié . contrat . salaire brut': `${gross} €/mois`,
      // no complementary health insurance (our figures exclude it unless given)
      'salarié . cotisations . prévoyances . santé . montant': '0 €/mois',
    });
    // getters: a figure the test checks against the law instead (old contracts' net, 2025 employer
    // contributions) is never evaluated; read them before the next situation is set
    return {
      get minimum() {
        return value('salarié . contrat . apprentissage . rémunération minimale');
      },
      get net() {
        return value('salarié . rémunération . net . à payer avant impôt');
      },
      get employer() {
        return value('salarié . cotisations . employeur');
      },
    };
  };
}

// ——— the law, where we deliberately differ from the engine (written out from the texts, not from our module)

/**
 * L6243-2 and L136-1-1 as they stood for contracts concluded before 1 March 2025 (kept for those contracts):
 * employee contributions (6.90 + 0.40 + 3.15 + 0.86 = 11.31 %) only above 79 % of the SMIC, no CSG/CRDS.
 * The engine switches by the simulated date, so it applies the new rule to these old contracts.
 */
export function netBeforeMarch2025Law(gross: number, smicMonthly: number): number {
  return gross - Math.max(0, gross - 0.79 * smicMonthly) * 0.1131;
}

/**
 * Employer contributions in 2025 under the law of 2025: réduction générale (CSS L241-13, D241-7) with
 * T = 0.3194 (< 50 employees) or 0.3234 and the 1.6 SMIC ceiling; maladie 7 % up to 2.25 SMIC,
 * allocations familiales 3.45 % up to 3.3 SMIC. The engine (modele-social 11) applies the 2026 rules
 * (RGDU, full rates) to 2025 dates as well.
 */
export function employer2025Law(gross: number, smicMonthly: number, headcount: number, on: string): number {
  const r = gross / smicMonthly;
  const chomage = on < '2025-05-01' ? 4.05 : 4.0;
  let percent =
    (r <= 2.25 ? 7 : 13) + (r <= 3.3 ? 3.45 : 5.25) + 8.55 + 2.02 + 2.12 /* AT/MP national average */ + chomage + 0.25 + 4.72 + 1.29 + 0.3 + 0.016 +
    (headcount < 50 ? 0.1 : 0.5);
  if (headcount >= 11) percent += 1 + 0.68;
  if (headcount >= 50) percent += 0.45;
  const t = headcount < 50 ? 0.3194 : 0.3234;
  const c = r >= 1.6 ? 0 : Math.round(Math.min(t, (t / 0.6) * (1.6 / r - 1)) * 10_000) / 10_000;
  return (gross * percent) / 100 - gross * c;
}

export type Ours = ApprenticePayOk;
