/**
 * `<clinic-faq>` before its script has run: its part of the optional pre-upgrade stylesheet
 * (`dist/clinic-elements.css`), which the build writes from this module's `preUpgradeStyles`
 * (rollup.config.mjs runs it in Node). No widget imports it, so it is never part of a script. It
 * reserves the space of the bar the script adds above the questions (toggle-all button; with
 * `searchable` also the label, the field and the match count) and gives the questions the look
 * they get after the upgrade, so nothing moves when it arrives. Made from the same values as the
 * widget's own styles (`faq.look.ts`). The script sees `--clinic-faq-styled` and then does not
 * add the item rules a second time. An author's `slot="no-results"` message stays hidden until a
 * search finds nothing.
 */
import { css, unsafeCSS } from 'lit';
import { controlHeight, controlRowGap, controlsMargin, itemRules, narrowWidth, textLineHeight } from './faq.look.js';

/** The bar: the button (or the field beside it). */
const buttonRow = `${controlHeight} + ${controlsMargin}`;
/** With `searchable`: the label above and the match count below, each a line and a gap. */
const searchRows = `2 * ${textLineHeight} + 2 * ${controlRowGap} + ${buttonRow}`;
/**
 * With `searchable` and "open all", narrower than `narrowWidth`: the button's row below the field.
 * The controls decide that with a container query on their own width, the FAQ's; here no element
 * measures it, so a step does: a percentage in a padding is of the width of the box it is in (the
 * FAQ's, for its `::before`), and clamp() turns "how much narrower" into the row or nothing.
 */
const narrowRow = `${controlHeight} + ${controlRowGap}`;

const rules = `
clinic-faq:not(:defined) {
  display: block;
  padding-block-start: calc(${buttonRow});
}
clinic-faq[searchable]:not(:defined) {
  padding-block-start: calc(${searchRows});
}
clinic-faq[single]:not([searchable]):not(:defined) {
  padding-block-start: 0;
}
clinic-faq[searchable]:not([single]):not(:defined)::before {
  content: '';
  display: block;
  padding-block-start: clamp(0px, (${narrowWidth} - 100%) * 10000, ${narrowRow});
}
clinic-faq:not(:defined) > [slot='no-results'] {
  display: none;
}
clinic-faq {
  --clinic-faq-styled: 1;
}
`;

/** The FAQ's pre-upgrade rules: the space for the controls, then the items' own look. */
export const preUpgradeStyles = css`${unsafeCSS(rules)}${itemRules}`;
