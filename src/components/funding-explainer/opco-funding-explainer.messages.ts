import type { AidKind, Audience, MoneyFlowKind, SchemeId } from '../../data/funding/index.js';
import { defineMessages, type Messages } from '../../platform/i18n.js';

// Wording and labels only: every fact (amounts, dates, rules) comes from the funding data module.

const frBand = (min: number, max: number | null) =>
  max === null ? `${min} salariés et plus` : min === max ? `${min} salarié${min > 1 ? 's' : ''}` : `${min} à ${max} salariés`;
const enBand = (min: number, max: number | null) =>
  max === null ? `${min} employees or more` : min === max ? `${min} employee${min === 1 ? '' : 's'}` : `${min} to ${max} employees`;

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
  eligibility: (n: number) => `Qui peut en bénéficier ? (${n})`,
  payments: (n: number) => `Qui paie qui, et combien (${n})`,
  legal: (n: number) => `Textes de référence (${n})`,
  sources: (n: number) => `Sources (${n})`,
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
  headcount: 'Effectif de l’entreprise (salariés)',
  headcountHint: 'Sans compter les apprentis.',
  band: (min: number, max: number | null) => frBand(min, max),
  fromSelection: (band: string) => `Effectif de l’entreprise trouvée : ${band}. Il est utilisé tant que vous n’en saisissez pas un autre.`,
  bandStraddles: (band: string) =>
    `L’entreprise trouvée a ${band} : cette tranche ne dit pas si elle est au-dessus du seuil de 250. Saisissez l’effectif.`,
  level: 'Niveau du diplôme préparé',
  levelChoose: '— Choisir un niveau —',
  levelName: (n: number) =>
    ({ 3: '3 — CAP', 4: '4 — bac', 5: '5 — bac+2 (BTS)', 6: '6 — bac+3 (licence)', 7: '7 — bac+5 (master)', 8: '8 — doctorat' })[n] ??
    String(n),
  rqth: 'Apprenti reconnu travailleur handicapé (RQTH)',
  aidTitle: 'Aide de l’État à l’embauche',
  aidAmount: (amount: string) => `Aide de l’État à l’embauche : ${amount}`,
  aidNote: 'montant maximal pour une première année complète, versé chaque mois par l’ASP',
  noAid: 'Pas d’aide de l’État pour ce contrat',
  unknownRule: 'Montant inconnu pour cette date',
  invalid: 'Calcul impossible',
  incomplete: (missing: readonly string[]) =>
    `Indiquez ${missing.map((f) => (f === 'level' ? 'le niveau du diplôme' : 'l’effectif')).join(' et ')} pour calculer l’aide.`,
  rule: 'Règle appliquée :',
  legalBasis: 'Base légale :',
  kind: (k: AidKind) => (k === 'aide-unique' ? 'aide unique (permanente)' : 'aide exceptionnelle'),
  rqthApplied: 'Montant prévu pour un apprenti RQTH.',
  conditions: (n: number) => `Conditions et précisions (${n})`,
  flowHeading: 'Le circuit de l’argent',
  flowTitle: 'Schéma : qui verse de l’argent à qui, de l’employeur et de l’État jusqu’aux organismes de formation.',
  flowText: 'Le schéma en texte',
  flowKind: (k: MoneyFlowKind) =>
    ({ contribution: 'contributions', transfer: 'reversements', funding: 'financements de formations', aid: 'aides' })[k],
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
      employer: 'Effet net pour vous',
      apprentice: 'Effet net pour votre employeur',
      'training-centre': 'Effet net pour l’employeur',
    })[audience],
  figNetNote: 'la 1re année, salaire non compris',
  figNone: 'rien',
  forAudience: (audience: Audience) =>
    ({
      employer: '',
      apprentice: 'Ces montants sont ceux de votre employeur : ce n’est pas à vous de les payer. Vous, vous recevez un salaire (voir « Qui paie qui »).',
      'training-centre': 'Vous facturez la participation à l’employeur après ses 45 premiers jours de formation pratique ; elle est déduite du premier versement de l’OPCO.',
    })[audience],
  sourcesLine: 'Base légale :',
  participationLegal: 'Base légale :',
  // the opening: what the reader needs in one screen
  nextStep: 'Prochaine étape',
  inShort: 'Le dispositif en détail',
  allSteps: (n: number) => `Toutes les étapes (${n})`,
  glossary: (terms: string) => `Les mots utilisés : ${terms}`,
  flowIntro: 'Qui verse de l’argent à qui : des contributions des employeurs jusqu’aux organismes de formation.',
  flowShow: (n: number) => `Voir le schéma (${n} flux)`,
  flowShowList: (n: number) => `Voir les ${n} flux`,
  flowTo: 'verse à',
  flowTbc: 'flux à confirmer',
  flowLine: (from: string, to: string, what: string) => `${from} → ${to} : ${what}.`,
};

export type FundingMessages = Messages<typeof fr>;

