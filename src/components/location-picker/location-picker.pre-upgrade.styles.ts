import { unsafeCSS } from 'lit';
import { cardBorderWidth, cardGap, cardPadding, controlHeight, indicatorGap, indicatorSize, lineHeight, partGap, searchLabelGap, titleWeight } from './location-picker.look.js';

/**
 * `<clinic-location-picker>` before its script has run: its part of the optional pre-upgrade stylesheet
 * (dist/clinic-elements.css), which the build writes from this module's `preUpgradeStyles`:
 * the space and shape of the upgraded picker, from the same measures as its shadow styles
 * (location-picker.look.ts). Reserves the label and the search field (and the "Gebruik mijn locatie"
 * button with `geolocation`) above the cards, and draws each branch as the card it becomes,
 * with its label as the title and no margin of its own HTML at the card's edges. Those margin rules
 * weigh nothing (`:where`), so a page's own rules for its paragraphs win before and after the upgrade
 * alike (as they win over the shadow root's `::slotted` rules). Checked to the pixel at 1280 and
 * 320 px wide (test/components/location-picker/upgrade.test.ts).
 */

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
