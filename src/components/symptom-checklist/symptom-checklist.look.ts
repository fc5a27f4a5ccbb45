/**
 * The look of `<clinic-symptom-checklist>` that the author's own list items get, written once for
 * the places that draw it: the inline styles of the labels and checkboxes the widget puts in the
 * items, the rules for the items themselves (`symptom-checklist.styles.ts` adopts them into the
 * page), and the optional pre-upgrade stylesheet (`symptom-checklist.pre-upgrade.styles.ts`), which
 * gives the items the same rows before the script runs, so nothing moves when it does.
 *
 * Plain strings without imports, so the build can read this module as it is. Colours come from the
 * documented `--clinic-*` tokens (with the same fallbacks as `tokens.styles.ts`), never from an
 * internal variable: the items are the author's light DOM.
 */

/** Where the checkbox starts, measured back from the item's text: the list's bullet indent. */
const indent = 'var(--clinic-checklist-indent, 1.6em)';

/** The checkbox's width and height: as big as the text (1.1 times its font size). */
const checkboxSize = '1.1em';

/**
 * The space above and below each item's text that makes a row at least 24 px tall, a tap target
 * WCAG 2.5.8 accepts, with the text in the middle. Nothing on a page whose lines are that tall
 * already (16 px text at line-height 1.5).
 */
const rowPadding = 'max(0px, (24px - 1lh) / 2)';

/**
 * Rules for the author's items, before and after the upgrade alike (so the upgrade moves nothing):
 * each row of a list of complaints or warning signs at least 24 px tall. Selectors that end in a
 * type (`li`), so the browser tests them only on list items.
 */
export const itemRules = `
clinic-symptom-checklist > ul > li,
clinic-symptom-checklist > ol > li {
  padding-block: ${rowPadding};
}
`;

/**
 * Inline style of the label the widget wraps around each item's own nodes: the whole row is the
 * tap target. It spans the row, from where the checkbox starts to the row's end, and covers the
 * row's padding (its negative margins give the space back, so the text stays where it was). It
 * takes the item's font, whatever the page's rules for `label` say.
 */
export const labelStyle = [
  'display: block',
  `margin: calc(-1 * ${rowPadding}) 0 calc(-1 * ${rowPadding}) calc(-1 * ${indent})`,
  `padding: ${rowPadding} 0 ${rowPadding} ${indent}`,
  'font: inherit',
  'cursor: pointer',
].join('; ');

/**
 * Inline style of each checkbox, as big as the text (a control's font is smaller by default): it
 * sits in the list's indent where the bullet was (net width 0), and its negative block margins keep
 * the line as tall as before, so nothing moves on upgrade.
 */
export const checkboxStyle = [
  'font-size: inherit',
  `width: ${checkboxSize}`,
  `height: ${checkboxSize}`,
  'margin-block: -1em',
  `margin-inline: calc(-1 * ${indent}) calc(${indent} - ${checkboxSize})`,
  'vertical-align: middle',
  'accent-color: var(--clinic-checklist-check-color, var(--clinic-color-accent, currentColor))',
].join('; ');
