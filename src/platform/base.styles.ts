import { css } from 'lit';

/**
 * Design tokens. Partners theme every widget with `--opco-*` custom properties (they inherit
 * into our shadow roots); each falls back to a DSFR variable when the host page defines one
 * (State sites), then to our own neutral default. Components read only the private `--_*`
 * values, which switch with the `data-theme` the base element sets on the host.
 *
 * @cssprop --opco-font-family - Font (default: inherit the page's font).
 * @cssprop --opco-font-size - Base text size (default: the page's, 1em).
 * @cssprop --opco-font-size-sm - Small text: hints, sources, notes (default: 0.875 × the base size).
 * @cssprop --opco-font-size-md - Body text (default: the base size).
 * @cssprop --opco-font-size-lg - Section titles, key figures (default: 1.125 × the base size).
 * @cssprop --opco-font-size-xl - Widget titles (default: 1.25 × the base size).
 * @cssprop --opco-font-size-xxl - The one answer that matters (the finder's OPCO name; default: 1.75 × the base size).
 * @cssprop --opco-surface - Widget background (default: none, the page's own background shows; dark theme #12171c).
 * @cssprop --opco-color-text - Main text colour.
 * @cssprop --opco-color-text-muted - Secondary text (sources, hints).
 * @cssprop --opco-color-surface - Widget background (older name of --opco-surface).
 * @cssprop --opco-color-surface-raised - Cards, list hover, answers.
 * @cssprop --opco-color-border - Borders of fields and cards (3:1 against the surface).
 * @cssprop --opco-color-accent - Links, selected items, buttons.
 * @cssprop --opco-color-accent-contrast - Text on the accent colour.
 * @cssprop --opco-color-danger - Errors.
 * @cssprop --opco-color-warning - Warnings and things to check.
 * @cssprop --opco-color-success - Confirmed answers.
 * @cssprop --opco-color-focus - Keyboard focus ring.
 * @cssprop --opco-radius - Corner radius.
 * @cssprop --opco-space - Base spacing unit (default 0.5rem).
 */
export const tokens = css`
  :host {
    --_font: var(--opco-font-family, inherit);
    /* the page's size and surface unless a token sets them: the widgets blend into the host */
    --_size: var(--opco-font-size, 1em);
    --_radius: var(--opco-radius, 0.5rem);
    --_space: var(--opco-space, 0.5rem);
    --_text: var(--opco-color-text, var(--text-default-grey, #1d2329));
    --_muted: var(--opco-color-text-muted, var(--text-mention-grey, #4f5b66));
    --_surface: var(--opco-surface, var(--opco-color-surface, var(--background-default-grey, transparent)));
    /* what must hide what lies beneath it (a popup, an icon's glyph): never transparent by default */
    --_opaque: var(--opco-surface, var(--opco-color-surface, var(--background-default-grey, #ffffff)));
    --_raised: var(--opco-color-surface-raised, var(--background-alt-grey, #f3f5f7));
    --_border: var(--opco-color-border, var(--border-plain-grey, #6b7785));
    --_divider: #d5dbe1;
    --_accent: var(--opco-color-accent, #0b6e69);
    --_on-accent: var(--opco-color-accent-contrast, #ffffff);
    --_danger: var(--opco-color-danger, #b3261e);
    --_warning: var(--opco-color-warning, #7a4f00);
    --_success: var(--opco-color-success, #1e6b36);
    --_focus: var(--opco-color-focus, #0a58ca);
    /* one spacing scale, one container and one emphasis for every element */
    --_space-xs: calc(var(--_space) / 2);
    --_space-s: var(--_space);
    --_space-m: calc(var(--_space) * 1.5);
    --_space-l: calc(var(--_space) * 2);
    /* the type scale: five text sizes, every font-size of every widget is one of them. They are
       multiples of the host's size in px (--_opco-em is a registered <length>, registerTypeScale()),
       so a small text inside a small text stays small, not smaller */
    --_opco-em: 1em;
    --_fs-sm: var(--opco-font-size-sm, calc(var(--_opco-em) * 0.875));
    --_fs-md: var(--opco-font-size-md, var(--_opco-em));
    --_fs-lg: var(--opco-font-size-lg, calc(var(--_opco-em) * 1.125));
    --_fs-xl: var(--opco-font-size-xl, calc(var(--_opco-em) * 1.25));
    --_fs-xxl: var(--opco-font-size-xxl, calc(var(--_opco-em) * 1.75));
    /* text drawn inside an SVG diagram, in the drawing's units (it scales with the drawing) */
    --_fs-drawing: 13px;
    --_fs-drawing-sm: 11px;
  }
  :host([data-theme='dark']) {
    --_text: var(--opco-color-text, #e8edf2);
    --_muted: var(--opco-color-text-muted, #b1bcc7);
    --_surface: var(--opco-surface, var(--opco-color-surface, #12171c));
    --_opaque: var(--opco-surface, var(--opco-color-surface, #12171c));
    --_raised: var(--opco-color-surface-raised, #1c242c);
    --_border: var(--opco-color-border, #8d99a6);
    --_divider: #34404c;
    --_accent: var(--opco-color-accent, #6fd3ca);
    --_on-accent: var(--opco-color-accent-contrast, #062420);
    --_danger: var(--opco-color-danger, #ffb4ab);
    --_warning: var(--opco-color-warning, #f3c05a);
    --_success: var(--opco-color-success, #86d9a0);
    --_focus: var(--opco-color-focus, #9cc3ff);
    color-scheme: dark;
  }
  :host([transparent]) {
    --_surface: transparent;
  }
`;

