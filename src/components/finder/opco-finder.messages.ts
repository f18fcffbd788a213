import { defineMessages } from '../../platform/i18n.js';

/** "de mars", "d’août": French elides "de" before a vowel (month names from Intl). */
const deMonth = (month: string): string => (/^[aeiouéèh]/i.test(month) ? `d’${month}` : `de ${month}`);

const percent = (share: number): string => `${Math.round(share * 100)}`;

export const messages = defineMessages(
  {
    question: 'Quel est votre OPCO\u00a0?', // a no-break space: the question mark never starts a line
    label: 'Votre convention collective',
    search: 'Rechercher',
    /** Between "Votre OPCO" and the OPCO's name, for screen readers (French puts a space before the colon). */
    headlineColon: ' : ',
    moreAbout: (name: string) => `En savoir plus sur ${name}`,
    hint: 'Son code IDCC (sur votre bulletin de paie, par exemple 1979), des mots de son nom ou votre métier (coiffure, Syntec…).',
    listbox: 'Conventions collectives suggérées',
    optionIdcc: (idcc: string) => `IDCC ${idcc}`,
    optionNoTitle: (idcc: string) => `Convention IDCC ${idcc} (titre inconnu)`,
    optionNoOpco: 'OPCO non déterminé',
    optionShared: (names: string) => `Plusieurs OPCO : ${names}`,
    optionReplaced: (by: readonly string[]) => (by.length === 1 ? `remplacée par l’IDCC ${by[0]}` : `remplacée par les IDCC ${by.join(', ')}`),
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
    unknownTitle: 'Convention introuvable',
    convention: 'Convention collective :',
    /** The convention's line when it names one convention: its title says what it is. */
    conventionOne: '',
    conventionsNow: 'Conventions en vigueur :',
    specialTitle: (idcc: string, label: string) => `IDCC ${idcc} : ${label}`,
    idcc: (idcc: string) => `IDCC ${idcc}`,
    untitled: 'titre non disponible',
    titlePending: 'intitulé en cours de chargement…',
    lowConfidence: 'Rattachement à confirmer',
    lowWhyShare: (share: number, opco: string) => `Seuls ${percent(share)} % des établissements qui déclarent cette convention relèvent de ${opco}.`,
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
    noResultHint: 'Essayez un autre mot (votre métier, votre secteur) ou le code IDCC : il figure sur votre bulletin de paie.',
    provenance: (label: string, month: string) => `Source : ${label}, données ${deMonth(month)}`,
    reset: 'Nouvelle recherche',
    newWindow: '(nouvelle fenêtre)',
    // attribute errors, shown to the editor who wrote them
    badIdcc: (value: string) => `idcc="${value}" n’est pas un code IDCC.`,
    badIdccHint: 'Écrivez 1 à 4 chiffres, par exemple idcc="1979".',
    badLimit: (value: string) => `limit="${value}" n’est pas un nombre de suggestions valide.`,
    badLimitHint: (min: number, max: number) => `Écrivez un nombre entier de ${min} à ${max}, par exemple limit="8".`,
    badOpco: (value: string) => `opco="${value}" n’est pas un OPCO connu.`,
    badOpcoHint: (ids: string) => `Identifiants valides : ${ids}.`,
    // company look-up (SIRET, SIREN, company name)
    labelCompany: 'Votre convention collective ou votre entreprise',
    hintCompany:
      'Tapez le code IDCC de votre convention collective (par exemple 1979) ou des mots de son nom, ou bien le SIRET, le SIREN ou le nom de votre entreprise. L’IDCC figure sur votre bulletin de paie.',
    listboxMixed: 'Suggestions : conventions collectives et entreprises',
    groupConventions: 'Conventions collectives',
    groupCompanies: 'Entreprises',
    companySearching: 'Recherche des entreprises…',
    companyCount: (n: number) => (n === 0 ? 'Aucune entreprise trouvée.' : n === 1 ? '1 entreprise trouvée.' : `${n} entreprises trouvées.`),
    optionSiret: (siret: string) => `SIRET ${siret}`,
    optionSiren: (siren: string) => `SIREN ${siren}`,
    optionActive: 'en activité',
    optionClosed: 'fermée',
    optionEstablishments: (n: number) => (n === 1 ? '1 établissement' : `${n} établissements`),
    nonDiffusibleName: 'Entreprise non diffusible',
    serviceDown: 'Le service de recherche d’entreprises ne répond pas.',
    serviceDownHint: 'Vous pouvez chercher par IDCC : il figure sur votre bulletin de paie.',
    rateLimited: (seconds: number) => `Trop de recherches en peu de temps : réessayez dans ${seconds} s.`,
    rateLimitedHint: 'La recherche par IDCC ou par nom de convention fonctionne toujours.',
    lookupOff:
      'La recherche par SIRET ou par nom d’entreprise est désactivée sur ce site : tapez le code IDCC de votre convention collective, ou des mots de son nom.',
    companyNone: (query: string) => `Aucune entreprise trouvée pour « ${query} ».`,
    companyNoneHint: 'Vérifiez le numéro, ou tapez le code IDCC de votre convention collective : il figure sur votre bulletin de paie.',
    noResultBoth: (query: string) => `Aucune convention ni entreprise ne correspond à « ${query} ».`,
    yourOpcos: 'Vos OPCO, selon l’établissement',
    noOpcoCompany: 'Pas d’OPCO trouvé pour cette entreprise',
    siren: (siren: string) => `SIREN ${siren}`,
    siret: (siret: string) => `SIRET ${siret}`,
    headcount: (label: string) => `Effectif : ${label}`,
    headcountYear: (label: string, year: string) => `Effectif : ${label} (${year})`,
    focus: (siret: string) => `Réponse pour l’établissement SIRET ${siret}.`,
    headOffice: 'Siège',
    establishment: 'Établissement',
    closedTag: 'fermé',
    otherEstablishments: 'Autres établissements de l’entreprise',
    ledBy: 'Établissements et conventions concernés :',
    several:
      'Chaque établissement relève de l’OPCO de sa convention collective. Retenez celui de votre établissement : les autres widgets de la page le suivront.',
    choose: (opco: string) => `Retenir ${opco}`,
    companyClosed: (date: string | null) => (date ? `Cette entreprise est fermée depuis le ${date}.` : 'Cette entreprise est fermée.'),
    establishmentClosed: (date: string | null) => (date ? `Cet établissement est fermé depuis le ${date}.` : 'Cet établissement est fermé.'),
    closedHint: 'Les conventions ci-dessous sont celles qu’elle déclarait. Si l’activité a repris sous un autre numéro, cherchez ce numéro ou votre IDCC.',
    closedSkipped: 'Établissements fermés, non pris en compte :',
    noIdccCompany: 'Aucune convention collective déclarée pour cette entreprise : cherchez votre IDCC sur votre bulletin de paie.',
    noIdccHint: 'Tapez-le ensuite dans le champ ci-dessus (4 chiffres).',
    withoutIdcc: 'Sans convention collective déclarée :',
    toCheck: 'À vérifier',
    sharedIdcc: (names: string) => `plusieurs OPCO possibles : ${names}. Vérifiez avec le SIRET sur le site de France compétences.`,
    special9999:
      'code 9999 « sans convention collective » : il ne désigne aucun OPCO. Vérifiez sur votre bulletin de paie si une convention s’applique ; sinon, France compétences indique l’OPCO de chaque établissement.',
    overseas: (places: string) =>
      `Établissement en outre-mer (${places}) : par un accord de 2020, AKTO représente d’autres OPCO en Guadeloupe, en Martinique, en Guyane, à La Réunion et à Mayotte. Sur place, votre interlocuteur peut donc être AKTO, même si votre OPCO est un autre.`,
    overseasSource: 'Source : « AKTO délégué de plusieurs OPCO en outre-mer », institutions-professionnelles.fr',
    companySource: 'Entreprise et conventions : API Recherche d’entreprises (conventions déclarées par l’employeur, avec quelques mois de décalage).',
    announceCompanyOne: (name: string, opco: string) => `${name} : votre OPCO est ${opco}.`,
    announceCompanyMany: (name: string, n: number) => `${name} : ${n} OPCO selon l’établissement.`,
    announceCompanyNone: (name: string) => `${name} : pas d’OPCO trouvé.`,
    badSiret: (value: string) => `siret="${value}" n’est pas un numéro SIRET valide.`,
    badSiretHint: 'Écrivez les 14 chiffres du SIRET de l’établissement (les espaces sont permis).',
    siretOff: (value: string) => `siret="${value}" est ignoré : la recherche d’entreprises est désactivée (company-lookup="off").`,
    siretOffHint: 'Retirez company-lookup="off", ou donnez plutôt idcc="…".',
    badApiBase: (value: string) => `api-base="${value}" n’est pas une adresse web valide.`,
    badApiBaseHint:
      'Écrivez l’adresse complète de votre relais, par exemple api-base="https://exemple.fr/recherche-entreprises". La recherche d’entreprises est désactivée en attendant.',
    badLookup: (value: string) => `company-lookup="${value}" n’est pas une valeur valide.`,
    badLookupHint: 'Écrivez company-lookup="off" pour couper la recherche d’entreprises, ou retirez l’attribut. Elle est coupée en attendant.',
    // issue 11: real shapes of the API (SIRET without its own list, public employers, 9999, masks, postcode)
    focusNoOwn: 'Cet établissement ne déclare aucune convention collective. L’entreprise, elle, en déclare : voici les OPCO de ses conventions.',
    focusNoOwnHint:
      'Ce sont les conventions de l’entreprise, pas forcément celle de cet établissement : vérifiez celle qui figure sur le bulletin de paie de l’établissement, ou son OPCO avec le SIRET sur le site de France compétences.',
    companyWideTag: 'déclarée par l’entreprise',
    noIdccEstablishment: 'Ni cet établissement ni l’entreprise ne déclarent de convention collective : cherchez votre IDCC sur votre bulletin de paie.',
    headOfficeClosed: (date: string | null) =>
      date
        ? `Le siège de cette entreprise est fermé depuis le ${date}, mais l’entreprise est en activité.`
        : 'Le siège de cette entreprise est fermé, mais l’entreprise est en activité.',
    headOfficeClosedHint: 'Ses établissements ouverts et les conventions qu’elle déclare sont pris en compte.',
    publicTitle: 'Employeur public : pas d’OPCO pour les agents publics',
    publicIntro:
      'Cet employeur déclare un statut de la fonction publique. Les agents publics (fonctionnaires et contractuels de droit public) n’ont pas d’OPCO : leur formation et leurs apprentis sont financés autrement.',
    publicBeside: 'Ses salariés de droit privé relèvent de l’OPCO de leur convention collective :',
    publicCode: (idcc: string, name: string) => `Code ${idcc} — ${name}`,
    publicTraining: 'Formation des agents :',
    publicApprenticeship: 'Apprentis (frais de formation au CFA) :',
    toConfirm: 'à confirmer',
    publicSource: (label: string, date: string) => `Source : ${label} (consultée le ${date})`,
    publicNoSource: (date: string) => `Pas de source officielle trouvée au ${date}.`,
    announcePublic: (name: string) => `${name} : employeur public, pas d’OPCO pour les agents publics.`,
    idcc9999Beside: 'Le code 9999 (« sans convention collective ») est aussi déclaré : il ne désigne aucun OPCO et ne change rien aux conventions ci-dessus.',
    nonDiffusibleAddress: 'Cette entreprise a demandé que son adresse ne soit pas diffusée : seule sa commune est indiquée.',
    nonDiffusibleAll: 'Cet entrepreneur a demandé que ses informations ne soient pas diffusées : son nom et son adresse ne sont pas affichés.',
    narrowed: (place: string) => `Établissements de ${place} seulement.`,
    rateLimitedCapped: (seconds: number) =>
      `Le service de recherche d’entreprises est saturé et demande d’attendre longtemps : réessayez dans ${seconds} s, ou plus tard.`,
    placeLabel: 'Ville ou code postal (facultatif)',
    placeHint: 'Pour affiner la recherche par nom d’entreprise, par exemple Rennes ou 35000.',
    placeInvalid: (value: string) => `« ${value} » n’est ni un code postal ni un nom de ville : il n’est pas pris en compte.`,
    nafTitle: (code: string, label: string) => `Code APE ${code} : ${label}`,
    activityTitle: (code: string, label: string) =>
      `D’après son code APE (${code}${label ? ` : ${label}` : ''}), conventions possibles — des suggestions à vérifier :`,
    nafTitleCode: (code: string) => `Code APE ${code}`,
    nafTitleBad: 'Code APE non reconnu',
    nafSuggestions: (n: number) =>
      n === 1 ? 'Une convention collective possible (suggestion à vérifier) :' : `${n} conventions collectives possibles (suggestions à vérifier) :`,
    nafNone: (code: string) => `Aucune convention collective nationale ne cite le code ${code} dans son champ d’application.`,
    nafWhyCited: (num: string | null) =>
      num ? `Cité par l’article ${num} (champ d’application) de la convention` : 'Cité par le champ d’application de la convention',
    nafWhyCitedPast: (num: string | null) =>
      num ? `Cité par l’article ${num} (champ d’application, version ancienne)` : 'Cité par une version ancienne du champ d’application',
    nafWhyLabel: (words: string) => `Le libellé INSEE et le titre de la convention partagent : ${words}`,
    nafWhyNeighbour: (code: string) =>
      `Aucune source ne relie ce code lui-même ; le code voisin ${code} (même classe NAF) est relié à cette convention : piste la plus faible`,
    nafWhyScope: (num: string | null, words: string) =>
      `${num ? `L’article ${num} (champ d’application)` : 'Le champ d’application'} de la convention emploie les mots du libellé INSEE : ${words} (lien plus faible qu’une citation du code)`,
    nafWhyWords: (words: string) => `Le libellé INSEE contient un mot du métier de cette convention : ${words}`,
    nafWhyMapped: (num: string | null, old: string, split: number) =>
      `${num ? `L’article ${num}` : 'Le champ d’application'} de la convention cite l’ancien code ${old} (NAF rév. 1), que l’INSEE fait correspondre à ce code${split > 1 ? ` et à ${split - 1} autre${split > 2 ? 's' : ''}` : ''} (lien moins sûr qu’une citation directe)`,
    nafVia: (code: string, multiple: boolean) =>
      multiple ? `— via le code NAF rév. 2 ${code}, dont une partie seulement passe à ce code (lien plus faible)` : `— via le code NAF rév. 2 ${code}`,
    nafRev2: 'Nomenclature : NAF rév. 2 (codes APE jusqu’au 31 décembre 2026).',
    naf2025: 'Nomenclature : NAF 2025 (codes APE à partir du 1er janvier 2027).',
    nafFrom: (codes: string) => `Vient du code NAF rév. 2 : ${codes}.`,
    nafOpco: (name: string) => `OPCO : ${name}`,
    nafLead: (code: string, n: number) => (n === 1 ? `Code APE ${code}, OPCO probable` : `Code APE ${code}, OPCO possibles`),
    nafSource:
      'Sources : les articles « champ d’application » des conventions collectives (Légifrance) et les nomenclatures d’activités de l’Insee (NAF rév. 2 et NAF 2025, avec leurs tables de correspondance).',
    nafPick: 'Voir l’OPCO de cette convention',
  },
  'opco-finder',
  import.meta.url,
);

export type FinderMessages = (typeof messages)['fr'];
