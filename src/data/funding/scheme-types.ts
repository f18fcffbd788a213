// Types of the scheme cards shown by the funding explainer. Plain data, bilingual, renderer-agnostic.
import type { ActorId, Audience, Bilingual, LegalReference, PartialDate, SourceKey, Sourced, Statement, Validity } from './types.js';

export type SchemeId = 'apprentissage' | 'professionnalisation' | 'reconversion' | 'plan-moins-50' | 'cpf';

/** A row of "who pays whom and how much". */
export interface PaymentRow extends Sourced {
  readonly item: Bilingual;
  readonly payer: ActorId;
  readonly receiver: ActorId;
  /** The amount or the rule, as text (amounts are maxima unless stated). */
  readonly amount: Bilingual;
  /** The figure in euros when the row is one fixed amount. */
  readonly amountEur?: number;
  readonly validity?: Validity;
  /** Validity that dates cannot express ("SMIC changes yearly", "arrêté of 29 Sep 2020"). */
  readonly validityText?: Bilingual;
  readonly legal?: readonly LegalReference[];
  /** This row can be computed for the user by a function of this module. */
  readonly calculator?: 'apprentice-hiring-aid' | 'employer-participation';
}

export interface SchemeStep extends Sourced {
  /** 1-based order of the step. */
  readonly order: number;
  readonly text: Bilingual;
  /** The same step as another reader must read it (the apprentice is not the one who pays, the CFA is the one who invoices). */
  readonly audienceText?: Partial<Readonly<Record<Audience, Bilingual>>>;
  /** Who acts at this step. */
  readonly actor: ActorId;
  /** The user's OPCO is involved: the widget can show the OPCO contact card here. */
  readonly involvesOpco: boolean;
  readonly deadline?: Bilingual;
  /** Audiences for whom the step matters (for filtering / highlighting). */
  readonly audiences: readonly Audience[];
}

/** What a scheme file writes by hand; `sources`, `asOf` and `hasUnconfirmed` are derived. */
export interface SchemeDefinition {
  readonly id: SchemeId;
  readonly name: Bilingual;
  /** Official French term, kept as is in both languages. */
  readonly frenchTerm: string;
  /** 'open' for new entries; a closed predecessor (Pro-A) is described inside its successor. */
  readonly status: 'open' | 'closed';
  readonly validity?: Validity;
  readonly summary: Statement;
  readonly audienceSummary: Readonly<Record<Audience, Bilingual>>;
  readonly eligibility: readonly Statement[];
  readonly payments: readonly PaymentRow[];
  readonly steps: readonly SchemeStep[];
  readonly legalReferences: readonly LegalReference[];
  readonly notes: readonly Statement[];
}

export interface Scheme extends SchemeDefinition {
  /** Every source key used anywhere in the scheme, without duplicates, in first-use order. */
  readonly sources: readonly SourceKey[];
  /** Newest source date among those sources ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'). */
  readonly asOf: PartialDate;
  /** At least one item is UNCONFIRMED ("à confirmer"). */
  readonly hasUnconfirmed: boolean;
}
