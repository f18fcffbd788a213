// Public data types of opco-widgets (no DOM, no runtime code).
import type { OPCO_IDS } from './generated/tables.js';
import type { Localized } from './lang.js';

/** One of the 11 opérateurs de compétences, e.g. `akto`, `opco-2i`. */
export type OpcoId = (typeof OPCO_IDS)[number];

export interface Opco {
  readonly id: OpcoId;
  /** Official name, e.g. "OPCO 2i – opérateur de compétences interindustriel". */
  readonly name: string;
  /** What to show in a sentence, e.g. "OPCO 2i". */
  readonly shortName: string;
  readonly website: string;
  readonly siren: string;
  /** Exact label in France compétences' SIRO table (column OPCO_PROPRIETAIRE), e.g. "OPCO2I". */
  readonly siroLabel: string;
  /** One-line summary of the sectors covered (French). */
  readonly sectors: string;
  readonly aliases: readonly string[];
  /** The OPCA (pre-2019 collectors) it took over. */
  readonly formerOpca: readonly string[];
  /** The OPCO's own page for each audience's next step (data/SOURCES.md, S8). */
  readonly links: OpcoLinks;
}

/** Who the next step is for: an employer hiring an apprentice, a training centre (CFA), an apprentice (the funding explainer's audiences). */
export type { Audience } from './funding/types.js';
import type { Audience } from './funding/types.js';

/** What an OPCO's page is about: filing the contract, funding (NPEC), hiring aid, the contract explained, contact, or its home page. */
export type OpcoLinkTopic = 'deposit' | 'funding' | 'aid' | 'apprenticeship' | 'contact' | 'home';

/** One page of an OPCO's site and when it was read (where: data/opcos.json and data/SOURCES.md, S8). */
export interface OpcoLink {
  readonly url: string;
  readonly topic: OpcoLinkTopic;
  /** True when the page's text was read (a stored public copy, or a source of the funding notes). */
  readonly verified: boolean;
  /** Date of the page, or of the check (ISO, or a year). */
  readonly asOf: string;
}

export type OpcoLinks = { readonly [A in Audience]: OpcoLink } & { readonly contact?: OpcoLink };

/** An OPCO without the names a search finds it by: what a card shows. */
export type OpcoProfile = Omit<Opco, 'siroLabel' | 'aliases' | 'formerOpca'>;

/** How sure the IDCC→OPCO assignment is (see SOURCES.md: number of establishments, share, conflicts). */
export type Confidence = 'high' | 'medium' | 'low' | 'n/a';

/** State of the text in KALI/Légifrance (February 2024). */
export type LegalStatus =
  | 'VIGUEUR_ETEN'
  | 'VIGUEUR_NON_ETEN'
  | 'ABROGE'
  | 'REMPLACE'
  | 'PERIME'
  | 'DENONCE'
  | 'MODIFIE';

/** Territorial scope read from the title; `departmental` also covers local (arrondissement) texts. */
export type Scope = 'national' | 'regional' | 'departmental' | 'unknown';

export interface Convention {
  /** IDCC on 4 digits, leading zeros kept: "0016". */
  readonly idcc: string;
  /** Official title, or null when no source gave one. */
  readonly title: string | null;
  /** Short label (KALI/CDTN), or null. */
  readonly shortTitle: string | null;
  /** Majority OPCO (SIRO), else the 2019 ministry table; null for pseudo-IDCCs and codes without data. */
  readonly opco: OpcoId | null;
  /** All OPCOs seen for this IDCC, most frequent first, when the majority share is below 90 %. */
  readonly candidates: readonly OpcoId[];
  /** IDCCs that replace this one (merge: one; split: several, e.g. 1740 → 1596 + 1597). */
  readonly replacedBy: readonly string[];
  readonly confidence: Confidence;
  readonly legalStatus: LegalStatus | null;
  readonly scope: Scope;
  /** Establishments (SIRET) of the majority OPCO declaring this IDCC in SIRO; null when not in SIRO. */
  readonly establishments: number | null;
  /** Majority share in [0, 1], 4 decimals (0.9999 also stands for "rounds to 1 but not all"); null when not in SIRO. */
  readonly share: number | null;
  /** Ids of `dataset.sources` the OPCO assignment comes from. */
  readonly sources: readonly string[];
}

export interface DataSource {
  /** Stable id, e.g. `siro_202608`. */
  readonly id: string;
  /** French label to show after "Source :", e.g. "France compétences, table SIRO". */
  readonly label: string;
  readonly url: string | null;
  /** ISO date of the data. */
  readonly date: string;
  readonly licence: string;
}

export interface Dataset {
  /** ISO date of the SIRO extract the assignments come from. */
  readonly asOf: string;
  readonly sources: readonly DataSource[];
}

/** A short user-facing text in every language the widgets speak. */
export type Message = Localized<string>;

/** The raw tables a dataset is made of; `createOpcoData` builds the look-ups and the search over them. */
export interface OpcoTables {
  readonly dataset: Dataset;
  readonly opcos: readonly Opco[];
  readonly conventions: readonly Convention[];
}
