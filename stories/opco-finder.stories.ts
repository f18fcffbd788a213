import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Lang } from '../src/data/lang.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OpcoFinder } from '../src/index.js';
import '../src/index.js';
import { ATTRIBUTES, described, headingRows, partRow, replaced, sharedRows } from './api-table.js';
import { RECIPES } from './snippets.js';
import { opcos } from '../src/data/index.js';

interface Args {
  idcc?: string;
  siret?: string;
  apiBase?: string;
  companyLookup?: 'on' | 'off';
  label?: string;
  placeholder?: string;
  limit?: string;
  opco?: string;
  audience?: '' | 'employer' | 'training-centre' | 'apprentice';
  heading?: string;
  headingLevel?: string;
  compact?: boolean;
  lang?: Lang;
  theme?: 'light' | 'dark' | 'auto';
  link?: 'on' | 'off';
}

const OPCO_IDS = opcos.map((o) => o.id);

const render = (a: Args) => html`<opco-finder
  idcc=${ifDefined(a.idcc || undefined)}
  siret=${ifDefined(a.siret || undefined)}
  api-base=${ifDefined(a.apiBase || undefined)}
  company-lookup=${ifDefined(a.companyLookup)}
  label=${ifDefined(a.label || undefined)}
  placeholder=${ifDefined(a.placeholder || undefined)}
  limit=${ifDefined(a.limit || undefined)}
  opco=${ifDefined(a.opco || undefined)}
  audience=${ifDefined(a.audience || undefined)}
  heading=${ifDefined(a.heading || undefined)}
  heading-level=${ifDefined(a.headingLevel || undefined)}
  ?compact=${a.compact ?? false}
  lang=${ifDefined(a.lang)}
  theme=${ifDefined(a.theme)}
  link=${ifDefined(a.link)}
></opco-finder>`;

