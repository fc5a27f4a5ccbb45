import { css } from 'lit';

/*
 * The measures of the picker are written here and in location.styles.ts, once: every line of text
 * the picker draws (label, search label, status, card title) has the line height 1.5, the search
 * field and the geolocation button the height 2.75rem, the group's label and each card's title the
 * weight 600. The parts above the list have fixed heights, so the optional pre-upgrade stylesheet
 * can reserve exactly their space: location-picker.pre-upgrade.styles.ts reads the measures from
 * these rules. Values are written out in each rule (no pieces put in with `unsafeCSS`), so the build
 * minifies these rules like any other `css` template.
 */
export const pickerStyles = css`
  [part='base'] {
    display: grid;
    gap: 0.5rem;
  }
  #label {
    font-weight: 600;
    line-height: 1.5;
  }
  /*
   * A line's exact height as a length too: WebKit rounds a line box (17px × 1.5 = 25.5 → 25), while
   * the pre-upgrade rules reserve 1.5em exactly.
   */
  #label,
  .search-label {
    min-height: 1.5em;
  }
  [part='search'] {
    display: grid;
    gap: 0.25rem;
    line-height: 1.5;
  }
  /* Fixed size and contained: typing re-lays out the field only, never the list below it. */
  .input {
    height: 2.75rem;
    contain: strict;
  }
  .button {
    justify-self: start;
  }
  .status,
  .error {
    margin: 0;
    line-height: 1.5;
  }
  /*
   * Nothing to say yet: the status line stays in the page (so a screen reader hears what comes in
   * it) but out of the flow, so no empty line and no gap sit under the search.
   */
  .status.empty {
    position: absolute;
  }
  /* The missing choice, said right above the cards, where focus lands (not colour alone: its own line of text). */
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  /* Plain block layout (not flex): re-laying out 1,000 cards stays cheap. */
  #group {
    contain: layout style;
  }
  ::slotted(clinic-location) {
    margin-block-end: var(--clinic-location-gap, 0.5rem);
  }
  /* A long list: chunks off screen skip style, layout and paint, so filtering stays fast. */
  .many > .chunk {
    content-visibility: auto;
  }
  /* The disabled group (and the button while locating, like the shared rule). */
  [aria-disabled='true'] {
    opacity: 0.65;
  }
`;
