// IDCC → OPCO, with the reasons and wording a widget needs. Never throws.
import { dataTexts, inEvery } from './texts.js';
import { parseIdcc, type IdccInvalidReason } from './idcc.js';
import { SPECIAL_CODES, type SpecialReason } from './specials.js';
import type { Confidence, Convention, DataSource, Dataset, Message, Opco, OpcoId } from './types.js';
const localText = dataTexts("data/resolve");


interface Provenance {
  /** Where the assignment comes from (SIRO, else the 2019 ministry table). */
  readonly source: DataSource;
  /** Date of the SIRO data the answer is based on. */
  readonly asOf: string;
}

interface Followed extends Provenance {
  readonly idcc: string;
  /** The convention the user gave. */
  readonly convention: Convention;
  /** The convention(s) now in force for it: itself, its successor, or the parts of a split. */
  readonly current: readonly Convention[];
  /** IDCCs visited, input first: ['0054', '3248'], ['1740', '1596', '1597'], ['1979']. */
  readonly path: readonly string[];
}

export type Resolution =
  | (Followed & {
      readonly kind: 'found';
      readonly reason: 'match' | 'replaced' | 'split';
      readonly opco: Opco;
      readonly confidence: Confidence;
      /** Majority share of that OPCO among the establishments declaring the IDCC (SIRO), if known. */
      readonly share: number | null;
      readonly input: string;
      readonly message: Message;
    })
  | (Followed & {
      readonly kind: 'shared';
      readonly reason: 'shared-assignment' | 'successors-differ';
      /** Competing OPCOs, most frequent first. */
      readonly candidates: readonly Opco[];
      readonly input: string;
      readonly message: Message;
    })
  | {
      readonly kind: 'special';
      readonly reason: SpecialReason;
      readonly idcc: string;
      readonly convention: Convention | null;
      /** What the code means (used as a title when the table has none). */
      readonly label: Message;
      readonly input: string;
      readonly message: Message;
    }
  | {
      readonly kind: 'unknown';
      readonly reason: 'not-in-table' | 'no-opco-data';
      readonly idcc: string;
      readonly convention: Convention | null;
      readonly input: string;
      readonly message: Message;
    }
  | { readonly kind: 'invalid'; readonly reason: IdccInvalidReason; readonly input: string; readonly message: Message };

export type ResolutionKind = Resolution['kind'];

export interface ResolveContext {
  readonly dataset: Dataset;
  readonly byIdcc: ReadonlyMap<string, Convention>;
  readonly opcoById: ReadonlyMap<OpcoId, Opco>;
}

const BY_SIRET: Message = localText(0, 'Seule une recherche par SIRET donne une réponse sûre.');

const INVALID: Record<IdccInvalidReason, Message> = {
  empty: localText(1, 'Saisissez un code IDCC (4 chiffres au plus).'),
  'wrong-type': localText(2, 'Saisissez un code IDCC (4 chiffres au plus).'),
  'not-a-code': localText(3, 'Un IDCC est un code de 1 à 4 chiffres, indiqué sur le bulletin de paie.'),
  'too-long': localText(4, 'Un IDCC compte 4 chiffres au plus.'),
  'out-of-range': localText(5, 'Un IDCC est un nombre entier de 1 à 9999.'),
};

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1, 'n/a': 0 };

/** A short, safe echo of what was asked (events and logs), whatever its type. */
export function describeInput(input: unknown): string {
  if (typeof input === 'string') return input.slice(0, 100);
  if (typeof input === 'number' && Number.isFinite(input)) return String(input);
  return '';
}

const AND = localText(8, 'et');

