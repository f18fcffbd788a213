import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Lang } from '../src/data/lang.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { ATTRIBUTES, described, replaced, sharedRows } from './api-table.js';
import { RECIPES } from './snippets.js';

interface Args {
  audience?: 'employer' | 'apprentice' | 'training-centre';
  birthDate?: string;
  age?: number;
  contractStart?: string;
  contractMonths?: number;
  signedOn?: string;
  level?: number;
  headcount?: number;
  monthlyGross?: number;
  conventionalMinimum?: number;
  rqth?: boolean;
  onDate?: string;
  lang?: Lang;
  theme?: 'light' | 'dark' | 'auto';
  link?: 'on' | 'off';
}

const str = (v: number | string | undefined) => (v === undefined || v === '' ? undefined : String(v));

const render = (a: Args) => html`<opco-apprentice-pay
  audience=${ifDefined(a.audience)}
  birth-date=${ifDefined(str(a.birthDate))}
  age=${ifDefined(str(a.age))}
  contract-start=${ifDefined(str(a.contractStart))}
  contract-months=${ifDefined(str(a.contractMonths))}
  signed-on=${ifDefined(str(a.signedOn))}
  level=${ifDefined(str(a.level))}
  headcount=${ifDefined(str(a.headcount))}
  monthly-gross=${ifDefined(str(a.monthlyGross))}
  conventional-minimum=${ifDefined(str(a.conventionalMinimum))}
  rqth=${ifDefined(a.rqth ? 'true' : undefined)}
  on-date=${ifDefined(str(a.onDate))}
  lang=${ifDefined(a.lang)}
  theme=${ifDefined(a.theme)}
  link=${ifDefined(a.link)}
></opco-apprentice-pay>`;

const meta: Meta<Args> = {
  title: 'Widgets/Salaire et coût d’un apprenti',
  component: 'opco-apprentice-pay',
  render,
  args: { audience: 'employer', birthDate: '2007-03-10', contractStart: '2026-09-01', contractMonths: 24, level: 5, headcount: 30 },
  argTypes: {
    audience: { table: ATTRIBUTES, control: 'inline-radio', options: ['employer', 'apprentice', 'training-centre'] },
    birthDate: { name: 'birth-date', table: ATTRIBUTES, description: described('opco-apprentice-pay', 'birth-date'), control: 'text' },
    age: { table: ATTRIBUTES, control: { type: 'number', min: 14, max: 99 } },
    contractStart: { name: 'contract-start', table: ATTRIBUTES, description: described('opco-apprentice-pay', 'contract-start'), control: 'text' },
    contractMonths: {
      name: 'contract-months',
      table: ATTRIBUTES,
      description: described('opco-apprentice-pay', 'contract-months'),
      control: { type: 'number', min: 1, max: 48 },
    },
    signedOn: { name: 'signed-on', table: ATTRIBUTES, description: described('opco-apprentice-pay', 'signed-on'), control: 'text' },
    level: { table: ATTRIBUTES, control: { type: 'number', min: 3, max: 7 } },
    headcount: { table: ATTRIBUTES, control: { type: 'number', min: 0 } },
    monthlyGross: { name: 'monthly-gross', table: ATTRIBUTES, description: described('opco-apprentice-pay', 'monthly-gross'), control: 'number' },
    conventionalMinimum: {
      name: 'conventional-minimum',
      table: ATTRIBUTES,
      description: described('opco-apprentice-pay', 'conventional-minimum'),
      control: 'number',
    },
    rqth: { table: ATTRIBUTES, control: 'boolean' },
    onDate: { name: 'on-date', table: ATTRIBUTES, description: described('opco-apprentice-pay', 'on-date'), control: 'text' },
    ...sharedRows('opco-apprentice-pay'),
    ...replaced('birth-date', 'contract-start', 'contract-months', 'signed-on', 'monthly-gross', 'conventional-minimum', 'on-date'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Ce que gagne un apprenti et ce qu’il coûte : salaire minimum légal par âge et année de contrat (Code du travail, D6222-26 à D6222-32), ' +
          'salaire net après la règle de mars 2025, cotisations patronales après la réduction générale, aide à l’embauche et participation de 750 €, ' +
          'mois par mois et sur tout le contrat, avec un tableau année par année et un graphique. Chaque montant indique sa source et sa date. ' +
          'Dans son propre fichier, `dist/opco-apprentice-pay.js`, et dans `dist/opco-widgets.js` avec tous les autres widgets.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Employeur: Story = { name: 'Employeur' };
export const Apprenti: Story = { name: 'Apprenti', args: { audience: 'apprentice', age: 17, birthDate: undefined, level: 3 } };
export const Cfa: Story = {
  name: 'CFA (les deux)',
  args: { audience: 'training-centre', birthDate: '2004-05-20', level: 7, headcount: 120, contractMonths: 24 },
};
export const MinimumConventionnel: Story = { name: 'Minimum conventionnel (21 ans et plus)', args: { birthDate: '2003-01-15', conventionalMinimum: 2100 } };
export const Sombre: Story = { name: 'Thème sombre', args: { theme: 'dark' } };
export const Anglais: Story = { name: 'English', args: { lang: 'en', audience: 'training-centre' } };
export const Erreurs: Story = { name: 'Attributs invalides (messages)', args: { level: 9, contractStart: 'demain' } };

export const LieAuxAutres: Story = {
  name: 'Liée au widget de recherche et à l’explicateur',
  parameters: {
    docs: {
      description: {
        story:
          'Dans un `<opco-provider>`, l’effectif vient de l’entreprise trouvée par `<opco-finder>` et le niveau de l’explicateur du financement, tant que le visiteur ne les a pas saisis.',
      },
    },
  },
  render: () => html`<opco-provider>
    <opco-finder></opco-finder>
    <opco-funding-explainer scheme="apprentissage"></opco-funding-explainer>
    <opco-apprentice-pay birth-date="2007-03-10" contract-start="2026-09-01"></opco-apprentice-pay>
  </opco-provider>`,
};

export const RecetteCms: Story = {
  name: 'Recette CMS',
  parameters: {
    docs: {
      description: { story: RECIPES.apprenticePay.description },
      source: { code: RECIPES.apprenticePay.snippet, language: 'html' },
    },
  },
  render: () => html`<opco-apprentice-pay audience="employer" age="19" contract-start="2026-09-01" contract-months="24" level="5" headcount="30">
    <a href="https://www.service-public.gouv.fr/particuliers/vosdroits/F2918">Salaire de l'apprenti (Service-Public.fr)</a>
  </opco-apprentice-pay>`,
};
