// The "Recette CMS" stories' code to copy, and what each story's text tells partners to do with it.
// One file per page: a snippet that shows one element loads that element's own file
// (dist/opco-<element>.js); a snippet with several elements, or an <opco-provider>, loads the
// all-in-one dist/opco-widgets.js (scripts/lib/files.mjs). Partners put the files in one folder of
// their site named after the version, here /assets/opco-widgets/<version>/ as in the README.
// test/integration/story-snippets.test.ts parses each snippet, checks its file against that rule
// and dist/, loads it and sees its widgets render.
import { VERSION } from '../src/platform/version.js';

/** A recipe: the HTML a partner pastes into a CMS block, and the story's text about it (French, as Storybook). */
export interface Recipe {
  /** The story that shows it, for the test's names. */
  readonly story: string;
  readonly snippet: string;
  readonly description: string;
}

/** Where the recipes' files are hosted: partners put their own address instead. */
const FOLDER = `/assets/opco-widgets/${VERSION}/`;

const CMS_BLOCK = 'Le code HTML à coller dans un bloc « HTML libre » du CMS.';
const FALLBACK = 'Le lien entre les balises s’affiche si le script ne peut pas s’exécuter.';
const SEVERAL = 'Sur une page qui montre plusieurs widgets ou un `<opco-provider>`, chargez à la place `opco-widgets.js`, une seule fois.';

