/**
 * The look of `<clinic-symptom-checklist>` that the author's own list items get, written once for
 * the places that draw it: the inline styles of the labels and checkboxes the widget puts in the
 * items, the rules for the items themselves (`symptom-checklist.styles.ts` adopts them into the
 * page), and the optional pre-upgrade stylesheet (`symptom-checklist.pre-upgrade.styles.ts`), which
 * gives the items the same rows before the script runs, so nothing moves when it does.
 *
 * The item rules are whole rules in a `css` template, which the build minifies in the script. The
 * inline styles are static strings (the build's CSS minifier reads whole rules only, so it cannot
 * read declarations on their own), with every value written out rather than put together at run
 * time. Colours come from the documented `--clinic-*` tokens (with the same fallbacks as
 * `tokens.styles.ts`), never from an internal variable: the items are the author's light DOM.
 * The measures the three share:
 * - where the checkbox starts, measured back from the item's text (the list's bullet indent):
 *   `var(--clinic-checklist-indent, 1.6em)`;
 * - the checkbox's width and height, as big as the text (1.1 times its font size): `1.1em`;
 * - the space above and below each item's text that makes a row at least 24 px tall, a tap target
 *   WCAG 2.5.8 accepts, with the text in the middle: `max(0px, (24px - 1lh) / 2)`. Nothing on a
 *   page whose lines are that tall already (16 px text at line-height 1.5).
 */
import { css } from 'lit';

/**
 * Rules for the author's items, before and after the upgrade alike (so the upgrade moves nothing):
 * a word too long for the line (a Dutch compound such as "Waarschuwingssignalen", or
 * "draaien/achteroverbuigen", at 320 px with WCAG 1.4.12 text spacing) breaks instead of making
 * the page scroll sideways, in the author's headings, items and messages and, inherited, in the
 * widget's own texts; and each row of a list of complaints or warning signs is at least 24 px tall.
 * Selectors that end in a type (the element, `li`), so the browser tests them only on those.
 */
export const itemRules = css`
clinic-symptom-checklist {
  overflow-wrap: anywhere;
}
clinic-symptom-checklist > ul > li,
clinic-symptom-checklist > ol > li {
  padding-block: max(0px, (24px - 1lh) / 2);
}
`;

/**
 * Inline style of the label the widget wraps around each item's own nodes: the whole row is the
 * tap target. It spans the row, from where the checkbox starts to the row's end, and covers the
 * row's padding (its negative margins give the space back, so the text stays where it was). It
 * takes the item's font, whatever the page's rules for `label` say.
 */
export const labelStyle =
  'display: block; ' +
  'margin: calc(-1 * max(0px, (24px - 1lh) / 2)) 0 calc(-1 * max(0px, (24px - 1lh) / 2)) calc(-1 * var(--clinic-checklist-indent, 1.6em)); ' +
  'padding: max(0px, (24px - 1lh) / 2) 0 max(0px, (24px - 1lh) / 2) var(--clinic-checklist-indent, 1.6em); ' +
  'font: inherit; ' +
  'cursor: pointer';

/**
 * Inline style of each checkbox, as big as the text (a control's font is smaller by default): it
 * sits in the list's indent where the bullet was (net width 0), and its negative block margins keep
 * the line as tall as before, so nothing moves on upgrade.
 */
export const checkboxStyle =
  'font-size: inherit; ' +
  'width: 1.1em; ' +
  'height: 1.1em; ' +
  'margin-block: -1em; ' +
  'margin-inline: calc(-1 * var(--clinic-checklist-indent, 1.6em)) calc(var(--clinic-checklist-indent, 1.6em) - 1.1em); ' +
  'vertical-align: middle; ' +
  'accent-color: var(--clinic-checklist-check-color, var(--clinic-color-accent, currentColor))';
