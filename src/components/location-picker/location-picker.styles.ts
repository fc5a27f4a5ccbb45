import { css } from 'lit';

/*
 * The controls above the list have fixed heights (line-height 1.5, a 2.75rem field and button,
 * 0.5rem gaps) so the optional pre-upgrade stylesheet can reserve exactly their space.
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
  /* The status line and the error message. */
  p {
    min-height: 1.5em;
    margin: 0;
    line-height: 1.5;
  }
  #error {
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
  .many > div {
    content-visibility: auto;
  }
  /* The disabled group (and the button while locating, like the shared rule). */
  [aria-disabled='true'] {
    opacity: 0.65;
  }
`;
