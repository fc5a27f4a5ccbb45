/**
 * The look of `<clinic-phase-table>`, written once as CSS declarations, for the three places that
 * draw it:
 * - `phase-table.styles.ts`: the shadow root's steps and the rules for the author's table;
 * - `phase-table.pre-upgrade.ts`: the optional pre-upgrade stylesheet, which gives the author's
 *   table the same shape before the script runs, so nothing moves when it does.
 *
 * Plain strings without imports, so the build can read this module as it is. Colours come from the
 * documented `--clinic-*` tokens (the same fallbacks as `tokens.styles.ts`), never from an internal
 * variable: the author's table is light DOM, and gets only documented tokens.
 */

/** The current phase's colour: its label, and the bar beside it. */
export const currentColor = 'var(--clinic-phase-current-color, var(--clinic-color-accent, currentColor))';

/** The current phase's background: a tint of its colour, so it reads as a highlight. */
export const currentBackground = `var(--clinic-phase-current-background, color-mix(in srgb, ${currentColor} 12%, transparent))`;

/** The lines between rows and beside each step. */
export const lineColor = 'var(--clinic-phase-line-color, var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent)))';

/** The space between steps. */
export const stepGap = 'var(--clinic-phase-gap, calc(var(--clinic-space, 1rem) / 2))';

/** The width of the line beside a step, and beside the current one (thicker: not colour alone). */
const stepLineWidth = '4px';
const currentStepLineWidth = '8px';

/** Declarations of each element of the steps layout, and of the author's table in table layout. */
export const look = {
  /** The caption above the steps (and the table's own caption). */
  caption: 'margin: 0 0 0.5em; padding: 0; font-weight: 700; text-align: start;',
  /** One step: a line at its start side, the phase's content beside it. */
  step: `margin: 0 0 ${stepGap}; padding: 0.5em 0.75em 0.5em 1em; border: 0; border-inline-start: ${stepLineWidth} solid ${lineColor};`,
  /**
   * The current step: a thicker line in the current colour and a tinted background. The extra
   * line width comes off the padding, so the text does not move when the current phase changes.
   */
  currentStep: [
    `padding-inline-start: calc(1em - ${currentStepLineWidth} + ${stepLineWidth});`,
    `border-inline-start: ${currentStepLineWidth} solid ${currentColor};`,
    `background: ${currentBackground};`,
  ].join(' '),
  /** "Current phase": a line of its own above the phase name, in the current colour. */
  currentLabel: `display: block; margin: 0 0 0.25em; padding: 0; border: 0; color: ${currentColor}; font-size: 0.8em; font-weight: 700; line-height: 1.5;`,
  /** The phase name in steps. */
  stepName: 'margin: 0; font-weight: 700;',
  /** One other column of a phase in steps. */
  stepDetail: 'margin: 0.25em 0 0;',
  /** The column's header text above a step detail (shown when a phase has several details). */
  stepLabel: 'display: block; font-size: 0.85em; font-weight: 700;',
  /** The author's table in table layout: full width, rows separated by lines, text aligned to the start. */
  table: 'width: 100%; border-collapse: collapse;',
  cell: `padding: 0.5em 0.75em; border-block-end: 1px solid ${lineColor}; text-align: start; vertical-align: top;`,
  headerCell: 'border-block-end-width: 2px; vertical-align: bottom;',
  /** The current phase's row in table layout: the tinted background. */
  currentRow: `background: ${currentBackground};`,
  /** Its name cell: a bar at the start side, drawn as a shadow so the table does not move. */
  currentNameCell: `box-shadow: inset ${currentStepLineWidth} 0 0 ${currentColor};`,
  /** In forced colours backgrounds and shadows are gone: an outline marks the row (the label stays). */
  forcedColorsCurrentRow: 'outline: 2px solid CanvasText; outline-offset: -2px;',
} as const;

/**
 * Rules for the author's own table (light DOM), for the widget to adopt and for the pre-upgrade
 * stylesheet: the designed default table, and the current phase's row. Every selector is wrapped in
 * `:where()`, so it weighs nothing and the page's own table rules win. The current row is a
 * highlight (tinted background, a bar beside its name) drawn without borders, so marking a row
 * never moves the table. Its label comes from the name cell's `data-clinic-current` attribute and
 * is left out of the accessibility tree (the row's `aria-current="step"` says it) by the empty
 * alternative text: browsers without that syntax (Safari before 17.4, Firefox before 128) show the
 * highlight but no label.
 */
export const tableRules = `
:where(clinic-phase-table table) {
  ${look.table}
}
:where(clinic-phase-table caption) {
  ${look.caption}
}
:where(clinic-phase-table th),
:where(clinic-phase-table td) {
  ${look.cell}
}
:where(clinic-phase-table thead th) {
  ${look.headerCell}
}
:where(clinic-phase-table tr[aria-current]) {
  ${look.currentRow}
}
:where(clinic-phase-table tr[aria-current] > [data-clinic-current]) {
  ${look.currentNameCell}
}
:where(clinic-phase-table [data-clinic-current])::before {
  content: attr(data-clinic-current) / '';
  ${look.currentLabel}
}
@media (forced-colors: active) {
  :where(clinic-phase-table tr[aria-current]) {
    ${look.forcedColorsCurrentRow}
  }
}
`;
