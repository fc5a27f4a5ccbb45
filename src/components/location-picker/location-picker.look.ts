/**
 * The measures of `<clinic-location-picker>` and its `<clinic-location>` cards, written once for the
 * two places that draw them:
 * - `location-picker.styles.ts` and `location.styles.ts`: the upgraded picker's shadow roots;
 * - `location-picker.pre-upgrade.styles.ts`: the optional pre-upgrade stylesheet, which gives the author's
 *   branches the same space and shape before the script runs, so nothing moves when it does.
 *
 * Plain strings without imports, so the build can read this module as it is. The parts above the
 * cards have fixed heights (every line of text `lineHeight`, the field and button `controlHeight`),
 * so the pre-upgrade rules can reserve exactly their space.
 */

/** The line height of every line of text the picker draws (label, search label, status, card title). */
export const lineHeight = '1.5';

/** The space between the picker's parts (label, search, status, cards). */
export const partGap = '0.5rem';

/** The space between the cards. */
export const cardGap = 'var(--clinic-location-gap, 0.5rem)';

/** The space between the search field's label and the field. */
export const searchLabelGap = '0.25rem';

/** The height of the search field and of the geolocation button. */
export const controlHeight = '2.75rem';

/** The space inside a card, the same on every side, around its title and the branch's own HTML. */
export const cardPadding = '1rem';

/** The width of the card's border (its colour is the `--clinic-location-border-color` token). */
export const cardBorderWidth = '2px';

/** The round radio indicator's size, and the space between it and the branch's name. */
export const indicatorSize = '1.25rem';
export const indicatorGap = '0.5rem';

/** The weight of the group's label and of each card's title. */
export const titleWeight = '600';
