// Legal references cited by the funding notes (domain/funding.md, compiled 2026-11-26), one place for all.
// A Légifrance URL is given only where the notes give one (an address or a JORFARTI/JORFTEXT id).
import { dataTexts } from '../texts.js';
import type { LegalReference } from './types.js';
const localText = dataTexts("data/funding/legal");


const ref = (r: LegalReference): LegalReference => r;

export const LEGAL = {
  // — apprenticeship hiring aid (§6)
  decret2026_168: ref({
    id: 'decret-2026-168',
    label: localText(0, 'Décret n° 2026-168 du 6 mars 2026, art. 1'),
    url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053634608',
    confirmed: true,
    sources: ['ME-aides', 'FORMAPRO-2026', 'LOPCOMMERCE-2026', 'PROMEO-2026'],
  }),
  decret2025_174: ref({
    id: 'decret-2025-174',
    label: localText(1, 'Décret n° 2025-174 du 22 février 2025 (JO du 23 février 2025)'),
    confirmed: true,
    sources: ['OPERA-2025', 'EFL-2025', 'OSMOSE-2025', 'EMFOR-2025'],
  }),
  decret2025_1031: ref({
    id: 'decret-2025-1031',
    label: localText(2, 'Décret n° 2025-1031 du 31 octobre 2025'),
    confirmed: true,
    sources: ['FNA-1031', 'HEXOPEE-2405'],
  }),
  decret2022_12_29: ref({
    id: 'decret-2022-12-29',
    label: localText(3, 'Décret du 29 décembre 2022 (numéro à confirmer)'),
    confirmed: false,
    sources: ['AELIS-2023'],
  }),
  decret2023_12_jo30: ref({
    id: 'decret-2023-12-jo30',
    label: localText(4, 'Décret publié au JO du 30 décembre 2023, pour 2024 (numéro à confirmer)'),
    confirmed: false,
    sources: ['QPHARMA-2024', 'BAKERTILLY-2024', 'CROWE-2024'],
  }),
  aideUnique: ref({
    id: 'ct-l6243-1-d6243-1',
    label: localText(5, 'Code du travail, art. L6243-1 et D6243-1 à D6243-4 (aide unique aux employeurs d’apprentis)'),
    confirmed: true,
    sources: ['EFL-2025', 'OSMOSE-2025'],
  }),
  ctD6243_2: ref({
    id: 'ct-d6243-2',
    label: localText(33, 'Code du travail, art. D6243-2 (aide unique)'),
    confirmed: true,
    sources: ['OPERA-2025', 'BARTHELEMY-2025', 'SMD-2025'],
  }),
  communique2025_12_26: ref({
    id: 'communique-travail-2025-12-26',
    label: localText(6, 'Communiqué du ministère du Travail du 26 décembre 2025 (aide exceptionnelle suspendue faute de budget 2026)'),
    confirmed: true,
    sources: ['GHR-2025', 'LEFEBVRE-2026', 'SP-A17983'],
  }),
  cssL130_1: ref({
    id: 'css-l130-1',
    label: localText(7, 'Code de la sécurité sociale, art. L130-1 (calcul de l’effectif)'),
    confirmed: true,
    sources: ['LOPCOMMERCE-2026'],
  }),

  // — apprenticeship contract (§4, §5)
  ctL6221_1: ref({
    id: 'ct-l6221-1',
    label: localText(34, 'Code du travail, art. L6221-1 et suivants (contrat d’apprentissage)'),
    confirmed: true,
    sources: ['WEKA-D6224'],
  }),
  ctD6224_1: ref({
    id: 'ct-d6224-1',
    label: localText(8, 'Code du travail, art. D6224-1 et D6224-2 (transmission du contrat à l’OPCO), modifiés par le décret n° 2024-631'),
    confirmed: true,
    sources: ['WEKA-D6224', 'LEGI-2024-631'],
  }),
  decret2024_631: ref({
    id: 'decret-2024-631',
    label: localText(9, 'Décret n° 2024-631 du 28 juin 2024'),
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049832108',
    confirmed: true,
    sources: ['LEGI-2024-631', 'CI-2024-631'],
  }),
  ctL6332_14: ref({
    id: 'ct-l6332-14',
    label: localText(10, 'Code du travail, art. L6332-14 (financement de l’alternance par l’OPCO ; participation de l’employeur ajoutée par la loi n° 2025-127 du 14 février 2025)'),
    confirmed: true,
    sources: ['EFL-750'],
  }),
  ctR6332_25: ref({
    id: 'ct-r6332-25-1',
    label: localText(35, 'Code du travail, art. R6332-25-1 et R6332-25-2'),
    confirmed: true,
    sources: ['EFL-750', 'CERFRANCE-750'],
  }),
  decret2025_585: ref({
    id: 'decret-2025-585',
    label: localText(11, 'Décret n° 2025-585 du 27 juin 2025 (participation de 750 € et échéancier OPCO → CFA)'),
    confirmed: true,
    sources: ['EFL-750', 'CERFRANCE-750', 'NEWSTANK-2025-585'],
  }),
  decret2025_586: ref({
    id: 'decret-2025-586',
    label: localText(12, 'Décret n° 2025-586 du 27 juin 2025 (NPEC minoré de 20 % pour la formation à distance)'),
    confirmed: true,
    sources: ['EKOLE-586'],
  }),
  decret2025_1174: ref({
    id: 'decret-2025-1174',
    label: localText(13, 'Décret n° 2025-1174 du 8 décembre 2025 (procédure de fixation des NPEC)'),
    confirmed: true,
    sources: ['CI-NPEC-2025', 'CAPMETIERS-1174', 'UTPF-1174'],
  }),
  ctD6332_78: ref({
    id: 'ct-d6332-78',
    label: localText(36, 'Code du travail, art. D6332-78 et suivants (NPEC)'),
    confirmed: true,
    sources: ['ALTPRO-2023', 'EKOLE-1174'],
  }),
  ctD6332_83: ref({
    id: 'ct-d6332-83',
    label: localText(14, 'Code du travail, art. D6332-83 (frais annexes)'),
    confirmed: true,
    sources: ['ENSUP-ANNEX'],
  }),
  ctL6243_2: ref({
    id: 'ct-l6243-2',
    label: localText(15, 'Code du travail, art. L6243-2 et Code de la sécurité sociale, art. L136-1-1 (exonérations)'),
    confirmed: true,
    sources: ['ME-app'],
  }),
  ctL1111_3: ref({
    id: 'ct-l1111-3',
    label: localText(16, 'Code du travail, art. L1111-3 (les apprentis ne comptent pas dans l’effectif)'),
    confirmed: true,
    sources: ['CI-FICHE31-14'],
  }),

  // — professionalisation (§7)
  ctL6325_1: ref({
    id: 'ct-l6325-1',
    label: localText(37, 'Code du travail, art. L6325-1 et suivants (contrat de professionnalisation)'),
    confirmed: true,
    sources: ['DIGIFORMAG', 'GIPALFA-PRO', 'ANFH-2024'],
  }),
  ctD6325_deposit: ref({
    id: 'ct-d6325-depot',
    label: localText(17, 'Code du travail, partie réglementaire : dépôt du contrat de professionnalisation (version du 17 avril 2024 ; art. D6325-1 et D6325-2 modifiés ensuite par le décret n° 2024-631)'),
    url: 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/LEGISCTA000018498304/',
    confirmed: true,
    sources: ['LEGI-PRO', 'ANFH-2024'],
  }),
  ctD6332_85: ref({
    id: 'ct-d6332-85',
    label: localText(18, 'Code du travail, art. D6332-85 à D6332-88 (forfaits horaires de l’OPCO)'),
    confirmed: true,
    sources: ['DIGIFORMAG', 'GIPALFA-PRO'],
  }),

  // — reconversion (§8)
  loi2025_989: ref({
    id: 'loi-2025-989',
    label: localText(19, 'Loi n° 2025-989 du 24 octobre 2025, art. 11 (période de reconversion ; fin de la Pro-A et de Transco)'),
    confirmed: true,
    sources: ['EFL-PR', 'ACADEMIE-PR', 'LOFFICIEL-PR'],
  }),
  ctL6324_1: ref({
    id: 'ct-l6324-1',
    label: localText(38, 'Code du travail, art. L6324-1 à L6324-11 (période de reconversion)'),
    confirmed: true,
    sources: ['ISQ-PR', 'LOFFICIEL-PR'],
  }),
  decrets2026_39_40: ref({
    id: 'decrets-2026-39-40',
    label: localText(20, 'Décrets n° 2026-39 (procédure) et n° 2026-40 (financement) du 28 janvier 2026, JO du 31 janvier 2026'),
    confirmed: true,
    sources: ['EMFOR-PR', 'CI-PR', 'QIIRO-PR'],
  }),
  ctD6332_89: ref({
    id: 'ct-d6332-89',
    label: localText(21, 'Code du travail, art. D6332-89 et D6332-90 (forfait Pro-A)'),
    confirmed: true,
    sources: ['DIGIFORMAG'],
  }),

  // — skills plan < 50 (§9)
  ctL6332_17: ref({
    id: 'ct-l6332-17',
    label: localText(22, 'Code du travail, art. L6332-17 (et L6332-3 dans sa version de 2019) : financement des entreprises de moins de 50 salariés'),
    confirmed: true,
    sources: ['WEBEXPERT-2019', 'TRICOTEUSES-OPCO'],
  }),
  decret2018_1209: ref({
    id: 'decret-2018-1209',
    label: localText(23, 'Décret n° 2018-1209 du 21 décembre 2018'),
    confirmed: true,
    sources: ['CAPMETIERS-2019'],
  }),
  planPayCap: ref({
    id: 'plan-pay-cap',
    label: localText(24, 'Plafond de prise en charge de la rémunération (coût horaire du SMIC) : article actuel à confirmer ; historiquement décret n° 2016-189'),
    confirmed: false,
    sources: ['EFL-2016', 'WEBEXPERT-2019'],
  }),

  // — CPF (§10)
  ctL6323_4: ref({
    id: 'ct-l6323-4',
    label: localText(25, 'Code du travail, art. L6323-4 (participation du titulaire, abondements)'),
    confirmed: true,
    sources: ['MCF-ABOND', 'RHTALENTS-CPF'],
  }),
  ctL6323_6: ref({
    id: 'ct-l6323-6',
    label: localText(26, 'Code du travail, art. L6323-6 (formations éligibles), modifié par la loi de finances pour 2026, art. 203'),
    confirmed: true,
    sources: ['CI-LF26-CPF'],
  }),
  ctR6323_1: ref({
    id: 'ct-r6323-1',
    label: localText(27, 'Code du travail, art. R6323-1 (alimentation du CPF)'),
    confirmed: true,
    sources: ['CI-CPF-ALIM'],
  }),
  ctL6333_1: ref({
    id: 'ct-l6333-1',
    label: localText(28, 'Code du travail, art. L6333-1 et suivants (gestion du CPF par la Caisse des dépôts)'),
    confirmed: true,
    sources: ['PRESSREADER-CDC'],
  }),
  decret2024_394: ref({
    id: 'decret-2024-394',
    label: localText(29, 'Décret n° 2024-394 du 29 avril 2024 (participation du titulaire)'),
    confirmed: true,
    sources: ['CLESDUSOCIAL', 'DECOTIDIEN'],
  }),
  lf2026: ref({
    id: 'lf-2026',
    label: localText(30, 'Loi de finances pour 2026 du 19 février 2026 (numéro à confirmer)'),
    confirmed: false,
    sources: ['CACONSULT-TA', 'GEROSCOPIE-LF26', 'CI-LF26-CPF'],
  }),

  // — system (§0–§3)
  loi2018_771: ref({
    id: 'loi-2018-771',
    label: localText(31, 'Loi n° 2018-771 du 5 septembre 2018 pour la liberté de choisir son avenir professionnel'),
    confirmed: true,
    sources: ['C2RP-FC', 'ELEGIA-FC'],
  }),
  ctL6332_1: ref({
    id: 'ct-l6332-1',
    label: localText(32, 'Code du travail, art. L6332-1 (missions des OPCO)'),
    confirmed: true,
    sources: ['ZIGGOURAT', 'QUALIVIEW'],
  }),
} as const satisfies Record<string, LegalReference>;

export type LegalKey = keyof typeof LEGAL;
