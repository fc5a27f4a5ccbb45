import { css } from 'lit';
import { itemRules } from './symptom-checklist.look.js';

/**
 * Shadow styles. The labels and checkboxes live in the author's list items and get inline styles
 * (see `symptom-checklist.look.ts`).
 */
export const styles = css`
  /* The checkbox takes the place of the bullet. */
  [part='group'] ::slotted(*) {
    list-style: none !important;
  }
  /* Shown right after the warning signs (see render), so nothing above it moves when it appears. */
  [part='urgent'] {
    margin-block: var(--_space);
    border: 3px solid var(--clinic-checklist-urgent-color, var(--_danger-fill));
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  /* Long words break (overflow-wrap, from the item rules); where the browser knows the language, at a hyphen. */
  [part='urgent-heading'] {
    padding: 0.5em var(--_space);
    hyphens: auto;
    background: var(--clinic-checklist-urgent-color, var(--_danger-fill));
    color: var(--clinic-checklist-urgent-contrast, #fff);
    font-size: 1.2em;
  }
  /* Black or white, whichever reads better on the urgent colour: a dark theme's light red gets black. */
  @supports (color: contrast-color(red)) {
    [part='urgent-heading'] {
      color: var(--clinic-checklist-urgent-contrast, contrast-color(var(--clinic-checklist-urgent-color, var(--_danger-fill))));
    }
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

/** Rules for the author's list items (their rows), adopted into the page the checklist is in. */
export const itemStyles = itemRules;
