import { unsafeCSS, type CSSResult } from 'lit';
import { pickerStyles } from './location-picker.styles.js';
import { locationStyles } from './location.styles.js';

/**
 * `<clinic-location-picker>` before its script has run: its part of the optional pre-upgrade stylesheet
 * (dist/clinic-elements.css), which the build writes from this module's `preUpgradeStyles`
 * (rollup.config.mjs runs it in Node; no widget imports it, so it is never part of a script):
 * the space and shape of the upgraded picker, from the measures its shadow styles are written with
 * (location-picker.styles.ts, location.styles.ts), read from their rules, so the two cannot drift
 * apart. Reserves the label and the search field (and the "Gebruik mijn locatie" button with
 * `geolocation`) above the cards, and draws each branch as the card it becomes, with its label as the title and no margin of its own HTML at the card's edges. Those margin rules
 * weigh nothing (`:where`), so a page's own rules for its paragraphs win before and after the upgrade
 * alike (as they win over the shadow root's `::slotted` rules). Checked to the pixel at 1280 and
 * 320 px wide (test/components/location-picker/upgrade.test.ts).
 */

/**
 * The value of `property` in the rule for `selector` in one of the picker's shadow stylesheets, read
 * from its source text (this module runs in Node when the build writes the stylesheet, and in the
 * tests, never minified). A rule or a declaration that is not there stops the build, rather than let
 * these rules drift from the widget's.
 */
function valueOf(styles: CSSResult, selector: string, property: string): string {
  const escapedSelector = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`(^|[\\s}])${escapedSelector} \\{([^}]*)\\}`).exec(styles.cssText);
  const declaration = rule === null ? null : new RegExp(`(^|[\\s;])${property}:\\s*([^;]+);`).exec(rule[2]);
  if (declaration === null) throw new Error(`location-picker.pre-upgrade.styles.ts: the picker's styles have no ${property} in a rule for ${selector}.`);
  return declaration[2].trim();
}

/** The line height of every line of text the picker draws (label, search label, status, card title). */
const lineHeight = valueOf(pickerStyles, '#label', 'line-height');
/** The weight of the group's label and of each card's title. */
const titleWeight = valueOf(pickerStyles, '#label', 'font-weight');
/** The space between the picker's parts (label, search, status, cards). */
const partGap = valueOf(pickerStyles, "[part='base']", 'gap');
/** The space between the search field's label and the field. */
const searchLabelGap = valueOf(pickerStyles, "[part='search']", 'gap');
/** The height of the search field and of the geolocation button. */
const controlHeight = valueOf(pickerStyles, '.input', 'height');
/** The space between the cards (the `--clinic-location-gap` token). */
const cardGap = valueOf(pickerStyles, '::slotted(clinic-location)', 'margin-block-end');
/** The space inside a card, the same on every side, around its title and the branch's own HTML. */
const cardPadding = valueOf(locationStyles, '.card', 'padding');
/** The width of the card's border: the first word of its `border` (its colour is the `--clinic-location-border-color` token). */
const cardBorderWidth = valueOf(locationStyles, '.card', 'border').split(' ')[0];
/** The round radio indicator's size, and the space between it and the branch's name. */
const indicatorSize = valueOf(locationStyles, '.indicator', 'width');
const indicatorGap = valueOf(locationStyles, '.name', 'gap');

/**
 * The group's label and the search field with its label, each with the gap after it. (The status
 * line takes no space until there is something to say, after the visitor typed or pressed a button.)
 */
const spaceAboveCards = `calc(2 * ${lineHeight}em + ${searchLabelGap} + ${controlHeight} + 2 * ${partGap})`;

/** The same, with the geolocation button and its gap. */
const spaceAboveCardsWithButton = `calc(2 * ${lineHeight}em + ${searchLabelGap} + 2 * ${controlHeight} + 3 * ${partGap})`;

/** The card's border colour, from the documented tokens (the light DOM never gets an internal variable). */
const cardBorderColor = 'var(--clinic-location-border-color, var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent)))';

const rules = `
clinic-location-picker:not(:defined) {
  display: flow-root;
  padding-top: ${spaceAboveCards};
}
clinic-location-picker[geolocation]:not(:defined) {
  padding-top: ${spaceAboveCardsWithButton};
}
clinic-location-picker:not(:defined) > clinic-location {
  display: block;
  margin: 0 0 ${cardGap};
  padding: ${cardPadding};
  border: ${cardBorderWidth} solid ${cardBorderColor};
  border-radius: var(--clinic-radius, 0.5rem);
}
clinic-location-picker:not(:defined) > clinic-location[href] {
  padding-bottom: calc(${cardPadding} + ${lineHeight}em);
}
:where(clinic-location-picker:not(:defined) > clinic-location > :first-child) {
  margin-top: 0;
}
:where(clinic-location-picker:not(:defined) > clinic-location > :last-child) {
  margin-bottom: 0;
}
clinic-location-picker:not(:defined) > clinic-location::before {
  content: attr(label);
  display: block;
  padding-inline-start: calc(${indicatorSize} + ${indicatorGap});
  font-weight: ${titleWeight};
  line-height: ${lineHeight};
}
`;

/** The picker's pre-upgrade rules: the build writes them into dist/clinic-elements.css. */
export const preUpgradeStyles = unsafeCSS(rules);