/** "a, b et c" in every language. */
function listOf(items: readonly string[]): Message {
  return inEvery((lang) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`));
}

const named = (c: Convention): string => {
  const name = c.shortTitle ?? c.title;
  return name ? `IDCC ${c.idcc} (${name})` : `IDCC ${c.idcc}`;
};

function followReplacements(start: Convention, byIdcc: ReadonlyMap<string, Convention>): { path: string[]; current: Convention[] } {
  const path: string[] = [];
  const current: Convention[] = [];
  const queue = [start];
  const seen = new Set<string>();
  while (queue.length) {
    const c = queue.shift()!;
    if (seen.has(c.idcc)) continue; // a cycle in a custom dataset must not hang us (or lose the leaf)
    seen.add(c.idcc);
    path.push(c.idcc);
    const next = c.replacedBy
      .map((id) => byIdcc.get(id))
      .filter((n): n is Convention => n !== undefined && !seen.has(n.idcc));
    if (next.length) queue.push(...next);
    else current.push(c);
  }
  return { path, current };
}

export function resolveIdcc(ctx: ResolveContext, raw: unknown): Resolution {
  const input = describeInput(raw);
  const parsed = parseIdcc(raw);
  if (!parsed.ok) return { kind: 'invalid', reason: parsed.reason, input, message: INVALID[parsed.reason] };
  const { idcc } = parsed;
  const convention = ctx.byIdcc.get(idcc) ?? null;

  const special = SPECIAL_CODES[idcc];
  if (special) return { kind: 'special', reason: special.reason, idcc, convention, label: special.label, input, message: special.message };

  if (!convention) {
    return {
      kind: 'unknown',
      reason: 'not-in-table',
      idcc,
      convention,
      input,
      message: localText(
        9,
        (idcc) => `L’IDCC ${idcc} n’est pas dans notre table. Vérifiez le code indiqué sur le bulletin de paie, ou recherchez l’établissement par son SIRET.`,
        idcc,
      ),
    };
  }

  const { path, current } = followReplacements(convention, ctx.byIdcc);
  const replaced = current.length !== 1 || current[0] !== convention;
  // Every convention that says something about the OPCO: the one given (its own SIRO majority) and
  // the ones in force now. Shared ones bring all their candidates.
  const deciders = replaced ? [convention, ...current] : [convention];
  const candidateIds: OpcoId[] = [];
  let shared = false;
  for (const c of deciders) {
    if (c.candidates.length) shared = true;
    for (const id of c.candidates.length ? c.candidates : c.opco ? [c.opco] : []) {
      if (!candidateIds.includes(id)) candidateIds.push(id);
    }
  }
  const candidates = candidateIds.map((id) => ctx.opcoById.get(id)).filter((o): o is Opco => o !== undefined);
  const decider = convention.opco ? convention : current.find((c) => c.opco) ?? convention;
  const sourceId = decider.sources[0];
  const source = ctx.dataset.sources.find((s) => s.id === sourceId) ?? ctx.dataset.sources[0]!;
  const followed = { idcc, convention, current, path, source, asOf: ctx.dataset.asOf, input };

  if (!candidates.length) {
    return {
      kind: 'unknown',
      reason: 'no-opco-data',
      idcc,
      convention,
      input,
      message: localText(10, (name) => `Aucun OPCO n’est connu pour l’${name}. Recherchez l’établissement par son SIRET.`, named(convention)),
    };
  }

  if (shared || candidates.length > 1) {
    const names = candidates.map((o) => o.shortName);
    const reason = shared ? 'shared-assignment' : 'successors-differ';
    const message =
      reason === 'shared-assignment'
        ? localText(
            11,
            (name, opcos, bySiret) => `Les établissements de l’${name} relèvent de plusieurs OPCO (${opcos}). ${bySiret}`,
            named(convention),
            listOf(names),
            BY_SIRET,
          )
        : localText(
            12,
            (idcc, ids, opcos, bySiret) => `L’IDCC ${idcc} a été remplacé par les IDCC ${ids}, qui relèvent d’OPCO différents (${opcos}). ${bySiret}`,
            idcc,
            listOf(current.map((c) => c.idcc)),
            listOf(names),
            BY_SIRET,
          );
    return { kind: 'shared', reason, candidates, ...followed, message };
  }

  const opco = candidates[0]!;
  const confidence = convention.opco
    ? convention.confidence
    : current.reduce<Confidence>((worst, c) => (RANK[c.confidence] < RANK[worst] ? c.confidence : worst), 'high');
  const caveat: Message =
    confidence === 'low'
      ? localText(6, ' Rattachement peu sûr : vérifiez avec le SIRET de l’établissement.')
      : localText(7, '');
  let message: Message;
  let reason: 'match' | 'replaced' | 'split';
  if (!replaced) {
    reason = 'match';
    message = localText(13, (name, opco) => `${name} : votre OPCO est ${opco}.`, named(convention), opco.shortName);
  } else if (current.length === 1) {
    reason = 'replaced';
    message = localText(
      14,
      (idcc, name, opco) => `L’IDCC ${idcc} a été remplacé par l’${name} : votre OPCO est ${opco}.`,
      idcc,
      named(current[0]!),
      opco.shortName,
    );
  } else {
    reason = 'split';
    const ids = current.map((c) => c.idcc);
    message = localText(
      15,
      (idcc, ids, opco) => `L’IDCC ${idcc} a été scindé en IDCC ${ids}, qui relèvent tous du même OPCO : ${opco}.`,
      idcc,
      listOf(ids),
      opco.shortName,
    );
  }
  return {
    kind: 'found',
    reason,
    opco,
    confidence,
    share: decider.share,
    ...followed,
    message: inEvery((lang) => message[lang] + caveat[lang]),
  };
}
