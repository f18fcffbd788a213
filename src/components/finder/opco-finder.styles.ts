import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .finder {
    display: grid;
    gap: var(--_space);
  }
  :host([compact]) .finder {
    gap: calc(var(--_space) / 2);
  }
  .label {
    display: grid;
    font-weight: 600;
  }
  /* the question the widget answers, as its visible title */
  .label__question {
    font-size: var(--_fs-xl);
    font-weight: 700;
    line-height: 1.25;
  }
  /* on a phone the question keeps to one line, and the next step gives its padding to the text */
  @container (max-width: 22rem) {
    .label__question {
      font-size: var(--_fs-lg);
    }
    .next-step {
      padding: var(--_space-s) var(--_space-m);
    }
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  :host([compact]) .hint {
    font-size: var(--_fs-sm);
  }

  /* the field and its popup: the popup is positioned against this box */
  .field {
    position: relative;
    display: flex;
    gap: var(--_space-xs);
  }
  .search {
    flex: none;
  }
  .input {
    display: block;
    flex: 1;
    min-width: 0;
    width: 100%;
    min-height: 2.75rem; /* a 44 px touch target */
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  :host([transparent]) .input {
    background: transparent;
  }
  .input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .input[aria-expanded='true'] {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  /* the popup: the listbox, and a line on the company search at its foot */
  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: 100%;
    background: var(--_opaque);
    border: 1px solid var(--_border);
    border-top: none;
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  }
  .popup[hidden] {
    display: none;
  }
  .listbox {
    margin: 0;
    padding: calc(var(--_space) / 2) 0;
    list-style: none;
    max-height: min(22rem, 60vh);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .group__label {
    display: block;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5) calc(var(--_space) / 4);
    font-size: var(--_fs-sm);
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .group + .group {
    border-top: 1px solid var(--_divider);
    margin-top: calc(var(--_space) / 2);
  }
  .popup__note {
    display: flex;
    gap: var(--_space);
    align-items: center;
    margin: 0;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_divider);
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .option__state--closed {
    color: var(--_danger);
    font-weight: 600;
  }
  .company-status:empty {
    display: none;
  }
  :host([data-theme='dark']) .popup {
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.6);
  }
  .option {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 var(--_space);
    align-items: baseline;
    min-height: 2.75rem;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    cursor: pointer;
    border-inline-start: 4px solid transparent;
  }
  .option:hover {
    background: var(--_raised);
  }
  /* the active option: a colour change plus a bar, so it does not rely on colour alone */
  .option[aria-selected='true'] {
    background: var(--_raised);
    border-inline-start-color: var(--_accent);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .option__title {
    grid-column: 1 / -1;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .option__meta {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .option__opco {
    color: var(--_text);
  }
  .option__replaced {
    font-style: italic;
  }

  /* the answer */
  .answer {
    display: grid;
    gap: var(--_space);
    margin-top: var(--_space-xs);
  }
  .answer__heading {
    margin: 0;
    font-size: var(--_fs-xl);
    line-height: 1.25;
  }
  /* the OPCO's name is the answer: the largest text in the widget */
  .answer__heading--opco {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
  }
  .answer__lead {
    font-size: var(--_fs-sm);
    font-weight: 600;
    color: var(--_muted);
  }
  .answer__name {
    font-size: var(--_fs-xxl);
    line-height: 1.15;
    color: var(--_text);
  }
  .answer__convention {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .answer__idcc {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    color: var(--_muted);
  }
  .answer__cards {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 40rem) {
    .answer__cards {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
  }
  .answer__list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .answer p {
    margin: 0;
  }
  .answer__subtitle {
    font-weight: 600;
  }
  .company {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
    align-items: baseline;
    overflow-wrap: anywhere;
  }
  .company-group {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
  }
  .tag {
    display: inline-block;
    padding: 0 calc(var(--_space) / 2);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_fs-sm);
    color: var(--_danger);
  }
  /* the secondary buttons: retain an OPCO, new search */
  .choose[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* the OPCO's card, folded under the answer: its frame would be a border inside a border */
  .answer__more > summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    padding-block: var(--_space-s);
  }
  .answer__more opco-card::part(base) {
    border: 0;
    padding: var(--_space-xs) 0 0;
    background: transparent;
  }
  .answer__cards opco-card::part(base) {
    padding: var(--_space-m);
  }
  .provenance {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  /* an APE code's candidate conventions (suggestions, each with its evidence) */
  .naf__list {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .naf__candidate {
    display: grid;
    gap: var(--_space-xs);
    justify-items: start;
    padding-block-end: var(--_space-s);
    border-block-end: 1px solid var(--_divider);
    overflow-wrap: anywhere;
  }
  .naf__opco {
    font-size: var(--_fs-lg);
  }
  .naf__why {
    font-size: var(--_fs-sm);
  }
  .answer__activity {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .actions {
    margin-top: var(--_space-xs);
  }
  :host([compact]) .reset {
    min-height: 2.25rem;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
  }
  :host([compact]) .answer__heading {
    font-size: var(--_fs-md);
  }
  .title {
    margin: 0;
  }
  .status {
    margin-block: 0;
  }
  /* issue 11: the optional town/postcode field, and the public employer's block */
  .place {
    margin-block-start: var(--_space);
    max-inline-size: 20rem;
  }
  .public-employer {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline-color: Highlight;
    }
  }
`;
