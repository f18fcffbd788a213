import { defineMessages } from '../../platform/i18n.js';

/** "de mars", "d’août": French elides "de" before a vowel (month names from Intl). */
const deMonth = (month: string): string => (/^[aeiouéèh]/i.test(month) ? `d’${month}` : `de ${month}`);

const percent = (share: number): string => `${Math.round(share * 100)}`;

export const messages = defineMessages({
  fr: {
    label: 'Votre convention collective',
    hint: 'Tapez son code IDCC (par exemple 1979) ou des mots de son nom ou de votre métier (coiffure, Syntec…). L’IDCC figure sur votre bulletin de paie.',
    listbox: 'Conventions collectives suggérées',
    optionIdcc: (idcc: string) => `IDCC ${idcc}`,
    optionNoTitle: (idcc: string) => `Convention IDCC ${idcc} (titre inconnu)`,
    optionNoOpco: 'OPCO non déterminé',
    optionShared: (names: string) => `Plusieurs OPCO : ${names}`,
    optionReplaced: 'remplacée',
    /** Live region, a moment after typing stops. */
    count: (n: number) =>
      n === 0
        ? 'Aucune convention ne correspond.'
        : n === 1
          ? '1 convention suggérée. Flèche bas pour la sélectionner.'
          : `${n} conventions suggérées. Flèches haut et bas pour parcourir, Entrée pour choisir.`,
    chooseOne: (n: number) => `${n} conventions correspondent : choisissez-en une dans la liste.`,
    answerRegion: 'Réponse',
    yourOpco: 'Votre OPCO',
    severalOpcos: 'Plusieurs OPCO possibles',
    noOpco: 'Pas d’OPCO pour ce code',
    unknownTitle: 'Convention introuvable',
    invalidTitle: 'Saisie à corriger',
    convention: 'Convention collective :',
    conventionsNow: 'Conventions en vigueur :',
    specialTitle: (idcc: string, label: string) => `IDCC ${idcc} : ${label}`,
    idcc: (idcc: string) => `IDCC ${idcc}`,
    untitled: 'titre non disponible',
    lowConfidence: 'Rattachement à confirmer',
    lowWhyShare: (share: number, opco: string) =>
      `Seuls ${percent(share)} % des établissements qui déclarent cette convention relèvent de ${opco}.`,
    lowWhyFew: (n: number) =>
      n <= 1
        ? 'Un seul établissement déclare cette convention dans les données de France compétences : ce peut être une erreur de déclaration.'
        : `Seuls ${n} établissements déclarent cette convention dans les données de France compétences : ce peut être une erreur de déclaration.`,
    lowWhyOld: (label: string) => `Cette convention n’apparaît pas dans les données récentes ; le rattachement vient de : ${label}.`,
    mediumConfidence: (share: number, opco: string) =>
      `${percent(share)} % des établissements qui déclarent cette convention relèvent de ${opco} : c’est très probablement le vôtre.`,
    checkSiret: 'Vérifiez avec le SIRET de votre établissement sur le site de France compétences',
    payslip: 'Votre IDCC figure sur votre bulletin de paie (rubrique « convention collective » ou « IDCC ») : tapez ses 4 chiffres.',
    noResult: (query: string) => `Aucune convention ne correspond à « ${query} ».`,
    noResultHint:
      'Essayez un autre mot (votre métier, votre secteur) ou le code IDCC : il figure sur votre bulletin de paie.',
    companyId: 'Ce champ ne cherche pas par numéro SIRET ou SIREN : tapez le code IDCC de votre convention collective, ou des mots de son nom.',
    provenance: (label: string, month: string) => `Source : ${label}, données ${deMonth(month)}`,
    reset: 'Nouvelle recherche',
    newWindow: '(nouvelle fenêtre)',
    announceFound: (summary: string) => summary,
    // attribute errors, shown to the editor who wrote them
    badIdcc: (value: string) => `idcc="${value}" n’est pas un code IDCC.`,
    badIdccHint: 'Écrivez 1 à 4 chiffres, par exemple idcc="1979".',
    badLimit: (value: string) => `limit="${value}" n’est pas un nombre de suggestions valide.`,
    badLimitHint: (min: number, max: number) => `Écrivez un nombre entier de ${min} à ${max}, par exemple limit="8".`,
    badHeading: (value: string) => `heading-level="${value}" n’est pas un niveau de titre valide.`,
    badHeadingHint: 'Écrivez un chiffre de 2 à 6, par exemple heading-level="3".',
    badOpco: (value: string) => `opco="${value}" n’est pas un OPCO connu.`,
    badOpcoHint: (ids: string) => `Identifiants valides : ${ids}.`,
  },
  en: {
    label: 'Your collective agreement',
    hint: 'Type its IDCC code (for example 1979) or words from its name or your trade (hairdressing, Syntec…). The IDCC is shown on your payslip.',
    listbox: 'Suggested collective agreements',
    optionIdcc: (idcc: string) => `IDCC ${idcc}`,
    optionNoTitle: (idcc: string) => `Agreement IDCC ${idcc} (title unknown)`,
    optionNoOpco: 'OPCO not determined',
    optionShared: (names: string) => `Several OPCOs: ${names}`,
    optionReplaced: 'replaced',
    count: (n: number) =>
      n === 0
        ? 'No agreement matches.'
        : n === 1
          ? '1 agreement suggested. Down arrow to select it.'
          : `${n} agreements suggested. Up and down arrows to browse, Enter to choose.`,
    chooseOne: (n: number) => `${n} agreements match: choose one from the list.`,
    answerRegion: 'Answer',
    yourOpco: 'Your OPCO',
    severalOpcos: 'Several possible OPCOs',
    noOpco: 'No OPCO for this code',
    unknownTitle: 'Agreement not found',
    invalidTitle: 'Please correct your entry',
    convention: 'Collective agreement:',
    conventionsNow: 'Agreements in force:',
    specialTitle: (idcc: string, label: string) => `IDCC ${idcc}: ${label}`,
    idcc: (idcc: string) => `IDCC ${idcc}`,
    untitled: 'title not available',
    lowConfidence: 'Assignment to be confirmed',
    lowWhyShare: (share: number, opco: string) =>
      `Only ${percent(share)}% of the establishments declaring this agreement belong to ${opco}.`,
    lowWhyFew: (n: number) =>
      n <= 1
        ? 'Only one establishment declares this agreement in France compétences’ data: it may be a reporting error.'
        : `Only ${n} establishments declare this agreement in France compétences’ data: it may be a reporting error.`,
    lowWhyOld: (label: string) => `This agreement does not appear in recent data; the assignment comes from: ${label}.`,
    mediumConfidence: (share: number, opco: string) =>
      `${percent(share)}% of the establishments declaring this agreement belong to ${opco}: it is very probably yours.`,
    checkSiret: 'Check with your establishment’s SIRET on the France compétences website',
    payslip: 'Your IDCC is shown on your payslip (under "convention collective" or "IDCC"): type its 4 digits.',
    noResult: (query: string) => `No agreement matches "${query}".`,
    noResultHint: 'Try another word (your trade, your sector) or the IDCC code: it is shown on your payslip.',
    companyId: 'This field does not search by SIRET or SIREN number: type the IDCC code of your collective agreement, or words from its name.',
    provenance: (label: string, month: string) => `Source: ${label}, data of ${month}`,
    reset: 'New search',
    newWindow: '(new window)',
    announceFound: (summary: string) => summary,
    badIdcc: (value: string) => `idcc="${value}" is not an IDCC code.`,
    badIdccHint: 'Write 1 to 4 digits, for example idcc="1979".',
    badLimit: (value: string) => `limit="${value}" is not a valid number of suggestions.`,
    badLimitHint: (min: number, max: number) => `Write a whole number from ${min} to ${max}, for example limit="8".`,
    badHeading: (value: string) => `heading-level="${value}" is not a valid heading level.`,
    badHeadingHint: 'Write a digit from 2 to 6, for example heading-level="3".',
    badOpco: (value: string) => `opco="${value}" is not a known OPCO.`,
    badOpcoHint: (ids: string) => `Valid ids: ${ids}.`,
  },
});

export type FinderMessages = (typeof messages)['fr'];
