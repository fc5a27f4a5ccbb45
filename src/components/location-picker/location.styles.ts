import { css } from 'lit';

/*
 * The card's measures (its padding and border width, the radio indicator's size and gap, the title's
 * weight and line height) are written here once: location-picker.pre-upgrade.styles.ts reads them
 * from these rules to draw each branch as the same card before the script runs.
 */
export const locationStyles = css`
  /* The same space on every side: the branch's own HTML brings no margin to the card's edges. */
  .card {
    padding: 1rem;
    border: 2px solid var(--clinic-location-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--clinic-location-background, var(--_surface));
  }
  .content::slotted(:first-child) {
    margin-block-start: 0;
  }
  .content::slotted(:last-child) {
    margin-block-end: 0;
  }
  .choosable {
    cursor: pointer;
  }
  .checked {
    border-color: var(--clinic-location-checked-border-color, var(--_accent));
    background: var(--clinic-location-checked-background, var(--_muted));
  }
  /* The name line (radio) as wide as its text, so its focus ring hugs it; the notes go below. */
  .name {
    display: flex;
    width: fit-content;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
    line-height: 1.5;
  }
  .indicator {
    display: grid;
    place-items: center;
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  /* The chosen radio in the accent colour, ring and dot. */
  .checked .indicator {
    border-color: var(--_accent);
  }
  .checked .indicator::after {
    content: '';
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    background: var(--_accent);
  }
  /* The distance and why the search found the branch: one line each, under the name. */
  .note {
    display: block;
    line-height: 1.5;
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }
  /* Its line's exact height as a length too (WebKit rounds a line box; the pre-upgrade rules do not). */
  .link {
    display: block;
    width: fit-content;
    min-height: 1.5em;
    line-height: 1.5;
    color: inherit;
  }
  @media (forced-colors: active) {
    .checked .indicator {
      border-color: Highlight;
    }
    .checked .indicator::after {
      background: Highlight;
    }
  }
`;
