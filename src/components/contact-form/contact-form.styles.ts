import { css } from 'lit';

// The four boxes: the error summary, the failure alert, the success message and the symptoms offer.
export const styles = css`
  .box {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: var(--clinic-contact-form-border-width, 4px) solid var(--_danger);
    border-radius: var(--_radius);
  }
  /* The padding is the space above the text: no paragraph margin on top of it. */
  .box > :first-child {
    margin-block-start: 0;
  }
  .error-summary-title {
    margin: 0;
    font-size: var(--clinic-contact-form-heading-size, 1.25em);
  }
  /* The number to call takes the text's colour (as a branch card's link does): the browser's own link
     blue, which a page's link styles cannot reach in here, would be 1.9:1 on a dark page. */
  .alert-call a {
    color: inherit;
  }
  .error-summary-link {
    color: var(--_danger);
    font-weight: 700;
  }
  .success {
    border-color: var(--_success);
  }
  .symptoms {
    border-color: var(--_border);
  }
  /* The summary and the thank-you are focused to be read, not operated: their own border shows
     where they are, and a focus ring around it would draw a second one. */
  .box[tabindex='-1']:focus {
    outline: none;
  }
  .alert-call {
    margin-block: 0 var(--_space);
  }
`;
