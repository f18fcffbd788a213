import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OpcoFinder } from '../src/index.js';
import '../src/index.js';

interface Args {
  idcc?: string;
  label?: string;
  placeholder?: string;
  limit?: string;
  opco?: string;
  headingLevel?: string;
  compact?: boolean;
  lang?: 'fr' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  link?: 'on' | 'off';
}

const OPCO_IDS = ['afdas', 'akto', 'atlas', 'constructys', 'opcommerce', 'ocapiat', 'opco-2i', 'opco-ep', 'opco-mobilites', 'opco-sante', 'uniformation'];

const render = (a: Args) => html`<opco-finder
  idcc=${ifDefined(a.idcc || undefined)}
  label=${ifDefined(a.label || undefined)}
  placeholder=${ifDefined(a.placeholder || undefined)}
  limit=${ifDefined(a.limit || undefined)}
  opco=${ifDefined(a.opco || undefined)}
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
  args: {},
  argTypes: {
    idcc: {
      description: 'Code IDCC à afficher dès le chargement (1 à 4 chiffres, par exemple `1979`), comme si le visiteur l’avait tapé.',
      control: 'text',
    },
    label: { description: 'Texte de l’étiquette du champ. Par défaut : « Votre convention collective ».', control: 'text' },
    placeholder: { description: 'Exemple affiché dans le champ vide. Par défaut : aucun (le texte d’aide dit quoi taper).', control: 'text' },
    limit: { description: 'Nombre maximal de suggestions (1 à 50, 8 par défaut).', control: 'text' },
    opco: {
      description: 'Ne suggérer que les conventions de cet OPCO (pour le site d’un OPCO). Un IDCC tapé reçoit toujours sa vraie réponse.',
      control: 'select',
      options: ['', ...OPCO_IDS],
    },
    headingLevel: {
      description: 'Niveau du titre de la réponse (2 à 6) pour s’insérer dans le plan de la page ; les fiches OPCO prennent le niveau suivant. 3 par défaut.',
      control: 'text',
    },
    compact: { description: 'Version resserrée, fiches OPCO réduites au nom et aux liens (barres latérales).', control: 'boolean' },
    lang: { description: 'Langue du widget (`fr` ou `en`). Par défaut : celle de la page ou du `<opco-provider>`.', control: 'inline-radio', options: ['fr', 'en'] },
    theme: { description: 'Apparence : `light`, `dark` ou `auto` (suit le réglage du visiteur).', control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    link: {
      description: '`off` : l’OPCO trouvé n’est pas partagé avec les autres widgets du `<opco-provider>`.',
      control: 'inline-radio',
      options: ['on', 'off'],
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Un champ unique : le visiteur tape son code IDCC ou des mots de sa convention collective ou de son métier (« coiffure », « Syntec », « HCR »), ' +
          'choisit une suggestion et obtient son OPCO, la convention, la source et la date des données. Les cas particuliers (IDCC fusionné, scindé, ' +
          'partagé entre plusieurs OPCO, 9999, 9998, VRP…) ont leur propre explication. Fonctionne hors ligne, sur les données embarquées.',
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

const answerStory = (name: string, idcc: string, story: string): Story => ({
  name,
  args: { idcc },
  parameters: { docs: { description: { story } } },
});

export const Trouve = answerStory('Réponse : trouvé (1979, HCR)', '1979', 'Un IDCC rattaché à un seul OPCO, avec une forte confiance.');
export const Fusionne = answerStory(
  'Réponse : IDCC fusionné (0054 → 3248)',
  '0054',
  'L’ancienne convention de la métallurgie de la région parisienne, remplacée par la convention nationale 3248.',
);
export const Scinde = answerStory('Réponse : IDCC scindé (1740 → 1596 / 1597)', '1740', 'Une convention scindée en deux, dont les deux parties relèvent du même OPCO.');
export const Partage = answerStory(
  'Réponse : IDCC partagé entre plusieurs OPCO (3203)',
  '3203',
  'Les établissements de cette convention relèvent de plusieurs OPCO : chaque OPCO possible, et le conseil de vérifier avec le SIRET.',
);
export const PeuSur = answerStory('Réponse : rattachement peu sûr (0023)', '0023', 'Très peu d’établissements : la réponse le dit, et dit pourquoi.');
export const SansConvention = answerStory('Réponse : 9999 (sans convention)', '9999', 'Le code 9999 ne désigne aucun OPCO : ce qu’il faut faire à la place.');
export const Vrp = answerStory('Réponse : 0804 (VRP, IDCC inopérant)', '0804', 'L’IDCC des VRP ne désigne aucun OPCO : déclarer celui de la convention du secteur.');
export const Inconnu = answerStory('Réponse : IDCC inconnu (0001)', '0001', 'Un IDCC absent de la table : où trouver le bon (bulletin de paie).');

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

export const Etroit: Story = {
  name: 'Étroit (320 px)',
  args: { idcc: '1740' },
  render: (a) => html`<div style="max-width: 320px">${render(a)}</div>`,
};

export const FiltreOpco: Story = { name: 'Suggestions d’un seul OPCO (site d’AKTO)', args: { opco: 'akto', placeholder: 'ex. propreté, hôtellerie' } };

const SNIPPET = `<!-- Une seule fois par page, dans le <head> ou avant le widget : -->
<script type="module" src="/assets/opco-widgets.js"></script>

<!-- Le widget ; le lien reste visible si JavaScript est désactivé : -->
<opco-finder heading-level="2">
  <a href="https://www.francecompetences.fr/">Trouver son OPCO</a>
</opco-finder>`;

export const RecetteCms: Story = {
  name: 'Recette CMS',
  parameters: {
    docs: {
      description: {
        story:
          'Le code HTML à coller dans un bloc « HTML libre » du CMS. Remplacez `/assets/opco-widgets.js` par l’adresse où votre site héberge ' +
          'le fichier `dist/opco-widgets.js`. Ajoutez `idcc="1979"` pour afficher une réponse dès le chargement, `lang="en"` pour l’anglais.',
      },
      source: { code: SNIPPET, language: 'html' },
    },
  },
  render: () => html`<opco-finder heading-level="2"><a href="https://www.francecompetences.fr/">Trouver son OPCO</a></opco-finder>`,
};