const meta: Meta<Args> = {
  title: 'Widgets/Trouver son OPCO',
  component: 'opco-finder',
  render,
  // Storybook never calls the real company API: every story runs with the look-up off, except
  // the ones that point it at an address of Storybook's own site (which answers nothing).
  args: { companyLookup: 'off' },
  argTypes: {
    idcc: { table: ATTRIBUTES, control: 'text' },
    siret: { table: ATTRIBUTES, control: 'text' },
    apiBase: { name: 'api-base', table: ATTRIBUTES, description: described('opco-finder', 'api-base'), control: 'text' },
    companyLookup: {
      name: 'company-lookup',
      table: ATTRIBUTES,
      description: described('opco-finder', 'company-lookup'),
      control: 'inline-radio',
      options: ['on', 'off'],
    },
    label: { table: ATTRIBUTES, control: 'text' },
    placeholder: { table: ATTRIBUTES, control: 'text' },
    limit: { table: ATTRIBUTES, control: 'text' },
    opco: { table: ATTRIBUTES, control: 'select', options: ['', ...OPCO_IDS] },
    audience: { table: ATTRIBUTES, control: 'select', options: ['', 'employer', 'training-centre', 'apprentice'] },
    ...headingRows('opco-finder'),
    compact: { table: ATTRIBUTES, control: 'boolean' },
    ...sharedRows('opco-finder'),
    ...replaced('api-base', 'company-lookup'),
    ...partRow('opco-finder', 'link'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Un champ unique : le visiteur tape son code IDCC ou des mots de sa convention collective ou de son métier (« coiffure », « Syntec », « HCR »), ' +
          'ou bien le SIRET, le SIREN ou le nom de son entreprise ; il choisit une suggestion et obtient son OPCO, la convention, la source et la date des données. ' +
          'Pour une entreprise, chaque établissement mène à l’OPCO de sa ou ses conventions (une fiche par OPCO). Les cas particuliers (IDCC fusionné, scindé, ' +
          'partagé entre plusieurs OPCO, 9999, 9998, VRP ; entreprise fermée, non diffusible, sans convention, en outre-mer) ont leur propre explication. ' +
          'La recherche par IDCC et par mots fonctionne hors ligne, sur les données embarquées ; seule la recherche d’entreprises passe par le réseau ' +
          '(API Recherche d’entreprises), et si elle échoue, le widget le dit et la recherche par IDCC reste disponible. ' +
          'Dans Storybook, la recherche d’entreprises est coupée (`company-lookup="off"`) pour ne jamais appeler l’API réelle. ' +
          'Les suggestions et réponses d’entreprises ne peuvent pas être montrées ici sans appeler l’API réelle : elles sont testées contre une fausse API locale.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The finder inside a story's canvas, and its text field. */
async function field(canvas: HTMLElement): Promise<{ finder: OpcoFinder; input: HTMLInputElement }> {
  const finder = canvas.querySelector('opco-finder')!;
  await finder.updateComplete;
  return { finder, input: finder.shadowRoot!.querySelector('input')! };
}

export const Vide: Story = { name: 'Vide' };

export const Suggestions: Story = {
  name: 'Saisie et suggestions (« métallurgie »)',
  parameters: { docs: { story: { height: '420px' } } },
  play: async ({ canvasElement }) => {
    const { finder, input } = await field(canvasElement);
    await userEvent.type(input, 'métallurgie');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe('option-1'));
    await expect(finder.shadowRoot!.querySelectorAll('[role="option"]').length).toBeGreaterThan(1);
  },
};

export const ChoixAuClavier: Story = {
  name: 'Choix au clavier (« coiffure », Entrée)',
  play: async ({ canvasElement }) => {
    const { finder, input } = await field(canvasElement);
    await userEvent.type(input, 'coiffure');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(finder.result?.kind).toBe('found'));
  },
};

// the name stays a literal in each story: Storybook's index reads it without running the file
// (a name computed by a helper showed as "Fusionne", "Peu Sur", "Vrp" in the sidebar)
const answerStory = (idcc: string, story: string): Story => ({
  args: { idcc },
  parameters: { docs: { description: { story } } },
});

export const Trouve: Story = { name: 'Réponse : trouvé (1979, HCR)', ...answerStory('1979', 'Un IDCC rattaché à un seul OPCO, avec une forte confiance.') };
export const Fusionne: Story = {
  name: 'Réponse : IDCC fusionné (0054 → 3248)',
  ...answerStory('0054', 'L’ancienne convention de la métallurgie de la région parisienne, remplacée par la convention nationale 3248.'),
};
export const Scinde: Story = {
  name: 'Réponse : IDCC scindé (1740 → 1596 / 1597)',
  ...answerStory('1740', 'Une convention scindée en deux, dont les deux parties relèvent du même OPCO.'),
};
export const Partage: Story = {
  name: 'Réponse : IDCC partagé entre plusieurs OPCO (3203)',
  ...answerStory('3203', 'Les établissements de cette convention relèvent de plusieurs OPCO : chaque OPCO possible, et le conseil de vérifier avec le SIRET.'),
};
export const PeuSur: Story = {
  name: 'Réponse : rattachement peu sûr (0023)',
  ...answerStory('0023', 'Très peu d’établissements : la réponse le dit, et dit pourquoi.'),
};
export const SansConvention: Story = {
  name: 'Réponse : 9999 (sans convention)',
  ...answerStory('9999', 'Le code 9999 ne désigne aucun OPCO : ce qu’il faut faire à la place.'),
};
export const Vrp: Story = {
  name: 'Réponse : 0804 (VRP, IDCC inopérant)',
  ...answerStory('0804', 'L’IDCC des VRP ne désigne aucun OPCO : déclarer celui de la convention du secteur.'),
};
export const Inconnu: Story = {
  name: 'Réponse : IDCC inconnu (0001)',
  ...answerStory('0001', 'Un IDCC absent de la table : où trouver le bon (bulletin de paie).'),
};

export const SaisieInvalide: Story = {
  name: 'Réponse : saisie invalide (« 0 »)',
  play: async ({ canvasElement }) => {
    const { finder, input } = await field(canvasElement);
    await userEvent.type(input, '0{Enter}');
    await waitFor(() => expect(finder.result?.kind).toBe('invalid'));
  },
};

export const AucunResultat: Story = {
  name: 'Réponse : aucun résultat (« zzz »)',
  play: async ({ canvasElement }) => {
    const { finder, input } = await field(canvasElement);
    await userEvent.type(input, 'zzz{Enter}');
    await waitFor(() => expect(finder.shadowRoot!.querySelector('[data-kind="no-result"]')).not.toBeNull());
  },
};

export const CodeApe: Story = {
  name: 'Réponse : code APE (« 5610A », Entrée)',
  parameters: {
    docs: {
      description: {
        story:
          'Un code APE (NAF) ne désigne pas la convention collective : le widget propose, comme suggestions à vérifier, les conventions dont les textes ' +
          'citent cette activité (avec le lien vers le texte sur Légifrance), l’OPCO de chacune et un bouton « Voir l’OPCO de cette convention ». ' +
          'Le code se tape avec ou sans point (`5610A`, `56.10A`).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { finder, input } = await field(canvasElement);
    await userEvent.type(input, '5610A{Enter}');
    await waitFor(() => expect(finder.shadowRoot!.querySelector('[data-kind="naf"]')).not.toBeNull());
    await expect(finder.shadowRoot!.querySelectorAll('[part="candidates"] li').length).toBeGreaterThan(0);
  },
};

export const CodeApeInconnu: Story = {
  name: 'Réponse : code APE hors nomenclature (« 99.99Z »)',
  parameters: {
    docs: { description: { story: 'Un code APE bien formé mais absent de la nomenclature NAF rév. 2 : le widget le dit, avec la même mise en garde.' } },
  },
  play: async ({ canvasElement }) => {
    const { finder, input } = await field(canvasElement);
    await userEvent.type(input, '99.99Z{Enter}');
    await waitFor(() => expect(finder.shadowRoot!.querySelector('[data-kind="naf"]')).not.toBeNull());
  },
};

export const AttributInvalide: Story = {
  name: 'Erreur : attributs invalides',
  args: { idcc: 'abc', limit: '-3' },
  parameters: {
    docs: { description: { story: 'Une valeur invalide est signalée dans le widget et une fois dans la console ; le champ reste utilisable.' } },
  },
};

export const Sombre: Story = { name: 'Thème sombre', args: { idcc: '3203', theme: 'dark' } };

export const Anglais: Story = { name: 'English', args: { idcc: '0054', lang: 'en' } };

export const Compact: Story = { name: 'Compact', args: { idcc: '1486', compact: true } };
export const PourUnApprenti: Story = { name: 'Réponse pour un apprenti (audience="apprentice")', args: { idcc: '1979', audience: 'apprentice' } };

export const Etroit: Story = {
  name: 'Étroit (320 px)',
  args: { idcc: '1740' },
  render: (a) => html`<div style="max-width: 320px">${render(a)}</div>`,
};

export const FiltreOpco: Story = { name: 'Suggestions d’un seul OPCO (site d’AKTO)', args: { opco: 'akto', placeholder: 'ex. propreté, hôtellerie' } };

export const RechercheEntreprisesCoupee: Story = {
  name: 'Recherche d’entreprises coupée (company-lookup="off")',
  args: { companyLookup: 'off' },
  parameters: {
    docs: {
      description: {
        story: 'Rien ne quitte la page : le champ cherche les IDCC et les mots des conventions. Un SIRET tapé reçoit le conseil de chercher par IDCC.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { finder, input } = await field(canvasElement);
    await userEvent.type(input, '901 000 000 00017{Enter}');
    await waitFor(() => expect(finder.shadowRoot!.querySelector('[data-kind="company-id"]')).not.toBeNull());
  },
};

export const ServiceIndisponible: Story = {
  name: 'Erreur : service de recherche d’entreprises indisponible',
  // an address of Storybook's own site that answers nothing: the real API is never called
  args: { companyLookup: 'on', apiBase: '/relais-absent' },
  parameters: {
    docs: {
      description: {
        story: 'Quand l’API (ou le relais) ne répond pas, le widget le dit simplement et la recherche par IDCC ou par mots continue de fonctionner.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { finder, input } = await field(canvasElement);
    await userEvent.type(input, '90100000000017{Enter}');
    await waitFor(() => expect(finder.shadowRoot!.textContent).toContain('ne répond pas'), { timeout: 10000 });
  },
};

export const RecetteCmsRelais: Story = {
  name: 'Recette CMS : avec un relais (api-base) ou sans recherche d’entreprises',
  args: { companyLookup: 'on', apiBase: '/relais-absent' },
  parameters: {
    docs: {
      description: { story: RECIPES.finderRelay.description },
      source: { code: RECIPES.finderRelay.snippet, language: 'html' },
    },
  },
};

export const RecetteCms: Story = {
  name: 'Recette CMS',
  parameters: {
    docs: {
      description: { story: RECIPES.finder.description },
      source: { code: RECIPES.finder.snippet, language: 'html' },
    },
  },
  // the preview runs with the look-up off, as every story here (the snippet itself leaves it on)
  render: () => html`<opco-finder heading-level="2" company-lookup="off"><a href="https://www.francecompetences.fr/">Trouver son OPCO</a></opco-finder>`,
};
