/**
 * The look of `<clinic-faq>` that two places draw, written once: the widget's own styles
 * (`faq.styles.ts`) and its part of the optional pre-upgrade stylesheet (`faq.pre-upgrade.ts`),
 * which reserves the controls' space and gives the questions their look before the script runs.
 * The measures are plain strings (single values, which the build's CSS minifier cannot read on their
 * own); the item rules are whole rules in a `css` template, which the build minifies in the script.
 */
import { css } from 'lit';

/** The toggle-all button and the search field: 2.75rem high (a 44px target), more for big text. */
export const controlHeight = 'max(2.75rem, 2.2em + 4px)';

/** The search label and the match count: one line each, this high. */
export const textLineHeight = '1.5em';

/** The space between the rows of the controls (label, field and button, match count). */
export const controlRowGap = '0.25rem';

/** The space between the controls and the first question. */
export const controlsMargin = 'var(--clinic-space, 1rem)';

/**
 * Narrower than this, the search field takes the whole width and "open all" goes on a row of its
 * own below it: beside the button the field would be under ~200 px. Em of the FAQ's text.
 */
export const narrowWidth = '22em';

/**
 * The controls below `narrowWidth`: the field takes the whole width, "open all" the row below it
 * (the pre-upgrade rules reserve that row). The width is written out, 22em, as the build's CSS
 * minifier cannot read a value put into an at-rule's condition.
 */
export const narrowControlRules = css`
@container (width < 22em) {
  .input,
  .button {
    grid-column: 1 / -1;
  }
}
`;

/**
 * Styles for the author's `<details>` items, which stay in the light DOM. Every selector is wrapped
 * in `:where()` so it weighs nothing: the page's own `details` and `summary` rules win.
 */
export const itemRules = css`
:where(clinic-faq:not([hidden])) {
  display: block;
}
:where(clinic-faq > details) {
  border-block-end: var(--clinic-faq-divider, 1px solid var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent)));
}
:where(clinic-faq > details[hidden]) {
  display: none !important;
}
:where(clinic-faq > [slot='no-results'][hidden]) {
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
