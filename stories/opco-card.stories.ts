import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Lang } from '../src/data/lang.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { ATTRIBUTES, headingRows, partRow, sharedRows } from './api-table.js';
import { RECIPES } from './snippets.js';
import { opcos } from '../src/data/index.js';

interface Args {
  opco?: string;
  heading?: string;
  headingLevel?: number;
  compact?: boolean;
  detail?: boolean;
  audience?: '' | 'employer' | 'training-centre' | 'apprentice';
  lang?: Lang;
  theme?: 'light' | 'dark' | 'auto';
  link?: 'on' | 'off';
}

const OPCO_IDS = opcos.map((o) => o.id);

const render = (a: Args) => html`<opco-card
  opco=${ifDefined(a.opco || undefined)}
  heading=${ifDefined(a.heading || undefined)}
  heading-level=${ifDefined(a.headingLevel === undefined ? undefined : String(a.headingLevel))}
  ?compact=${a.compact ?? false}
  ?detail=${a.detail ?? false}
  audience=${ifDefined(a.audience || undefined)}
  lang=${ifDefined(a.lang)}
  theme=${ifDefined(a.theme)}
  link=${ifDefined(a.link)}
></opco-card>`;

const meta: Meta<Args> = {
  title: 'Widgets/Fiche d’un OPCO',
  component: 'opco-card',
  render,
  args: { opco: 'akto' },
  argTypes: {
    opco: {
      table: ATTRIBUTES,
      control: 'select',
      options: ['', ...OPCO_IDS],
    },
    ...headingRows('opco-card'),
    compact: { table: ATTRIBUTES, control: 'boolean' },
    detail: { table: ATTRIBUTES, control: 'boolean' },
    audience: { table: ATTRIBUTES, control: 'select', options: ['', 'employer', 'training-centre', 'apprentice'] },
    ...sharedRows('opco-card'),
    ...partRow('opco-card', 'link'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'La fiche d’identité d’un OPCO : son nom court et son nom officiel, la prochaine étape pour le public choisi (`audience`) avec un lien vers la page de l’OPCO pour cela, ' +
          'les secteurs qu’il couvre, son site, où vérifier ; en mode `detail`, le SIREN de l’OPCO. Seule ou dans la réponse du widget de recherche.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Akto: Story = { name: 'AKTO' };
export const Compacte: Story = { name: 'Compacte', args: { opco: 'opco-ep', compact: true } };
export const PourUnCfa: Story = { name: 'Pour un CFA (audience="training-centre")', args: { opco: 'atlas', audience: 'training-centre' } };
export const PageAccueil: Story = { name: 'Page d’apprentissage non vérifiée (page d’accueil)', args: { opco: 'opco-sante', audience: 'apprentice' } };
export const Detail: Story = { name: 'Mode detail (avec le SIREN de l’OPCO)', args: { opco: 'akto', detail: true } };
export const Sombre: Story = { name: 'Thème sombre', args: { opco: 'constructys', theme: 'dark' } };
export const Anglais: Story = { name: 'English', args: { opco: 'atlas', lang: 'en' } };
export const Inconnu: Story = { name: 'OPCO inconnu (message d’erreur)', args: { opco: 'opco-inconnu' } };

export const LieAUnFinder: Story = {
  name: 'Liée à un widget de recherche',
  parameters: {
    docs: {
      description: {
        story:
          'Sans `opco`, dans un `<opco-provider>`, la fiche montre l’OPCO trouvé par `<opco-finder>` (ici l’IDCC 1979, hôtels, cafés, restaurants → AKTO).',
      },
    },
  },
  render: () => html`<opco-provider>
    <opco-finder idcc="1979"></opco-finder>
    <opco-card heading-level="2"></opco-card>
  </opco-provider>`,
};

export const Etroit: Story = {
  name: 'Étroite (320 px)',
  args: { opco: 'opco-mobilites' },
  render: (a) => html`<div style="max-width: 320px">${render(a)}</div>`,
};

export const RecetteCms: Story = {
  name: 'Recette CMS',
  parameters: {
    docs: {
      description: { story: RECIPES.card.description },
      source: { code: RECIPES.card.snippet, language: 'html' },
    },
  },
  render: () => html`<opco-card opco="akto" heading-level="2">
    <a href="https://www.akto.fr/">AKTO, l'OPCO des services à forte intensité de main-d'œuvre</a>
  </opco-card>`,
};