export const messages = defineMessages({
  fr,
  en: {
    heading: 'Who pays for what? Funding training',
    intro: (audience: Audience) =>
      ({
        employer: 'For an employer: what you pay, what the OPCO and the State pay, and the steps in order.',
        apprentice: 'For an apprentice or an employee: who pays for your training and your wage, and the steps.',
        'training-centre': 'For a training centre or CFA: who pays you, how much and when.',
      })[audience],
    schemes: 'Schemes',
    tab: (id: SchemeId) =>
      ({
        apprentissage: 'Apprenticeship',
        professionnalisation: 'Professionalisation',
        reconversion: 'Retraining',
        'plan-moins-50': 'Under-50 plan',
        cpf: 'CPF',
      })[id],
    closed: 'closed to new entries',
    unconfirmed: 'to be confirmed',
    hasUnconfirmed: 'Items marked “to be confirmed” are not established with certainty by the sources: check them before deciding.',
    summary: 'In short',
    eligibility: (n: number) => `Who is eligible? (${n})`,
    payments: (n: number) => `Who pays whom, and how much (${n})`,
    legal: (n: number) => `Legal references (${n})`,
    sources: (n: number) => `Sources (${n})`,
    asOf: (date: string) => `Up to date as of ${date}`,
    newest: (date: string) => `newest source: ${date}`,
    noNewest: 'undated sources',
    undated: 'undated',
    flow: (payer: string, receiver: string) => `From: ${payer} — to: ${receiver}`,
    since: (d: string) => `since ${d}`,
    until: (d: string) => `until ${d}`,
    between: (a: string, b: string) => `from ${a} to ${b}`,
    ended: 'ended',
    deadline: 'Deadline:',
    forYou: 'concerns you',
    yourOpco: (name: string) => `Your OPCO: ${name}`,
    opcoHint: 'The OPCO is the one of the company’s industry branch (its convention collective).',
    newWindow: '(new window)',
    legifrance: 'Légifrance',
    noUrl: 'no link in the sources',
    simHeading: 'Simulator: State aid for hiring an apprentice',
    signedOn: 'Contract signing date',
    headcount: 'Company headcount (employees)',
    headcountHint: 'Apprentices not counted.',
    band: (min: number, max: number | null) => enBand(min, max),
    fromSelection: (band: string) => `Headcount of the company found: ${band}. It is used until you type another one.`,
    bandStraddles: (band: string) =>
      `The company found has ${band}: this band does not tell whether it is above the 250 threshold. Type the headcount.`,
    level: 'Level of the diploma prepared',
    levelChoose: '— Choose a level —',
    levelName: (n: number) =>
      ({ 3: '3 — CAP', 4: '4 — baccalauréat', 5: '5 — bac+2 (BTS)', 6: '6 — bac+3 (licence, bachelor)', 7: '7 — bac+5 (master)', 8: '8 — doctorate' })[n] ??
      String(n),
    rqth: 'Apprentice recognised as a disabled worker (RQTH)',
    aidTitle: 'State hiring aid',
    aidAmount: (amount: string) => `State hiring aid: ${amount}`,
    aidNote: 'maximum for a full first year, paid monthly by the ASP',
    noAid: 'No State aid for this contract',
    unknownRule: 'Amount unknown for this date',
    invalid: 'Cannot compute',
    incomplete: (missing: readonly string[]) =>
      `Enter ${missing.map((f) => (f === 'level' ? 'the diploma level' : 'the headcount')).join(' and ')} to compute the aid.`,
    rule: 'Rule applied:',
    legalBasis: 'Legal basis:',
    kind: (k: AidKind) => (k === 'aide-unique' ? 'aide unique (permanent)' : 'aide exceptionnelle (exceptional aid)'),
    rqthApplied: 'Amount for an apprentice with RQTH.',
    conditions: (n: number) => `Conditions and details (${n})`,
    flowHeading: 'How the money flows',
    flowTitle: 'Diagram: who pays money to whom, from the employer and the State to the training bodies.',
    flowText: 'The diagram as text',
    flowKind: (k: MoneyFlowKind) =>
      ({ contribution: 'contributions', transfer: 'transfers', funding: 'training funding', aid: 'aids' })[k],
    legend: 'Key:',
    badAttr: (attr: string, value: string, expected: string) => `${attr}="${value}" is not valid. ${expected}`,
    expectOneOf: (values: string) => `Possible values: ${values}.`,
    expectHeading: 'Write a number from 2 to 6.',
    expectFlag: 'Write true or false (or remove the attribute).',
    unknownOpco: (value: string) => `“${value}” is not a known OPCO.`,
    aidFor: (audience: Audience, amount: string) =>
      ({
        employer: `State hiring aid: ${amount}`,
        apprentice: `State aid paid to your employer: ${amount}`,
        'training-centre': `State aid paid to the employer: ${amount}`,
      })[audience],
    figParticipation: (audience: Audience) =>
      ({
        employer: 'What you pay the CFA',
        apprentice: 'What your employer pays the CFA',
        'training-centre': 'What you invoice the employer',
      })[audience],
    figNet: (audience: Audience) =>
      ({
        employer: 'Net effect for you',
        apprentice: 'Net effect for your employer',
        'training-centre': 'Net effect for the employer',
      })[audience],
    figNetNote: 'first year, wage not included',
    figNone: 'nothing',
    forAudience: (audience: Audience) =>
      ({
        employer: '',
        apprentice: 'These amounts are your employer’s: you do not pay them. You receive a wage (see “Who pays whom”).',
        'training-centre': 'You invoice the participation to the employer after its first 45 days of practical training; it is deducted from the OPCO’s first payment.',
      })[audience],
    sourcesLine: 'Legal basis:',
    participationLegal: 'Legal basis:',
    nextStep: 'Next step',
    inShort: 'The scheme in detail',
    allSteps: (n: number) => `All the steps (${n})`,
    glossary: (terms: string) => `Words used: ${terms}`,
    flowIntro: 'Who pays money to whom: from the employers’ contributions to the training bodies.',
    flowShow: (n: number) => `Show the diagram (${n} flows)`,
    flowShowList: (n: number) => `Show the ${n} flows`,
    flowTo: 'pays',
    flowTbc: 'flow to be confirmed',
    flowLine: (from: string, to: string, what: string) => `${from} → ${to}: ${what}.`,
  },
});
