import type { AidKind, Audience, MoneyFlowKind, SchemeId } from '../../data/funding/index.js';
import { defineMessages, type Messages } from '../../platform/i18n.js';

export type BandKind = 'exactly' | 'range' | 'from';

// Wording and labels only: every fact (amounts, dates, rules) comes from the funding data module.

const fr = {
  heading: 'Qui paie quoi ? Le financement de la formation',
  intro: (audience: Audience) =>
    ({
      employer: 'Pour un employeur : ce que vous payez, ce que paient l’OPCO et l’État, et les démarches dans l’ordre.',
      apprentice: 'Pour un apprenti ou un salarié : qui paie votre formation et votre salaire, et les étapes.',
      'training-centre': 'Pour un centre de formation ou un CFA : qui vous paie, combien et quand.',
    })[audience],
  schemes: 'Dispositifs',
  tab: (id: SchemeId) =>
    ({
      apprentissage: 'Apprentissage',
      professionnalisation: 'Professionnalisation',
      reconversion: 'Reconversion',
      'plan-moins-50': 'Plan de moins de 50',
      cpf: 'CPF',
    })[id],
  closed: 'fermé aux nouvelles entrées',
  unconfirmed: 'à confirmer',
  hasUnconfirmed: 'Les points marqués « à confirmer » ne sont pas établis avec certitude par les sources : vérifiez-les avant de décider.',
  summary: 'En bref',
  eligibility: (n: number) => `Qui peut en bénéficier, et le détail (${n})`,
  payments: (n: number) => `Qui paie qui, et combien (${n})`,
  legal: (n: number) => `Textes de référence (${n})`,
  sources: (n: number) => `Sources (${n})`,
  sourcesAndLegal: 'Sources et base légale',
  asOf: (date: string) => `À jour au ${date}`,
  newest: (date: string) => `source la plus récente : ${date}`,
  noNewest: 'sources non datées',
  undated: 'sans date',
  flow: (payer: string, receiver: string) => `De : ${payer} — à : ${receiver}`,
  since: (d: string) => `depuis le ${d}`,
  until: (d: string) => `jusqu’au ${d}`,
  between: (a: string, b: string) => `du ${a} au ${b}`,
  ended: 'terminé',
  deadline: 'Délai :',
  forYou: 'vous concerne',
  yourOpco: (name: string) => `Votre OPCO : ${name}`,
  opcoHint: 'L’OPCO est celui de la branche de l’entreprise (sa convention collective).',
  newWindow: '(nouvelle fenêtre)',
  legifrance: 'Légifrance',
  noUrl: 'pas de lien dans les sources',
  simHeading: 'Simulateur : aide de l’État à l’embauche d’un apprenti',
  signedOn: 'Date de signature du contrat',
  headcount: 'Nombre de salariés',
  headcountHint: 'Sans compter les apprentis.',
  /** A headcount band: `exactly` min (= max), a `range` from min to max, or `from` min upwards (max is then min). */
  band: (kind: BandKind, min: number, max: number) =>
    kind === 'from' ? `${min} salariés et plus` : kind === 'exactly' ? `${min} salarié${min > 1 ? 's' : ''}` : `${min} à ${max} salariés`,
  fromSelection: (band: string) => `Effectif de l’entreprise trouvée : ${band}. Il est utilisé tant que vous n’en saisissez pas un autre.`,
  bandStraddles: (band: string) => `L’entreprise trouvée a ${band} : cette tranche ne dit pas si elle est au-dessus du seuil de 250. Saisissez l’effectif.`,
  level: 'Niveau du diplôme préparé',
  levelChoose: '— Choisir un niveau —',
  levelName: (n: number) =>
    ({ 3: '3 — CAP', 4: '4 — bac', 5: '5 — bac+2 (BTS)', 6: '6 — bac+3 (licence)', 7: '7 — bac+5 (master)', 8: '8 — doctorat' })[n] ?? String(n),
  rqth: 'Apprenti reconnu handicapé (RQTH)',
  aidTitle: 'Aide de l’État à l’embauche',
  aidAmount: (amount: string) => `Aide de l’État à l’embauche : ${amount}`,
  aidNote: 'montant maximal pour une première année complète, versé chaque mois par l’ASP',
  noAid: 'Pas d’aide de l’État pour ce contrat',
  unknownRule: 'Montant inconnu pour cette date',
  invalid: 'Calcul impossible',
  incomplete: (missing: 'level' | 'headcount' | 'both') =>
    `Indiquez ${missing === 'level' ? 'le niveau du diplôme' : missing === 'headcount' ? 'l’effectif' : 'l’effectif et le niveau du diplôme'} pour calculer l’aide.`,
  rule: 'Règle appliquée :',
  legalBasis: 'Base légale :',
  kind: (k: AidKind) => (k === 'aide-unique' ? 'aide unique (permanente)' : 'aide exceptionnelle'),
  rqthApplied: 'Montant prévu pour un apprenti RQTH.',
  conditions: (n: number) => `Conditions et précisions (${n})`,
  flowHeading: 'Le circuit de l’argent',
  flowTitle: 'Schéma : qui verse de l’argent à qui, de l’employeur et de l’État jusqu’aux organismes de formation.',
  flowText: 'Le schéma en texte',
  flowKind: (k: MoneyFlowKind) => ({ contribution: 'contributions', transfer: 'reversements', funding: 'financements de formations', aid: 'aides' })[k],
  legend: 'Légende :',
  badAttr: (attr: string, value: string, expected: string) => `${attr}="${value}" n’est pas valide. ${expected}`,
  expectOneOf: (values: string) => `Valeurs possibles : ${values}.`,
  expectHeading: 'Écrivez un nombre de 2 à 6.',
  expectFlag: 'Écrivez true ou false (ou retirez l’attribut).',
  unknownOpco: (value: string) => `« ${value} » n’est pas un OPCO connu.`,
  // the simulator's result, as each audience reads it: the aid, what the employer pays the CFA, the net
  aidFor: (audience: Audience, amount: string) =>
    ({
      employer: `Aide de l’État à l’embauche : ${amount}`,
      apprentice: `Aide de l’État versée à votre employeur : ${amount}`,
      'training-centre': `Aide de l’État versée à l’employeur : ${amount}`,
    })[audience],
  figParticipation: (audience: Audience) =>
    ({
      employer: 'Ce que vous versez au CFA',
      apprentice: 'Ce que votre employeur verse au CFA',
      'training-centre': 'Ce que vous facturez à l’employeur',
    })[audience],
  figNet: (audience: Audience) =>
    ({
      employer: 'Aide moins ce que vous versez au CFA',
      apprentice: 'Aide moins ce que votre employeur verse au CFA',
      'training-centre': 'Aide moins ce que l’employeur vous verse',
    })[audience],
  // said so that it never reads as a gain beside the pay simulator's cost: the wage is still to pay
  figNetNote: 'la 1re année ; le salaire de l’apprenti reste à payer',
  figNone: 'rien',
  forAudience: (audience: Audience) =>
    ({
      employer: '',
      apprentice: 'Ces montants sont ceux de votre employeur : ce n’est pas à vous de les payer. Vous, vous recevez un salaire (voir « Qui paie qui »).',
      'training-centre':
        'Vous facturez la participation à l’employeur après ses 45 premiers jours de formation pratique ; elle est déduite du premier versement de l’OPCO.',
    })[audience],
  sourcesLine: 'Base légale :',
  participationLegal: 'Base légale :',
  // the opening: what the reader needs in one screen
  nextStep: 'Prochaine étape',
  inShort: 'Le dispositif en bref',
  allSteps: (n: number) => `Toutes les étapes (${n})`,
  glossary: (terms: string) => `Les mots utilisés : ${terms}`,
  flowIntro: 'Qui verse de l’argent à qui : des contributions des employeurs jusqu’aux organismes de formation.',
  flowShow: (n: number) => `Voir le schéma (${n} flux)`,
  flowShowList: (n: number) => `Voir les ${n} flux`,
  flowTo: 'verse à',
  flowTbc: 'flux à confirmer',
  flowLine: (from: string, to: string, what: string) => `${from} → ${to} : ${what}.`,
  // what the first tab does not carry (the other cards, the sources, the diagram) comes in a moment
  loadingCard: 'Chargement de la fiche…',
  loadingSources: 'Chargement des sources…',
  loadingFlow: 'Chargement du schéma…',
  restFailed: 'Cette partie du widget n’a pas pu être chargée.',
  restWhy: (why: 'http' | 'timeout' | 'refused' | 'network', code: number) =>
    ({
      http: `Le serveur a répondu par une erreur (${code}) : le site qui affiche ce widget doit la corriger.`,
      timeout: 'Le serveur met trop de temps à l’envoyer : choisissez l’onglet à nouveau dans un moment.',
      refused: 'Le fichier reçu a été refusé : ce n’est pas celui publié avec ce widget. Le site qui affiche ce widget doit le corriger.',
      network: 'Vérifiez votre connexion, puis choisissez l’onglet à nouveau.',
    })[why],
};

export type FundingMessages = Messages<typeof fr>;

export const messages = defineMessages(fr, 'opco-funding-explainer', import.meta.url);
