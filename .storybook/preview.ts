import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json' with { type: 'json' };
import { DocsPage } from './docs-page.js';

// The Docs table shows what an integrator can use: attributes, public properties, events, slots,
// parts and custom properties. The manifest also lists private and protected members (state,
// handlers, the base class's internals): they are left out.
interface Member {
  readonly privacy?: string;
  readonly static?: boolean;
}
const publicApi = {
  ...customElements,
  modules: customElements.modules.map((module) => ({
    ...module,
    // the custom properties are shown once, with their default values and swatches, by the
    // docs page's own table (docs-page.ts), not as value-less rows of the controls table
    declarations: (module.declarations as { members?: Member[]; cssProperties?: unknown[] }[] | undefined)?.map(({ cssProperties: _css, ...d }) =>
      d.members ? { ...d, members: d.members.filter((m) => !m.static && (m.privacy ?? 'public') === 'public') } : d,
    ),
  })),
};
setCustomElementsManifest(publicApi);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // one canonical example, links to the others, the custom properties with their defaults
    docs: { page: DocsPage },
  },
  // Toolbar: every story can be seen in French or English, light or dark, through a provider.
  globalTypes: {
    lang: {
      description: 'Langue des widgets',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Thème des widgets',
      toolbar: { title: 'Thème', icon: 'mirror', items: ['light', 'dark', 'auto'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'fr', theme: 'light' },
  decorators: [
    (story, context) => {
      const { lang, theme } = context.globals as { lang?: string; theme?: string };
      const dark = theme === 'dark';
      return html`<div lang=${lang ?? 'fr'} style=${dark ? 'background:#0b0f13;padding:1rem' : 'padding:1rem'}>
        <opco-provider theme=${theme ?? 'light'}>${story()}</opco-provider>
      </div>`;
    },
  ],
};
export default preview;
