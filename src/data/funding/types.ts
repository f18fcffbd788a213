// Shared types of the funding data. Pure data: no DOM, no Lit, so it can feed any renderer.
import type { SourceKey } from '../generated/funding-sources.js';
import type { Localized } from '../lang.js';

export type { SourceKey };

/** Calendar date 'YYYY-MM-DD' (no time zone). */
export type ISODate = `${number}-${number}-${number}`;

/** Source dates are as precise as the notes give them: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. Sorts as text. */
export type PartialDate = string;

export type { Lang } from '../lang.js';

/** Every user-facing text, French first. Official French terms (OPCO, CFA, NPEC …) stay in French in `en`. */
export type Bilingual = Localized<string>;

/** Inclusive validity period; a missing bound means "open" (no known start / no known end). */
export interface Validity {
  readonly from?: ISODate;
  readonly to?: ISODate;
}

export interface SourceInfo {
  readonly kind: 'web' | 'code';
  /** Host name or repository file; the notes give no title. */
  readonly label: string;
  readonly url?: string;
  /** The source date exactly as the notes write it ("2025-03", "undated", "2019/2020" …). */
  readonly dateAsGiven: string;
  /** Sortable form of that date, absent when undated. */
  readonly date?: PartialDate;
}

/** A law, decree, code article … as cited by the notes. */
export interface LegalReference {
  readonly id: string;
  /** French official wording first, e.g. "Décret n° 2026-168 du 6 mars 2026, art. 1". */
  readonly label: Bilingual;
  /** Légifrance link, only when the notes give one. */
  readonly url?: string;
  /** false when the notes mark the number/wording UNCONFIRMED. */
  readonly confirmed: boolean;
  readonly sources: readonly SourceKey[];
}

/** Anything the notes may mark UNCONFIRMED carries this. */
export interface Sourced {
  readonly sources: readonly SourceKey[];
  /** false = "à confirmer": never show as certain. */
  readonly confirmed: boolean;
  /** What exactly is not confirmed (shown next to the item when confirmed is false). */
  readonly unconfirmedNote?: Bilingual;
}

/** A bilingual statement with its sources (eligibility lines, notes, conditions). */
export interface Statement extends Sourced {
  readonly text: Bilingual;
  readonly validity?: Validity;
}

export type Audience = 'employer' | 'apprentice' | 'training-centre';

/** Every audience, in the order the widgets' messages list them (the one list: `audience` of the finder, card, explainer, pay simulator). */
export const AUDIENCES: readonly Audience[] = ['employer', 'apprentice', 'training-centre'];

export type ActorId =
  | 'employer'
  | 'host-employer'
  | 'apprentice'
  | 'employee'
  | 'jobseeker'
  | 'urssaf'
  | 'france-competences'
  | 'opco'
  | 'branch'
  | 'cfa'
  | 'training-provider'
  | 'schools'
  | 'state'
  | 'regions'
  | 'asp'
  | 'caisse-des-depots'
  | 'transitions-pro'
  | 'france-travail';

export interface Actor {
  readonly id: ActorId;
  readonly name: Bilingual;
  /** Official French name or acronym kept as is (e.g. "OPCO", "ASP"). */
  readonly frenchTerm: string;
  readonly role?: Bilingual;
}
