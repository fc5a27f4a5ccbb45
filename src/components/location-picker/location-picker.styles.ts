import { css, unsafeCSS } from 'lit';
import { cardGap, controlHeight, lineHeight, partGap, searchLabelGap, titleWeight } from './location-picker.look.js';

/*
 * The parts above the list have fixed heights (location-picker.look.ts) so the optional pre-upgrade
 * stylesheet can reserve exactly their space.
 */
export const pickerStyles = css`
  [part='base'] {
    display: grid;
    gap: ${unsafeCSS(partGap)};
  }
  #label {
    font-weight: ${unsafeCSS(titleWeight)};
    line-height: ${unsafeCSS(lineHeight)};
  }
  /*
   * A line's exact height as a length too: WebKit rounds a line box (17px × 1.5 = 25.5 → 25), while
   * the pre-upgrade rules reserve 1.5em exactly.
   */
  #label,
  .search-label {
    min-height: ${unsafeCSS(lineHeight)}em;
  }
  [part='search'] {
    display: grid;
    gap: ${unsafeCSS(searchLabelGap)};
    line-height: ${unsafeCSS(lineHeight)};
  }
  /* Fixed size and contained: typing re-lays out the field only, never the list below it. */
  .input {
    height: ${unsafeCSS(controlHeight)};
    contain: strict;
  }
  .button {
    justify-self: start;
  }
  .status,
  .error {
    margin: 0;
    line-height: ${unsafeCSS(lineHeight)};
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
    font-weight: ${unsafeCSS(titleWeight)};
  }
  /* Plain block layout (not flex): re-laying out 1,000 cards stays cheap. */
  #group {
    contain: layout style;
  }
  ::slotted(clinic-location) {
    margin-block-end: ${unsafeCSS(cardGap)};
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
