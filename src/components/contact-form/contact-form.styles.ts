import { css } from 'lit';

export const styles = css`
  [part='error-summary'],
  [part='alert']:not([hidden]),
  [part='success'],
  [part='symptoms'] {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: var(--clinic-contact-form-border-width, 4px) solid var(--_danger);
    border-radius: var(--_radius);
  }
  h2 {
    margin: 0;
    font-size: var(--clinic-contact-form-heading-size, 1.25em);
  }
  a {
    color: var(--_danger);
    font-weight: 700;
  }
  [part='success'] {
    border-color: var(--_success);
  }
  [part='symptoms'] {
    border-color: var(--_border);
  }
  [hidden] {
    display: none !important;
  }
`;
