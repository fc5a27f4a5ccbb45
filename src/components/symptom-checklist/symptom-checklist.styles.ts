import { css } from 'lit';

/** Shadow styles. The checkboxes themselves live in the author's list items and get inline styles (see CHECKBOX_STYLE). */
export const styles = css`  /* The checkbox takes the place of the bullet. */
  [part='group'] ::slotted(*) {
    list-style: none !important;
  }
  [part='urgent'] {
    margin-bottom: var(--_space);
    border: 3px solid var(--clinic-checklist-urgent-color, var(--_danger));
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  [part='urgent-heading'] {
    padding: 0.5em var(--_space);
    background: var(--clinic-checklist-urgent-color, var(--_danger));
    color: var(--clinic-checklist-urgent-contrast, #fff);
    font-size: 1.2em;
  }
  [part='urgent-heading'],
  [part='count'] {
    font-weight: 700;
  }
  .body,
  [part='result'] {
    padding: 0 var(--_space);
  }
  [part='result'] {
    overflow: hidden;
    margin: var(--_space) 0;
    background: var(--clinic-checklist-result-background, var(--_muted));
  }
`;

/**
 * Inline style of each checkbox: it sits in the list's indent where the bullet was (net width 0),
 * and its negative block margins keep the line as tall as before, so nothing moves on upgrade.
 */
export const CHECKBOX_STYLE =
  'width:1.1em;height:1.1em;margin-block:-1em;' +
  'margin-inline:calc(-1*var(--clinic-checklist-indent,1.6em)) calc(var(--clinic-checklist-indent,1.6em) - 1.1em);vertical-align:middle;' +
  'accent-color:var(--clinic-checklist-check-color,var(--_accent))';
