import { css, unsafeCSS } from 'lit';
import { cardBorderWidth, cardPadding, indicatorGap, indicatorSize, lineHeight, titleWeight } from './location-picker.look.js';

export const locationStyles = css`
  /* The same space on every side: the branch's own HTML brings no margin to the card's edges. */
  .card {
    padding: ${unsafeCSS(cardPadding)};
    border: ${unsafeCSS(cardBorderWidth)} solid var(--clinic-location-border-color, var(--_border));
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
    gap: ${unsafeCSS(indicatorGap)};
    font-weight: ${unsafeCSS(titleWeight)};
    line-height: ${unsafeCSS(lineHeight)};
  }
  .indicator {
    display: grid;
    place-items: center;
    flex: none;
    width: ${unsafeCSS(indicatorSize)};
    height: ${unsafeCSS(indicatorSize)};
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
    line-height: ${unsafeCSS(lineHeight)};
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }
  /* Its line's exact height as a length too (WebKit rounds a line box; the pre-upgrade rules do not). */
  .link {
    display: block;
    width: fit-content;
    min-height: ${unsafeCSS(lineHeight)}em;
    line-height: ${unsafeCSS(lineHeight)};
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
