import { css } from 'lit';
import { defaultDangerColor } from '../../internal/tokens.styles.js';

/**
 * Rules for the author's form (its light DOM, which the shadow root cannot style), so a wrong field
 * is plain to see without any site CSS, and not by colour alone: the field gets a thick start border,
 * and its message before it (class `clinic-contact-form-error`) a warning sign, bold text and the same
 * border. Adopted once into the document, or the shadow root the element sits in. The selectors weigh
 * as little as they can: the message's nothing, a field's no more than its tag name, so a site's own
 * rules for `[aria-invalid="true"]` or `.clinic-contact-form-error` win (and a bare `input` rule does
 * not take the mark away). Colours come from the documented `--clinic-color-danger` token; under
 * forced colours the borders take the system's colours and stay as thick.
 */
export const lightDomStyles = css`
  :where(clinic-contact-form .clinic-contact-form-error) {
    margin: 0.25em 0;
    padding-inline-start: 0.5em;
    border-inline-start: var(--clinic-contact-form-invalid-border-width, 5px) solid var(--clinic-color-danger, ${defaultDangerColor});
    color: var(--clinic-color-danger, ${defaultDangerColor});
    font-weight: 700;
  }
  /* A warning sign, left out of what a screen reader reads (the field is already called invalid). */
  :where(clinic-contact-form .clinic-contact-form-error)::before {
    content: '\\26A0\\FE0E\\00A0' / '';
  }
  :where(clinic-contact-form) :is(input, select, textarea):where([aria-invalid='true']) {
    border: 2px solid var(--clinic-color-danger, ${defaultDangerColor});
    border-inline-start-width: var(--clinic-contact-form-invalid-border-width, 5px);
  }
  /* Checkboxes and radios draw no border of their own: a ring around them instead. */
  :where(clinic-contact-form) input:where([type='checkbox'], [type='radio']):where([aria-invalid='true']) {
    outline: 3px solid var(--clinic-color-danger, ${defaultDangerColor});
    outline-offset: 2px;
  }
`;