/** What every element shares: box, font, hidden, focus ring, visually hidden text. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  /* the container every widget draws around itself (part="base") */
  .frame {
    padding: var(--_space-l);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([compact]) .frame {
    padding: var(--_space-m);
  }
  /* on a phone, the frame gives its room to the text */
  @media (max-width: 26rem) {
    .frame {
      padding: var(--_space-m);
    }
  }
  :host([transparent]) .frame {
    background: transparent;
  }
  /* the widget's title (and the finder's answer headline) */
  .title {
    margin: 0 0 var(--_space-s);
    font-size: var(--_fs-xl);
    font-weight: 700;
    line-height: 1.25;
  }
  /* the one secondary button: outlined in the accent colour, filled on hover */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-height: 2.75rem;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* the one primary action of a widget (the next step, "Rechercher"): filled in the accent colour */
  .button--primary {
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
  }
  .button--primary:hover {
    text-decoration: underline;
  }
  a.button {
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
  /* what this person does next with the OPCO (platform/next-step.ts) */
  .next-step {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_raised);
  }
  .next-step > p {
    margin: 0;
  }
  .next-step__note {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  /* an amount never leaves its sign or its currency on another line */
  .amount {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** One `--opco-*` custom property, as the docs show it to designers (French, with its defaults). */
export interface TokenDoc {
  readonly name: `--opco-${string}`;
  /** What it changes, in French (Storybook is written for French editors and designers). */
  readonly fr: string;
  /** Default in the light theme (the value used when neither the page nor the DSFR set it). */
  readonly light: string;
  /** Default in the dark theme, when it differs. */
  readonly dark?: string;
}

/**
 * The public tokens and their defaults, as written in `tokens` above (a test checks that they
 * agree): the table of custom properties in Storybook reads this list.
 */
export const TOKEN_DOCS: readonly TokenDoc[] = [
  { name: '--opco-font-family', fr: 'Police (par défaut : celle de la page).', light: 'inherit' },
  { name: '--opco-font-size', fr: 'Taille du texte courant (par défaut : celle de la page).', light: '1em' },
  { name: '--opco-font-size-sm', fr: 'Petit texte : aides, sources, notes (par défaut : 0,875 × la taille courante).', light: '0.875' },
  { name: '--opco-font-size-md', fr: 'Texte courant (par défaut : la taille courante).', light: 'var(--_opco-em)' },
  { name: '--opco-font-size-lg', fr: 'Intertitres, chiffres clés (par défaut : 1,125 × la taille courante).', light: '1.125' },
  { name: '--opco-font-size-xl', fr: 'Titre des widgets (par défaut : 1,25 × la taille courante).', light: '1.25' },
  { name: '--opco-font-size-xxl', fr: 'La réponse qui compte : le nom de l’OPCO trouvé (par défaut : 1,75 × la taille courante).', light: '1.75' },
  {
    name: '--opco-surface',
    fr: 'Fond des widgets (par défaut : aucun, le fond de la page se voit ; thème sombre : #12171c).',
    light: 'transparent',
    dark: '#12171c',
  },
  { name: '--opco-color-text', fr: 'Texte principal.', light: '#1d2329', dark: '#e8edf2' },
  { name: '--opco-color-text-muted', fr: 'Texte secondaire (sources, aides).', light: '#4f5b66', dark: '#b1bcc7' },
  { name: '--opco-color-surface', fr: 'Ancien nom de --opco-surface.', light: 'transparent', dark: '#12171c' },
  { name: '--opco-color-surface-raised', fr: 'Fond des lignes survolées, de la ligne choisie, des suggestions actives.', light: '#f3f5f7', dark: '#1c242c' },
  { name: '--opco-color-border', fr: 'Bordure des champs (contraste 3:1 avec le fond).', light: '#6b7785', dark: '#8d99a6' },
  { name: '--opco-color-accent', fr: 'Liens, boutons, élément choisi.', light: '#0b6e69', dark: '#6fd3ca' },
  { name: '--opco-color-accent-contrast', fr: 'Texte posé sur la couleur d’accent (bouton survolé).', light: '#ffffff', dark: '#062420' },
  { name: '--opco-color-danger', fr: 'Erreurs.', light: '#b3261e', dark: '#ffb4ab' },
  { name: '--opco-color-warning', fr: 'Avertissements, points à vérifier.', light: '#7a4f00', dark: '#f3c05a' },
  { name: '--opco-color-success', fr: 'Réponses confirmées.', light: '#1e6b36', dark: '#86d9a0' },
  { name: '--opco-color-focus', fr: 'Anneau de focus du clavier.', light: '#0a58ca', dark: '#9cc3ff' },
  { name: '--opco-radius', fr: 'Arrondi des angles (conteneur, champs ; les boutons en prennent la moitié).', light: '0.5rem' },
  { name: '--opco-space', fr: 'Unité d’espacement ; l’échelle en dérive (½, 1, 1½, 2 fois).', light: '0.5rem' },
];
