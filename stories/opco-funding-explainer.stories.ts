import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Lang } from '../src/data/lang.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { ATTRIBUTES, described, headingRows, partRow, replaced, sharedRows } from './api-table.js';
import { RECIPES } from './snippets.js';
import { opcos } from '../src/data/index.js';

interface Args {
  scheme?: '' | 'apprentissage' | 'professionnalisation' | 'reconversion' | 'plan-moins-50' | 'cpf';
  audience?: 'employer' | 'apprentice' | 'training-centre';
  headcount?: number;
  level?: '' | '3' | '4' | '5' | '6' | '7' | '8';
  signedOn?: string;
  rqth?: boolean;
  opco?: string;
  heading?: string;
  headingLevel?: number;
  compact?: boolean;
  lang?: Lang;
  theme?: 'light' | 'dark' | 'auto';
  link?: 'on' | 'off';
}

const OPCO_IDS = opcos.map((o) => o.id);
const SCHEMES = ['apprentissage', 'professionnalisation', 'reconversion', 'plan-moins-50', 'cpf'] as const;

const render = (a: Args) => html`<opco-funding-explainer
  scheme=${ifDefined(a.scheme || undefined)}
  audience=${ifDefined(a.audience)}
  headcount=${ifDefined(a.headcount === undefined ? undefined : String(a.headcount))}
  level=${ifDefined(a.level || undefined)}
  signed-on=${ifDefined(a.signedOn || undefined)}
  ?rqth=${a.rqth ?? false}
  opco=${ifDefined(a.opco || undefined)}
  heading=${ifDefined(a.heading || undefined)}
  heading-level=${ifDefined(a.headingLevel === undefined ? undefined : String(a.headingLevel))}
  ?compact=${a.compact ?? false}
  lang=${ifDefined(a.lang)}
  theme=${ifDefined(a.theme)}
  link=${ifDefined(a.link)}
></opco-funding-explainer>`;

