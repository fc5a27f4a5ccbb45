import { cardBorderWidth, cardGap, cardPadding, cardPaddingBottom, controlHeight, indicatorGap, indicatorSize, lineHeight, partGap, searchLabelGap, titleWeight } from './location-picker.look.js';

/**
 * `<clinic-location-picker>`'s rules in the optional pre-upgrade stylesheet (dist/clinic-elements.css):
 * the space and shape of the upgraded picker, from the same measures as its shadow styles
 * (location-picker.look.ts). Reserves the label, search field and status line (and the "Gebruik mijn
 * locatie" button with `geolocation`) above the cards, and draws each branch as the card it becomes,
 * with its label as the title. Checked to the pixel at 1280 and 320 px wide
 * (test/components/location-picker/upgrade.test.ts).
 */

/** The lines of text above the cards: the group's label, the search field's label, the status line. */
const linesAboveCards = 3;

/** The label, the search field with its label, the status line, and the gaps after each. */
const spaceAboveCards = `calc(${linesAboveCards} * ${lineHeight}em + ${searchLabelGap} + ${controlHeight} + ${linesAboveCards} * ${partGap})`;

/** The same, with the geolocation button and its gap. */
const spaceAboveCardsWithButton = `calc(${linesAboveCards} * ${lineHeight}em + ${searchLabelGap} + 2 * ${controlHeight} + ${linesAboveCards + 1} * ${partGap})`;

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
  padding-bottom: calc(${cardPaddingBottom} + ${lineHeight}em);
}
clinic-location-picker:not(:defined) > clinic-location::before {
  content: attr(label);
  display: block;
  padding-inline-start: calc(${indicatorSize} + ${indicatorGap});
  font-weight: ${titleWeight};
  line-height: ${lineHeight};
}
`;

/** The rules as the build writes them into dist/clinic-elements.css (like every widget's `*.pre-upgrade.ts`). */
export default `/* <clinic-location-picker>: generated from src/components/location-picker/location-picker.pre-upgrade.ts */${rules}`;
