import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Lang } from '../src/data/lang.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { sharedRows } from './api-table.js';
import { RECIPES } from './snippets.js';

// the provider draws nothing (display: contents): the page lays its widgets out
const page = { display: 'grid', gap: '1.5rem' };

interface Args {
  idcc?: string;
  lang?: Lang;
  theme?: 'light' | 'dark' | 'auto';
  link?: 'on' | 'off';
}

/** A partner's page: a finder, then the widgets that follow what it finds. */
const render = (a: Args) => html`<opco-provider lang=${ifDefined(a.lang)} theme=${ifDefined(a.theme)} link=${ifDefined(a.link)}>
  <div style=${styleMap(page)}>
  <opco-finder company-lookup="off" idcc=${ifDefined(a.idcc || undefined)} heading="Quel est votre OPCO ?"></opco-finder>
  <opco-card heading-level="3"></opco-card>
  <opco-branch-list heading-level="3" page-size="5"></opco-branch-list>
  <opco-funding-explainer compact heading-level="3"></opco-funding-explainer>
  </div>
</opco-provider>`;

const meta: Meta<Args> = {
  title: 'Widgets/Relier les widgets (opco-provider)',
  component: 'opco-provider',
  render,
  args: { idcc: '1979' },
  argTypes: {
    idcc: {
      table: { category: 'exemple' },
      description: 'IDCC tapé dans le widget de recherche de l’exemple (ce n’est pas un attribut de `<opco-provider>`).',
      control: 'text',
    },
    ...sharedRows('opco-provider'),
  },
  parameters: {
    docs: {
      description: {
        component:
          '`<opco-provider>` n’affiche rien : il entoure les widgets d’une page et les relie. Quand le widget de recherche trouve un OPCO, ' +
          'la fiche, la liste des branches et le simulateur de financement le suivent. Il donne aussi à tous la même langue et le même thème ' +
          '(l’attribut d’un widget l’emporte). Essayez un autre IDCC ci-dessous : 1486 (Syntec → Atlas), 3043 (propreté → AKTO), 0843 (boulangerie → OPCO EP).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Relies: Story = { name: 'Recherche, fiche, branches et financement reliés' };

export const Sombre: Story = {
  name: 'Tous en thème sombre (un seul attribut)',
  args: { idcc: '1486', theme: 'dark' },
  parameters: { docs: { description: { story: '`theme="dark"` sur le provider : tous les widgets passent en thème sombre.' } } },
};

export const Anglais: Story = {
  name: 'Tous en anglais (un seul attribut)',
  args: { idcc: '3043', lang: 'en' },
  parameters: { docs: { description: { story: '`lang="en"` sur le provider : tous les widgets parlent anglais.' } } },
};

export const SansLien: Story = {
  name: 'Sans lien (link="off")',
  args: { idcc: '1979', link: 'off' },
  parameters: {
    docs: { description: { story: '`link="off"` : les widgets partagent la langue et le thème, mais ne suivent pas ce que la recherche trouve.' } },
  },
};

export const RecetteCms: Story = {
  name: 'Recette CMS',
  parameters: {
    docs: {
      description: { story: RECIPES.provider.description },
      source: { code: RECIPES.provider.snippet, language: 'html' },
    },
  },
  render: () => html`<opco-provider>
    <div style=${styleMap(page)}>
      <opco-finder company-lookup="off" heading="Quel est votre OPCO ?"></opco-finder>
      <opco-card heading-level="3"></opco-card>
      <opco-branch-list heading-level="3" page-size="5"></opco-branch-list>
    </div>
  </opco-provider>`,
};
