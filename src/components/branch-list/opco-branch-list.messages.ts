import { defineMessages, formatNumber, formatPercent } from '../../platform/i18n.js';
import type { LegalStatus } from '../../data/index.js';
import type { GroupId, SortKey } from './branch-groups.js';

const fr = (n: number) => formatNumber('fr', n);
// French: 0 and 1 take the singular
const frS = (n: number, one: string, many: string) => `${fr(n)} ${n < 2 ? one : many}`;
/** "d'août 2026", "de mai 2026": French elides "de" before a vowel. */
const frOf = (month: string) => (/^[aeiouyàâéèêîïôû]/i.test(month) ? `d'${month}` : `de ${month}`);

// only the states that end a text are shown (see isCurrent in the data module)
const endedFr: Partial<Record<LegalStatus, string>> = { ABROGE: 'abrogée', REMPLACE: 'remplacée', PERIME: 'périmée', DENONCE: 'dénoncée' };

const groupsFr: Record<GroupId, string> = {
  national: 'Conventions nationales',
  other: "Conventions d'entreprise et autres textes",
  local: 'Conventions régionales et départementales',
  untitled: 'IDCC sans titre connu',
  ended: 'Textes qui ne sont plus en vigueur',
};

export const messages = defineMessages(
  {
    heading: (opco: string) => `${opco} : branches et conventions collectives`,
    pickerHeading: 'Branches et conventions collectives par OPCO',
    pickerLabel: 'OPCO',
    pickerPlaceholder: 'Choisir un OPCO…',
    pickerOption: (opco: string, n: number) => `${opco} — ${frS(n, 'convention nationale', 'conventions nationales')}`,
    pickPrompt: 'Choisissez un OPCO pour voir ses branches professionnelles.',
    filterLabel: 'Filtrer par nom ou numéro IDCC',
    filterHint: 'Accents et petites fautes de frappe tolérés.',
    sortLabel: 'Trier par',
    sortOption: (key: SortKey) => (key === 'name' ? 'nom' : 'numéro IDCC'),
    headline: (n: number, total: number) =>
      `${frS(n, 'convention collective nationale', 'conventions collectives nationales')} · ${frS(total, 'IDCC', 'IDCC')} en tout`,
    filtered: (m: number, total: number) => `${frS(m, 'IDCC correspond', 'IDCC correspondent')} sur ${fr(total)}`,
    countNote: 'Un IDCC n’est pas toujours une branche : une branche peut en avoir plusieurs.',
    /** The visible count: the national conventions only; the IDCC total and the note are under "about these figures". */
    headlineShort: (n: number) => frS(n, 'convention collective nationale', 'conventions collectives nationales'),
    aboutCounts: 'À propos de ces chiffres',
    /** The first view shows a few rows: this shows the whole section. */
    showAll: (n: number) => `Afficher les ${fr(n)} conventions`,
    noMatch: (q: string) => `Aucune convention de cet OPCO ne correspond à « ${q} ».`,
    noMatchHint: 'Essayez un autre mot, le numéro IDCC à 4 chiffres, ou un autre OPCO.',
    clearFilter: 'Effacer le filtre',
    group: (id: GroupId) => groupsFr[id],
    groupCount: (shown: number, total: number, filtering: boolean) => (filtering ? `${fr(shown)} sur ${fr(total)}` : fr(total)),
    showMore: (n: number, remaining: number) => `Afficher ${fr(n)} de plus (${frS(remaining, 'restant', 'restants')})`,
    untitled: (idcc: string) => `Titre non disponible (IDCC ${idcc})`,
    idcc: (idcc: string) => `IDCC ${idcc}`,
    chosen: 'Choisie',
    /** The chosen row's details (a disclosure under the row). */
    detailIdcc: 'IDCC',
    detailTitle: 'Titre officiel',
    detailOpco: 'OPCO',
    detailAlso: (others: string) => `(des entreprises de cette convention relèvent aussi de ${others})`,
    detailCheck: 'Vérifier l’OPCO d’une entreprise sur le site de France compétences',
    newWindow: '(nouvelle fenêtre)',
    /** The toggle says what it does from the state it is in. */
    fullTitles: (shown: boolean) => (shown ? 'Afficher les titres courts' : 'Afficher les titres officiels'),
    shared: (own: string, share: number, others: string) =>
      `Partagé avec ${others} : ${formatPercent('fr', share)} des établissements qui déclarent cet IDCC sont rattachés à ${own}.`,
    few: (n: number) => `À vérifier : ${frS(n, 'seul établissement déclare', 'établissements seulement déclarent')} cet IDCC (erreur de déclaration possible).`,
    only2019: 'À vérifier : absent de la table SIRO de France compétences, connu seulement par la table du ministère de 2019.',
    lowOther: 'À vérifier : rattachement peu sûr.',
    replaces: (n: number) => `Remplace ${frS(n, 'IDCC', 'IDCC')}`,
    replacedBy: (ids: string) => `Remplacé par l’IDCC ${ids}`,
    and: 'et',
    legal: (status: LegalStatus, month: string) =>
      endedFr[status] ? `Convention ${endedFr[status]} selon Légifrance${month ? ` (état ${frOf(month)})` : ''}.` : '',
    source: (labels: string, month: string) => `Source : ${labels} — données ${frOf(month)}.`,
    check: 'Pour une entreprise précise, seule la recherche par SIRET sur le site de France compétences fait foi.',
    unknown: (value: string) => `« ${value} » n’est pas un OPCO connu.`,
    unknownHint: (ids: string) => `Identifiants valides : ${ids}.`,
    badValue: (attr: string, value: string, expected: string) =>
      `${attr}="${value}" n’est pas une valeur possible (${expected}) : la valeur par défaut est utilisée.`,
  },
  'opco-branch-list',
  import.meta.url,
);

export type BranchListMessages = (typeof messages)['fr'];
