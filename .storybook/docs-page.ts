// The Docs page of every widget, for designers and editors: what it is, ONE canonical example
// with its controls, links to the other examples (instead of rendering them all inline), and
// the --opco-* custom properties with their default values and colour swatches.
import { Fragment, createElement as h, useContext, type ReactElement } from 'react';
import { Controls, Description, DocsContext, Heading, Primary, Title } from '@storybook/addon-docs/blocks';
import { TOKEN_DOCS, type TokenDoc } from '../src/platform/base.styles.js';

const swatch = (value: string): ReactElement | null =>
  value.startsWith('#')
    ? h('span', {
        'aria-hidden': true,
        style: {
          display: 'inline-block',
          width: '1.1em',
          height: '1.1em',
          marginInlineEnd: '0.4em',
          verticalAlign: '-0.2em',
          border: '1px solid #6b7785',
          borderRadius: '3px',
          background: value,
        },
      })
    : null;

const value = (v: string | undefined): ReactElement =>
  v === undefined ? h('span', { style: { color: '#4f5b66' } }, 'identique') : h(Fragment, null, swatch(v), h('code', null, v));

/** The custom properties: name, what it changes, light and dark defaults with swatches. */
export function TokensTable(): ReactElement {
  return h(
    Fragment,
    null,
    h(Heading, null, 'Propriétés CSS personnalisées (--opco-*)'),
    h(
      'p',
      null,
      'À définir dans la feuille de style du site (elles traversent le shadow DOM), par exemple ',
      h('code', null, 'opco-card { --opco-color-accent: #6a1b9a; }'),
      '. Sans valeur, chaque couleur reprend la variable du DSFR quand la page la définit, sinon la valeur ci-dessous. ' +
        'Le configurateur vérifie le contraste des couleurs choisies dans les deux thèmes.',
    ),
    h(
      'table',
      { className: 'opco-tokens' },
      h('thead', null, h('tr', null, h('th', null, 'Propriété'), h('th', null, 'Rôle'), h('th', null, 'Thème clair'), h('th', null, 'Thème sombre'))),
      h(
        'tbody',
        null,
        TOKEN_DOCS.map((t: TokenDoc) =>
          h('tr', { key: t.name }, h('td', null, h('code', null, t.name)), h('td', null, t.fr), h('td', null, value(t.light)), h('td', null, value(t.dark))),
        ),
      ),
    ),
  );
}

/** Links to the widget's other stories, each on its own page (with its description, when it has one). */
function OtherStories(): ReactElement | null {
  const context = useContext(DocsContext);
  const [, ...others] = context.componentStories();
  if (others.length === 0) return null;
  return h(
    Fragment,
    null,
    h(Heading, null, 'Autres exemples'),
    h(
      'ul',
      null,
      others.map((story) => {
        const about = (story.parameters?.docs as { description?: { story?: string } } | undefined)?.description?.story;
        // the Docs page is inside Storybook's frame: the link opens the story in the whole window
        return h(
          'li',
          { key: story.id },
          h('a', { href: `./?path=/story/${story.id}`, target: '_top' }, story.name),
          about ? ` — ${about.replace(/`/g, '')}` : null,
        );
      }),
    ),
  );
}

export function DocsPage(): ReactElement {
  return h(Fragment, null, h(Title), h(Description), h(Primary), h(Controls), h(OtherStories), h(TokensTable));
}
