// A Vue 3 app using the widgets as plain custom elements, without a build step: Vue's
// runtime-only browser module (served here from node_modules; a CDN copy works the same) and
// render functions. For a tag with a dash Vue creates the element as it is, sets a prop as a
// DOM property when the (defined) element has it, else as an attribute, and `onOpcoFound`
// listens to `opco-found` (Vue turns the camelCase name after "on" into kebab-case).
// With .vue templates compiled by Vite, declare the tags as custom elements instead:
//   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('opco-') } } })
import { createApp, h, ref } from '/node_modules/vue/dist/vue.runtime.esm-browser.prod.js';

const CHOICES = ['akto', 'atlas', 'opco-ep'];

const App = {
  setup() {
    const lang = ref('fr');
    const opco = ref('akto');
    const found = ref(null);

    const select = (label, model, options) =>
      h('label', null, [
        `${label} `,
        h(
          'select',
          { value: model.value, onChange: (event) => (model.value = event.target.value) },
          options.map(([value, text]) => h('option', { value }, text)),
        ),
      ]);

    return () => [
      h('fieldset', null, [
        h('legend', null, lang.value === 'fr' ? "Réglages de l'application" : 'App settings'),
        select(lang.value === 'fr' ? 'Langue' : 'Language', lang, [
          ['fr', 'Français'],
          ['en', 'English'],
        ]),
        ' ',
        select(
          'OPCO',
          opco,
          CHOICES.map((id) => [id, id]),
        ),
      ]),
      // snippet: vue
      h('opco-provider', { lang: lang.value }, [h('opco-finder', { idcc: '1979', onOpcoFound: (event) => (found.value = event.detail) })]),
      h(
        'p',
        { role: 'status', id: 'vue-found' },
        found.value ? `Vue state: ${found.value.opcoId} (IDCC ${found.value.convention?.idcc ?? '?'})` : 'Vue state: —',
      ),
      h('opco-card', { opco: opco.value, lang: lang.value, compact: true }),
      // /snippet
    ];
  },
};

createApp(App).mount('#app');