const meta: Meta<Args> = {
  title: 'Widgets/Qui paie quoi (financement)',
  component: 'opco-funding-explainer',
  render,
  args: {},
  argTypes: {
    scheme: { table: ATTRIBUTES, control: 'select', options: ['', ...SCHEMES] },
    audience: { table: ATTRIBUTES, control: 'inline-radio', options: ['employer', 'apprentice', 'training-centre'] },
    headcount: { table: ATTRIBUTES, control: { type: 'number', min: 0 } },
    level: { table: ATTRIBUTES, control: 'select', options: ['', '3', '4', '5', '6', '7', '8'] },
    signedOn: { name: 'signed-on', table: ATTRIBUTES, description: described('opco-funding-explainer', 'signed-on'), control: 'text' },
    rqth: { table: ATTRIBUTES, control: 'boolean' },
    opco: { table: ATTRIBUTES, control: 'select', options: ['', ...OPCO_IDS] },
    ...headingRows('opco-funding-explainer'),
    compact: { table: ATTRIBUTES, control: 'boolean' },
    ...sharedRows('opco-funding-explainer'),
    ...replaced('signed-on'),
    ...partRow('opco-funding-explainer', 'scheme'),
    ...partRow('opco-funding-explainer', 'link'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Qui paie quoi pour l’apprentissage, la professionnalisation, la période de reconversion (et la Pro-A fermée), le plan des moins de 50 salariés et le CPF : ' +
          'une fiche par dispositif avec règles datées, textes et sources, un simulateur de l’aide de l’État à l’embauche d’un apprenti et le circuit de l’argent.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

// — one story per scheme
export const Apprentissage: Story = { args: { scheme: 'apprentissage' } };
export const Professionnalisation: Story = { args: { scheme: 'professionnalisation' } };
export const Reconversion: Story = { name: 'Reconversion (et Pro-A fermée)', args: { scheme: 'reconversion' } };
export const PlanMoins50: Story = { name: 'Plan des moins de 50 salariés', args: { scheme: 'plan-moins-50' } };
export const Cpf: Story = { name: 'CPF', args: { scheme: 'cpf' } };

// — one story per audience (all schemes, in that audience's order)
export const Employeur: Story = { name: 'Public : employeur', args: { audience: 'employer' } };
export const Apprenti: Story = { name: 'Public : apprenti', args: { audience: 'apprentice' } };
export const CentreDeFormation: Story = { name: 'Public : centre de formation', args: { audience: 'training-centre' } };
// — the simulator's result as each reader reads it (level 7: the employer pays the CFA 750 €)
export const ResultatApprenti: Story = {
  name: 'Résultat lu par un apprenti (niveau 7)',
  args: { audience: 'apprentice', headcount: 30, level: '7', signedOn: '2026-04-01' },
};
export const ResultatCentre: Story = {
  name: 'Résultat lu par un centre de formation (niveau 7)',
  args: { audience: 'training-centre', headcount: 30, level: '7', signedOn: '2026-04-01' },
};

// — the simulator on each side of each period boundary
// the name stays a literal in each story: Storybook's index reads it without running the file
const sim = (signedOn: string, headcount: number, level: Args['level']): Story => ({
  args: { scheme: 'apprentissage', signedOn, headcount, level },
});
export const Sim20250223: Story = { name: 'Simulateur : signé le 23/02/2025 (niveau 5, 30 salariés)', ...sim('2025-02-23', 30, '5') };
export const Sim20250224: Story = { name: 'Simulateur : signé le 24/02/2025 (niveau 5, 30 salariés)', ...sim('2025-02-24', 30, '5') };
export const Sim20251231: Story = { name: 'Simulateur : signé le 31/12/2025 (niveau 5, 30 salariés)', ...sim('2025-12-31', 30, '5') };
export const Sim20260101: Story = { name: 'Simulateur : signé le 01/01/2026 (niveau 5, 30 salariés)', ...sim('2026-01-01', 30, '5') };
export const Sim20260307: Story = { name: 'Simulateur : signé le 07/03/2026 (niveau 5, 30 salariés)', ...sim('2026-03-07', 30, '5') };
export const Sim20260308: Story = { name: 'Simulateur : signé le 08/03/2026 (niveau 5, 30 salariés)', ...sim('2026-03-08', 30, '5') };
export const Sim249: Story = { name: 'Simulateur : 249 salariés (niveau 5, 01/04/2026)', ...sim('2026-04-01', 249, '5') };
export const Sim250: Story = { name: 'Simulateur : 250 salariés (niveau 5, 01/04/2026)', ...sim('2026-04-01', 250, '5') };
export const SimParticipation: Story = { name: 'Simulateur : niveau 6, participation de 750 €', ...sim('2026-04-01', 30, '6') };
export const SimRegleInconnue: Story = { name: 'Simulateur : signé en 2027 (règle inconnue)', ...sim('2027-01-15', 30, '5') };
export const SimErreur: Story = {
  name: 'Valeurs invalides (message, pas de montant)',
  args: { scheme: 'apprentissage' },
  render: () => html`<opco-funding-explainer signed-on="2026-13-45" headcount="-3" level="12"></opco-funding-explainer>`,
};

export const AvecRecherche: Story = {
  name: 'Lié à une recherche (opco-provider + opco-finder)',
  args: { level: '5', signedOn: '2026-04-01' },
  render: (a) => html`<opco-provider>
    <opco-finder idcc="1979"></opco-finder>
    ${render(a)}
  </opco-provider>`,
};

export const Sombre: Story = { name: 'Thème sombre', args: { theme: 'dark', opco: 'akto', headcount: 30, level: '5', signedOn: '2026-04-01' } };
export const Anglais: Story = { name: 'English', args: { lang: 'en', headcount: 30, level: '5', signedOn: '2026-04-01' } };
export const Etroit: Story = {
  name: 'Étroit (320 px)',
  args: { headcount: 30, level: '5', signedOn: '2026-04-01' },
  render: (a) => html`<div style=${styleMap({ maxWidth: '320px' })}>${render(a)}</div>`,
};

export const RecetteCms: Story = {
  name: 'Recette CMS',
  parameters: {
    docs: {
      description: { story: RECIPES.fundingExplainer.description },
      source: { code: RECIPES.fundingExplainer.snippet, language: 'html' },
    },
  },
  render: () => html`<opco-provider>
    <opco-finder></opco-finder>
    <opco-funding-explainer audience="employer" heading-level="2"></opco-funding-explainer>
  </opco-provider>`,
};
