import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Lang } from '../src/data/lang.js';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { ATTRIBUTES, described, headingRows, partRow, replaced, sharedRows } from './api-table.js';
import { RECIPES } from './snippets.js';
import { opcos } from '../src/data/index.js';

interface Args {
  opco?: string;
  filter?: string;
  sort?: 'name' | 'idcc';
  showRegional?: boolean;
  showMerged?: boolean;
  pageSize?: number;
  heading?: string;
  headingLevel?: number;
  compact?: boolean;
  lang?: Lang;
  theme?: 'light' | 'dark' | 'auto';
  link?: 'on' | 'off';
}

const OPCO_IDS = opcos.map((o) => o.id);

const flag = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

const render = (a: Args) => html`<opco-branch-list
  opco=${ifDefined(a.opco || undefined)}
  filter=${ifDefined(a.filter || undefined)}
  sort=${ifDefined(a.sort)}
  show-regional=${ifDefined(flag(a.showRegional))}
  show-merged=${ifDefined(flag(a.showMerged))}
  page-size=${ifDefined(a.pageSize === undefined ? undefined : String(a.pageSize))}
  heading=${ifDefined(a.heading || undefined)}
  heading-level=${ifDefined(a.headingLevel === undefined ? undefined : String(a.headingLevel))}
  ?compact=${a.compact ?? false}
  lang=${ifDefined(a.lang)}
  theme=${ifDefined(a.theme)}
  link=${ifDefined(a.link)}
></opco-branch-list>`;

const meta: Meta<Args> = {
  title: 'Widgets/Branches d’un OPCO',
  component: 'opco-branch-list',
  render,
  args: { opco: 'akto' },
  argTypes: {
    opco: {
      control: 'select',
      options: ['', ...OPCO_IDS],
    },
    filter: { table: ATTRIBUTES, description: described('opco-branch-list', 'filter'), control: 'text' },
    sort: { table: ATTRIBUTES, description: described('opco-branch-list', 'sort'), control: 'inline-radio', options: ['name', 'idcc'] },
    showRegional: { name: 'show-regional', table: ATTRIBUTES, description: described('opco-branch-list', 'show-regional'), control: 'boolean' },
    showMerged: { name: 'show-merged', table: ATTRIBUTES, description: described('opco-branch-list', 'show-merged'), control: 'boolean' },
    pageSize: { name: 'page-size', table: ATTRIBUTES, description: described('opco-branch-list', 'page-size'), control: { type: 'number', min: 1, max: 1000 } },
    ...headingRows('opco-branch-list'),
    compact: { control: 'boolean' },
    ...sharedRows('opco-branch-list'),
    ...replaced('show-regional', 'show-merged', 'page-size'),
    ...partRow('opco-branch-list', 'filter'),
    ...partRow('opco-branch-list', 'sort'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Les conventions collectives (IDCC) rattachées à un OPCO, avec un filtre qui tolère accents et fautes de frappe. ' +
          'Le compte affiché en tête est celui des conventions nationales en vigueur ; un IDCC n’est pas toujours une branche.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const opcoStory = (opco: string): Story => ({ args: { opco } });

export const Afdas: Story = { name: 'Afdas', ...opcoStory('afdas') };
export const Akto: Story = { name: 'AKTO', ...opcoStory('akto') };
export const Atlas: Story = { name: 'Atlas', ...opcoStory('atlas') };
export const Constructys: Story = { name: 'Constructys', ...opcoStory('constructys') };
export const Opcommerce: Story = { name: 'Opcommerce', ...opcoStory('opcommerce') };
export const Ocapiat: Story = { args: { opco: 'ocapiat' }, name: 'OCAPIAT (la plus longue liste)' };
export const Opco2i: Story = { name: 'OPCO 2i', ...opcoStory('opco-2i') };
export const OpcoEp: Story = { name: 'OPCO EP', ...opcoStory('opco-ep') };
export const OpcoMobilites: Story = { name: 'OPCO Mobilités', ...opcoStory('opco-mobilites') };
export const OpcoSante: Story = { name: 'OPCO Santé', ...opcoStory('opco-sante') };
export const Uniformation: Story = { name: 'Uniformation', ...opcoStory('uniformation') };

export const Filtre: Story = { name: 'Filtré (« propreté »)', args: { opco: 'akto', filter: 'propreté' } };

export const FiltreSansResultat: Story = { name: 'Filtre sans résultat', args: { opco: 'akto', filter: 'coiffure' } };

export const ChoixOpco: Story = { name: 'Choix de l’OPCO (sans attribut opco)', args: { opco: '' } };

export const LieAUnFinder: Story = {
  name: 'Lié à un widget de recherche',
  parameters: {
    docs: {
      description: {
        story:
          'Dans un `<opco-provider>`, la liste suit l’OPCO trouvé par `<opco-finder>` (ici l’IDCC 3043, propreté → AKTO) et met la convention en évidence. ' +
          'Une liste avec `opco="…"` ne change pas.',
      },
    },
  },
  render: () => html`<opco-provider>
    <opco-finder idcc="3043"></opco-finder>
    <opco-branch-list></opco-branch-list>
  </opco-provider>`,
};

export const ConventionChoisie: Story = {
  name: 'Convention choisie (ses détails dépliés)',
  args: { opco: 'constructys' },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('opco-branch-list')!;
    const row = await waitFor(() => {
      const button = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="row-button"]');
      if (!button) throw new Error('no row yet');
      return button;
    });
    await userEvent.click(row);
    await waitFor(() => expect(list.shadowRoot!.querySelector('[part="row-detail"]')).not.toBeNull());
    await expect(row.getAttribute('aria-expanded')).toBe('true');
  },
};

export const Sombre: Story = { name: 'Thème sombre', args: { opco: 'opco-2i', theme: 'dark' } };

export const Anglais: Story = { name: 'English', args: { opco: 'akto', lang: 'en' } };

export const Etroit: Story = {
  name: 'Étroit (320 px)',
  args: { opco: 'ocapiat' },
  render: (a) => html`<div style="max-width: 320px">${render(a)}</div>`,
};

export const RecetteCms: Story = {
  name: 'Recette CMS',
  parameters: {
    docs: {
      description: { story: RECIPES.branchList.description },
      source: { code: RECIPES.branchList.snippet, language: 'html' },
    },
  },
  render: () => html`<opco-branch-list opco="akto" heading-level="2"></opco-branch-list>`,
};
