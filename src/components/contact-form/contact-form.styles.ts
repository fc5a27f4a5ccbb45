import { css } from 'lit';

// The four boxes (error summary, alert, success, symptoms offer) are the shadow root's only divs.
export const styles = css`
  div {
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
`;
