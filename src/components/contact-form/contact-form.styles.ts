import { css } from 'lit';

// The four boxes: the error summary, the failure alert, the success message and the symptoms offer.
export const styles = css`
  .box {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: var(--clinic-contact-form-border-width, 4px) solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary-title {
    margin: 0;
    font-size: var(--clinic-contact-form-heading-size, 1.25em);
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
`;
