import { css } from 'lit';

/**
 * Rules for what the widget adds to the author's form (its light DOM, which the shadow root cannot
 * style): the inline error message before a wrong field (class `clinic-contact-form-error`). Adopted
 * once into the document, or the shadow root the element sits in. `:where()` keeps every rule at
 * zero specificity, so the site's own CSS wins wherever it says something. Colours come from the
 * documented `--clinic-color-danger` token.
 */
export const lightDomStyles = css`
  :where(clinic-contact-form) :where(.clinic-contact-form-error) {
    margin: 0.25em 0;
    color: var(--clinic-color-danger, #b3261e);
    font-weight: 700;
  }
`;