export const RECIPES = {
  card: {
    story: 'Fiche d’un OPCO — Recette CMS (stories/opco-card.stories.ts)',
    snippet: `<!-- Une seule fois par page, dans le <head> ou avant le widget : le fichier de la fiche -->
<script type="module" src="${FOLDER}opco-card.js"></script>

<!-- La fiche d'AKTO, avec un titre de niveau 2 et un lien de secours : -->
<opco-card opco="akto" heading-level="2">
  <a href="https://www.akto.fr/">AKTO, l'OPCO des services à forte intensité de main-d'œuvre</a>
</opco-card>`,
    description:
      `${CMS_BLOCK} Une page qui ne montre que la fiche charge son seul fichier : remplacez \`${FOLDER}opco-card.js\` ` +
      'par l’adresse où votre site héberge le fichier `dist/opco-card.js` (pour les pages en anglais, mettez à côté de lui ' +
      `\`dist/opco-card.en.<hash>.json\`). ${SEVERAL} ${FALLBACK}`,
  },
  finder: {
    story: 'Trouver son OPCO — Recette CMS (stories/opco-finder.stories.ts)',
    snippet: `<!-- Une seule fois par page, dans le <head> ou avant le widget : le fichier de la recherche -->
<script type="module" src="${FOLDER}opco-finder.js"></script>

<!-- Le widget ; le lien reste visible si JavaScript est désactivé : -->
<opco-finder heading-level="2">
  <a href="https://www.francecompetences.fr/">Trouver son OPCO</a>
</opco-finder>`,
    description:
      `${CMS_BLOCK} Une page qui ne montre que la recherche charge son seul fichier : remplacez \`${FOLDER}opco-finder.js\` ` +
      'par l’adresse où votre site héberge le fichier `dist/opco-finder.js`, et mettez à côté de lui `dist/opco-conventions.<hash>.json`, ' +
      'la table des conventions qu’il charge (et `dist/opco-finder.en.<hash>.json` pour les pages en anglais). ' +
      `${SEVERAL} Ajoutez \`idcc="1979"\` pour afficher une réponse dès le chargement, \`lang="en"\` pour l’anglais. ` +
      'Le widget cherche aussi les entreprises (SIRET, SIREN, nom) auprès de l’API publique Recherche d’entreprises ; `company-lookup="off"` coupe cette recherche.',
  },
  finderRelay: {
    story: 'Trouver son OPCO — Recette CMS : avec un relais (stories/opco-finder.stories.ts)',
    snippet: `<!-- Une seule fois par page : le fichier de la recherche -->
<script type="module" src="${FOLDER}opco-finder.js"></script>

<!-- Le widget, avec le relais de votre site vers l'API Recherche d'entreprises : -->
<opco-finder heading-level="2" api-base="https://www.votre-site.fr/relais/recherche-entreprises">
  <a href="https://www.francecompetences.fr/">Trouver son OPCO</a>
</opco-finder>

<!-- Ou sans aucune recherche d'entreprise (rien ne quitte la page) : -->
<opco-finder heading-level="2" company-lookup="off"></opco-finder>`,
    description:
      'Si votre site passe par son propre relais (proxy) vers l’API Recherche d’entreprises — pour maîtriser les appels, ou parce que sa politique de sécurité (CSP) ' +
      'n’autorise pas `connect-src https://recherche-entreprises.api.gouv.fr` —, indiquez son adresse dans `api-base`. Le relais reçoit `GET <api-base>/search?q=…` ' +
      'et doit renvoyer la réponse de l’API telle quelle. Ajoutez `siret="…"` pour afficher l’OPCO d’un établissement dès le chargement. ' +
      `Comme dans la recette CMS, remplacez \`${FOLDER}opco-finder.js\` par l’adresse où votre site héberge le fichier \`dist/opco-finder.js\`, ` +
      'avec `dist/opco-conventions.<hash>.json` à côté de lui. ' +
      'L’aperçu ci-dessous pointe vers une adresse sans relais : une recherche d’entreprise y affiche le message d’indisponibilité.',
  },
  branchList: {
    story: 'Branches d’un OPCO — Recette CMS (stories/opco-branch-list.stories.ts)',
    snippet: `<!-- Une seule fois par page, dans le <head> ou avant le widget : le fichier de la liste des branches -->
<script type="module" src="${FOLDER}opco-branch-list.js"></script>

<!-- Les branches d'AKTO, avec un titre de niveau 2 : -->
<opco-branch-list opco="akto" heading-level="2"></opco-branch-list>`,
    description:
      `${CMS_BLOCK} Une page qui ne montre que la liste des branches charge son seul fichier : remplacez \`${FOLDER}opco-branch-list.js\` ` +
      'par l’adresse où votre site héberge le fichier `dist/opco-branch-list.js`, et mettez à côté de lui `dist/opco-conventions.<hash>.json`, ' +
      'la table des conventions qu’il charge (et `dist/opco-branch-list.en.<hash>.json` pour les pages en anglais). ' +
      `${SEVERAL} Pour laisser le visiteur choisir l’OPCO, retirez l’attribut \`opco\`.`,
  },
  fundingExplainer: {
    story: 'Qui paie quoi — Recette CMS (stories/opco-funding-explainer.stories.ts)',
    snippet: `<!-- Une seule fois par page, dans le <head> ou avant les widgets : opco-widgets.js, qui les a tous -->
<script type="module" src="${FOLDER}opco-widgets.js"></script>

<!-- Recherche de l'OPCO, puis qui paie quoi (l'OPCO et l'effectif trouvés alimentent le simulateur) : -->
<opco-provider>
  <opco-finder></opco-finder>
  <opco-funding-explainer audience="employer" heading-level="2"></opco-funding-explainer>
</opco-provider>`,
    description:
      `${CMS_BLOCK} Un \`<opco-provider>\` et deux widgets : la page charge le fichier qui les a tous. Remplacez \`${FOLDER}opco-widgets.js\` ` +
      'par l’adresse où votre site héberge le fichier `dist/opco-widgets.js`, et mettez à côté de lui `dist/opco-conventions.<hash>.json`, ' +
      'la table des conventions que la recherche charge (et `dist/opco-widgets.en.<hash>.json` pour les pages en anglais). ' +
      'Pour l’explicateur seul, sans recherche, chargez `opco-funding-explainer.js`. Pour une seule fiche, ajoutez par exemple `scheme="apprentissage"` ; ' +
      'pour préremplir le simulateur, `headcount="30" level="5" signed-on="2026-04-01"`.',
  },
  apprenticePay: {
    story: 'Salaire et coût d’un apprenti — Recette CMS (stories/opco-apprentice-pay.stories.ts)',
    snippet: `<!-- Une seule fois par page, dans le <head> ou avant le widget : le fichier du simulateur -->
<script type="module" src="${FOLDER}opco-apprentice-pay.js"></script>

<!-- Le coût d'un apprenti de 19 ans en BTS, dans une entreprise de 30 salariés : -->
<opco-apprentice-pay audience="employer" age="19" contract-start="2026-09-01" contract-months="24" level="5" headcount="30">
  <a href="https://www.service-public.gouv.fr/particuliers/vosdroits/F2918">Salaire de l'apprenti (Service-Public.fr)</a>
</opco-apprentice-pay>`,
    description:
      `${CMS_BLOCK} Une page qui ne montre que le simulateur charge son seul fichier : remplacez \`${FOLDER}opco-apprentice-pay.js\` ` +
      'par l’adresse où votre site héberge le fichier `dist/opco-apprentice-pay.js` (pour les pages en anglais, mettez à côté de lui ' +
      '`dist/opco-apprentice-pay.en.<hash>.json`). Le simulateur est aussi dans `opco-widgets.js` : sur une page avec `<opco-provider>`, ' +
      'chargez ce fichier à la place, et le widget reprend l’effectif de l’entreprise trouvée. ' +
      FALLBACK,
  },
  provider: {
    story: 'Relier les widgets — Recette CMS (stories/opco-provider.stories.ts)',
    snippet: `<!-- Une seule fois par page : opco-widgets.js, qui a tous les widgets et le provider -->
<script type="module" src="${FOLDER}opco-widgets.js"></script>

<opco-provider>
  <opco-finder heading="Quel est votre OPCO ?">
    <a href="https://www.francecompetences.fr/">Trouver son OPCO sur le site de France compétences</a>
  </opco-finder>
  <opco-card heading-level="3"></opco-card>
  <opco-branch-list heading-level="3" page-size="5"></opco-branch-list>
</opco-provider>`,
    description:
      'Le code à coller : les widgets reliés se placent où l’on veut à l’intérieur du provider, entre d’autres contenus de la page. ' +
      `Avec un provider, la page charge le fichier qui a tous les widgets : remplacez \`${FOLDER}opco-widgets.js\` par l’adresse où ` +
      'votre site héberge le fichier `dist/opco-widgets.js`, et mettez à côté de lui `dist/opco-conventions.<hash>.json`, la table des conventions ' +
      'que la recherche et la liste des branches chargent (et `dist/opco-widgets.en.<hash>.json` pour les pages en anglais).',
  },
} as const satisfies Record<string, Recipe>;
