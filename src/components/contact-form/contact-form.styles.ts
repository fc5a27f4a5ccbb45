import { css } from 'lit';

export const styles = css`
  .error-summary,
  .alert:not([hidden]),
  .success,
  .symptoms {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: var(--clinic-contact-form-border-width, 4px) solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary h2 {
    margin: 0;
    font-size: var(--clinic-contact-form-heading-size, 1.25em);
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 700;
  }
  .success {
    border-color: var(--_success);
  }
  .symptoms {
    border-color: var(--_border);
  }
  [hidden] {
    display: none !important;
  }
`;
