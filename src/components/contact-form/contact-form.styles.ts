import { css } from 'lit';

export const styles = css`
  :host {
    --_danger-width: var(--clinic-contact-form-error-border-width, 5px);
  }
  .error-summary,
  .alert:not([hidden]),
  .success,
  .symptoms {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: var(--_danger-width) solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary h2 {
    margin: 0 0 0.5em;
    font-size: var(--clinic-contact-form-heading-size, 1.25em);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 700;
  }
  .success {
    border-color: var(--_success);
  }
  .symptoms {
    border: 2px solid var(--_border);
    background: var(--_muted);
  }
  .alert p,
  .symptoms p {
    margin: 0 0 0.75em;
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    .error-summary a {
      color: LinkText;
    }
  }
`;
