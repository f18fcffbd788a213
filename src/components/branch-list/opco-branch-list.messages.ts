import { defineMessages, formatNumber } from '../../platform/i18n.js';
import type { LegalStatus } from '../../data/index.js';
import type { GroupId, SortKey } from './branch-groups.js';

const fr = (n: number) => formatNumber('fr', n);
const en = (n: number) => formatNumber('en', n);
// French: 0 and 1 take the singular
const frS = (n: number, one: string, many: string) => `${fr(n)} ${n < 2 ? one : many}`;
const enS = (n: number, one: string, many: string) => `${en(n)} ${n === 1 ? one : many}`;
/** "d'août 2026", "de mai 2026": French elides "de" before a vowel. */
const frOf = (month: string) => (/^[aeiouyàâéèêîïôû]/i.test(month) ? `d'${month}` : `de ${month}`);
const pct = (lang: 'fr' | 'en', share: number) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share);

// only the states that end a text are shown (see isCurrent in the data module)
const endedFr: Partial<Record<LegalStatus, string>> = { ABROGE: 'abrogée', REMPLACE: 'remplacée', PERIME: 'périmée', DENONCE: 'dénoncée' };
const endedEn: Partial<Record<LegalStatus, string>> = { ABROGE: 'abrogated', REMPLACE: 'replaced', PERIME: 'expired', DENONCE: 'denounced' };

const groupsFr: Record<GroupId, string> = {
  national: 'Conventions nationales',
  other: "Conventions d'entreprise et autres textes",
  local: 'Conventions régionales et départementales',
  untitled: 'IDCC sans titre connu',
  ended: 'Textes qui ne sont plus en vigueur',
};
const groupsEn: Record<GroupId, string> = {
  national: 'National agreements',
  other: 'Company agreements and other texts',
  local: 'Regional and departmental agreements',
  untitled: 'IDCCs without a known title',
  ended: 'Texts no longer in force',
};

export const messages = defineMessages({
  fr: {
    heading: (opco: string) => `${opco} : branches et conventions collectives`,
    pickerHeading: 'Branches et conventions collectives par OPCO',
    pickerLabel: 'OPCO',
    pickerPlaceholder: 'Choisir un OPCO…',
    pickerOption: (opco: string, n: number) => `${opco} — ${frS(n, 'convention nationale', 'conventions nationales')}`,
    pickPrompt: 'Choisissez un OPCO pour voir ses branches professionnelles.',
    filterLabel: 'Filtrer par nom ou numéro IDCC',
    filterHint: 'Les accents et les petites fautes de frappe sont tolérés.',
    sortLabel: 'Trier par',
    sortOption: (key: SortKey) => (key === 'name' ? 'nom' : 'numéro IDCC'),
    headline: (n: number, total: number) =>
      `${frS(n, 'convention collective nationale', 'conventions collectives nationales')} · ${frS(total, 'IDCC', 'IDCC')} en tout`,
    filtered: (m: number, total: number) => `${frS(m, 'IDCC correspond', 'IDCC correspondent')} sur ${fr(total)}`,
    countNote: 'Un IDCC n’est pas toujours une branche : une branche peut en avoir plusieurs.',
    noMatch: (q: string) => `Aucune convention de cet OPCO ne correspond à « ${q} ».`,
    noMatchHint: 'Essayez un autre mot, le numéro IDCC à 4 chiffres, ou un autre OPCO.',
    clearFilter: 'Effacer le filtre',
    group: (id: GroupId) => groupsFr[id],
    groupCount: (shown: number, total: number, filtering: boolean) =>
      filtering ? `${fr(shown)} sur ${fr(total)}` : fr(total),
    showMore: (n: number, remaining: number) => `Afficher ${fr(n)} de plus (${frS(remaining, 'restant', 'restants')})`,
    untitled: (idcc: string) => `Titre non disponible (IDCC ${idcc})`,
    idcc: (idcc: string) => `IDCC ${idcc}`,
    chosen: 'Choisie',
    fullTitles: 'Afficher les titres officiels',
    shared: (own: string, share: number, others: string) =>
      `Partagé avec ${others} : ${pct('fr', share)} des établissements qui déclarent cet IDCC sont rattachés à ${own}.`,
    few: (n: number) =>
      `À vérifier : ${frS(n, 'seul établissement déclare', 'établissements seulement déclarent')} cet IDCC (erreur de déclaration possible).`,
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
  en: {
    heading: (opco: string) => `${opco}: branches and collective agreements`,
    pickerHeading: 'Branches and collective agreements by OPCO',
    pickerLabel: 'OPCO',
    pickerPlaceholder: 'Choose an OPCO…',
    pickerOption: (opco: string, n: number) => `${opco} — ${enS(n, 'national agreement', 'national agreements')}`,
    pickPrompt: 'Choose an OPCO to see its professional branches.',
    filterLabel: 'Filter by name or IDCC number',
    filterHint: 'Accents and small typos are tolerated.',
    sortLabel: 'Sort by',
    sortOption: (key: SortKey) => (key === 'name' ? 'name' : 'IDCC number'),
    headline: (n: number, total: number) =>
      `${enS(n, 'national collective agreement', 'national collective agreements')} · ${enS(total, 'IDCC', 'IDCCs')} in all`,
    filtered: (m: number, total: number) => `${en(m)} of ${enS(total, 'IDCC', 'IDCCs')} ${m === 1 ? 'matches' : 'match'}`,
    countNote: 'An IDCC is not always a branch: one branch may have several.',
    noMatch: (q: string) => `No agreement of this OPCO matches "${q}".`,
    noMatchHint: 'Try another word, the 4-digit IDCC number, or another OPCO.',
    clearFilter: 'Clear the filter',
    group: (id: GroupId) => groupsEn[id],
    groupCount: (shown: number, total: number, filtering: boolean) =>
      filtering ? `${en(shown)} of ${en(total)}` : en(total),
    showMore: (n: number, remaining: number) => `Show ${en(n)} more (${en(remaining)} left)`,
    untitled: (idcc: string) => `Title not available (IDCC ${idcc})`,
    idcc: (idcc: string) => `IDCC ${idcc}`,
    chosen: 'Chosen',
    fullTitles: 'Show official titles',
    shared: (own: string, share: number, others: string) =>
      `Shared with ${others}: ${pct('en', share)} of the establishments declaring this IDCC are attached to ${own}.`,
    few: (n: number) =>
      `To check: only ${enS(n, 'establishment declares', 'establishments declare')} this IDCC (possibly a reporting error).`,
    only2019: "To check: not in France compétences' SIRO table, known only from the 2019 ministry table.",
    lowOther: 'To check: uncertain assignment.',
    replaces: (n: number) => `Replaces ${enS(n, 'IDCC', 'IDCCs')}`,
    replacedBy: (ids: string) => `Replaced by IDCC ${ids}`,
    and: 'and',
    legal: (status: LegalStatus, month: string) =>
      endedEn[status] ? `Agreement ${endedEn[status]} according to Légifrance${month ? ` (as of ${month})` : ''}.` : '',
    source: (labels: string, month: string) => `Source: ${labels} — data as of ${month}.`,
    check: "For a given company, only France compétences' search by SIRET is authoritative.",
    unknown: (value: string) => `"${value}" is not a known OPCO.`,
    unknownHint: (ids: string) => `Valid ids: ${ids}.`,
    badValue: (attr: string, value: string, expected: string) =>
      `${attr}="${value}" is not a possible value (${expected}): the default is used.`,
  },
});

export type BranchListMessages = (typeof messages)['fr'];
