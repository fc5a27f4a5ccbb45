/**
 * The look of `<clinic-phase-table>`, written once as CSS rules, for the places that draw it:
 * - `phase-table.styles.ts`: the shadow root's steps (`stepRules`) and the rules for the author's
 *   table (`tableRules`), which the widget adopts into the page;
 * - `phase-table.pre-upgrade.styles.ts`: the optional pre-upgrade stylesheet, which gives the
 *   author's table the same shape before the script runs, so nothing moves when it does. It takes
 *   `tableRules` as they are, and the declarations of these rules under its own selectors.
 *
 * Whole rules in `css` templates, which the build minifies in the script. Its CSS minifier reads
 * whole rules only (and may reorder the declarations of a rule), so the values are written out in
 * each rule rather than put together from strings. Colours come from the documented `--clinic-*`
 * tokens (the same fallbacks as `tokens.styles.ts`), never from an internal variable: the author's
 * table is light DOM, and gets only documented tokens; the steps use the same ones.
 * - the current phase's colour (its label, the bar beside it):
 *   `var(--clinic-phase-current-color, var(--clinic-color-accent, currentColor))`;
 * - its background, a tint of that colour so it reads as a highlight:
 *   `var(--clinic-phase-current-background, color-mix(in srgb, <the current colour> 12%, transparent))`;
 * - the lines between rows and beside each step:
 *   `var(--clinic-phase-line-color, var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent)))`;
 * - the line beside a step is 4px wide, beside the current one 8px (thicker: not colour alone).
 */
import { css } from 'lit';

/**
 * The steps, in the widget's shadow root, found by part. The caption and the current phase's label
 * look like the table's own (`tableRules`: its caption, and the label before the current phase's name).
 */
export const stepRules = css`
  [part='caption'] {
    margin: 0 0 0.5em;
    padding: 0;
    font-weight: 700;
    text-align: start;
  }
  /* One step: a line at its start side, the phase's content beside it. */
  [part~='step'] {
    margin: 0 0 var(--clinic-phase-gap, calc(var(--clinic-space, 1rem) / 2));
    padding: 0.5em 0.75em 0.5em 1em;
    border: 0;
    border-inline-start: 4px solid var(--clinic-phase-line-color, var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent)));
  }
  /*
   * The current step: a thicker line in the current colour and a tinted background. The extra line
   * width (8px instead of 4px) comes off the padding, so the text does not move when the current phase changes.
   */
  [part~='current-step'] {
    padding-inline-start: calc(1em - 8px + 4px);
    border-inline-start: 8px solid var(--clinic-phase-current-color, var(--clinic-color-accent, currentColor));
    background: var(--clinic-phase-current-background, color-mix(in srgb, var(--clinic-phase-current-color, var(--clinic-color-accent, currentColor)) 12%, transparent));
  }
  /* "Current phase": a line of its own above the phase name, in the current colour. */
  [part='current-label'] {
    display: block;
    margin: 0 0 0.25em;
    padding: 0;
    border: 0;
    color: var(--clinic-phase-current-color, var(--clinic-color-accent, currentColor));
    font-size: 0.8em;
    font-weight: 700;
    line-height: 1.5;
  }
  [part='step-name'] {
    margin: 0;
    font-weight: 700;
  }
  /* One other column of a phase. */
  [part='step-detail'] {
    margin: 0.25em 0 0;
  }
  /* The column's header text above a step detail (shown when a phase has several details). */
  [part='step-label'] {
    display: block;
    font-size: 0.85em;
    font-weight: 700;
  }
`;

/**
 * Rules for the author's own table (light DOM), for the widget to adopt and for the pre-upgrade
 * stylesheet: the designed default table (full width, rows separated by lines, text aligned to the
 * start), and the current phase's row. Every selector is wrapped in `:where()`, so it weighs nothing
 * and the page's own table rules win. The current row is a highlight (tinted background, a bar
 * beside its name drawn as a shadow) drawn without borders, so marking a row never moves the table.
 * Its label comes from the name cell's `data-clinic-current` attribute and is left out of the
 * accessibility tree (the row's `aria-current="step"` says it) by the empty alternative text:
 * browsers without that syntax (Safari before 17.4, Firefox before 128) show the highlight but no
 * label. In forced colours backgrounds and shadows are gone: an outline marks the row (the label stays).
 */
export const tableRules = css`
  :where(clinic-phase-table table) {
    width: 100%;
    border-collapse: collapse;
  }
  :where(clinic-phase-table caption) {
    margin: 0 0 0.5em;
    padding: 0;
    font-weight: 700;
    text-align: start;
  }
  :where(clinic-phase-table th),
  :where(clinic-phase-table td) {
    padding: 0.5em 0.75em;
    border-block-end: 1px solid var(--clinic-phase-line-color, var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent)));
    text-align: start;
    vertical-align: top;
  }
  :where(clinic-phase-table thead th) {
    border-block-end-width: 2px;
    vertical-align: bottom;
  }
  :where(clinic-phase-table tr[aria-current]) {
    background: var(--clinic-phase-current-background, color-mix(in srgb, var(--clinic-phase-current-color, var(--clinic-color-accent, currentColor)) 12%, transparent));
  }
  :where(clinic-phase-table tr[aria-current] > [data-clinic-current]) {
    box-shadow: inset 8px 0 0 var(--clinic-phase-current-color, var(--clinic-color-accent, currentColor));
  }
  :where(clinic-phase-table [data-clinic-current])::before {
    content: attr(data-clinic-current) / '';
    display: block;
    margin: 0 0 0.25em;
    padding: 0;
    border: 0;
    color: var(--clinic-phase-current-color, var(--clinic-color-accent, currentColor));
    font-size: 0.8em;
    font-weight: 700;
    line-height: 1.5;
  }
  @media (forced-colors: active) {
    :where(clinic-phase-table tr[aria-current]) {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
  }
`;
