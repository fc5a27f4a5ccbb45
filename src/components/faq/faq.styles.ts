import { css } from 'lit';

/** The widget's own controls (in its shadow root). */
export const styles = css`
  div {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.25rem 0.5rem;
    align-items: end;
    justify-items: start;
    margin-block-end: var(--_space);
  }
  /* The toggle-all button and the search field: 2.75rem high (a 44px target), more for big text. */
  .button,
  .input {
    height: max(2.75rem, 2.2em + 4px);
    padding-block: 0;
    line-height: 1.2;
    white-space: nowrap;
  }
  label,
  p {
    grid-column: 1 / -1;
    max-width: 100%;
    height: 1.5em;
    margin: 0;
    overflow: hidden;
    line-height: 1.5;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  label {
    font-weight: 600;
  }
`;

/**
 * Styles for the author's `<details>` items, which stay in the light DOM: adopted once by the
 * document (or the shadow root the FAQ sits in). Every selector is wrapped in `:where()` so it
 * weighs nothing: the page's own `details` and `summary` rules win. The same rules are in
 * `faq.pre-upgrade.css` (built into the pre-upgrade stylesheet; a test keeps them equal), and when that stylesheet is on the page (it sets `--clinic-faq-styled`) these are not added again.
 */
export const itemStyles = css`
  :where(clinic-faq:not([hidden])) {
    display: block;
  }
  :where(clinic-faq > details) {
    border-block-end: var(--clinic-faq-divider, 1px solid var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent)));
  }
  :where(clinic-faq > details[hidden]) {
    display: none !important;
  }
  :where(clinic-faq > details > summary) {
    padding-block: var(--clinic-faq-question-padding, 0.75em);
    font-weight: var(--clinic-faq-question-weight, 600);
  }
  :where(clinic-faq > details > summary):focus-visible {
    outline: 3px solid var(--clinic-color-focus, currentColor);
    outline-offset: 2px;
  }
`;
