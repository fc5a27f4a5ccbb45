import { css } from 'lit';

/*
 * Every rule of <clinic-symptom-checklist>, in one place: the shadow styles, the inline style of
 * the checkboxes it puts in the author's items, and the pre-upgrade rules, which the build writes
 * into the optional pre-upgrade stylesheet (dist/clinic-elements.css) from `preUpgradeStyles`.
 */

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

/**
 * The optional pre-upgrade rules (built into dist/clinic-elements.css, which a page puts in its
 * `<head>`). Before the script runs, the lists already sit where the checkboxes will put them (each
 * checkbox takes the bullet's place in the indent, so no text moves). What the upgrade removes is
 * the three messages (slot="match", "no-match", "red-flag"): they only show once something is
 * ticked. Hide them beforehand, so the content after the checklist does not move up, but only when
 * scripting is on: without JavaScript they stay readable as plain text. (An unclosed list puts them
 * in its last item; the script gives them back to the element.)
 * test/components/symptom-checklist/symptom-checklist-upgrade.test.ts checks that nothing moves.
 */
export const preUpgradeStyles = css`
  clinic-symptom-checklist:not(:defined) {
    display: block;
  }
  @media (scripting: enabled) {
    clinic-symptom-checklist:not(:defined) > :is([slot='match'], [slot='no-match'], [slot='red-flag']),
    clinic-symptom-checklist:not(:defined) li > :is([slot='match'], [slot='no-match'], [slot='red-flag']) {
      display: none;
    }
  }
`;
