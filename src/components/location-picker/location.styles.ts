import { css, unsafeCSS } from 'lit';
import { cardBorderWidth, cardPadding, indicatorGap, indicatorSize, lineHeight, titleWeight } from './location-picker.look.js';

export const locationStyles = css`
  .card {
    padding: ${unsafeCSS(cardPadding)};
    border: ${unsafeCSS(cardBorderWidth)} solid var(--clinic-location-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--clinic-location-background, var(--_surface));
  }
  .choosable {
    cursor: pointer;
  }
  .checked {
    border-color: var(--clinic-location-checked-border-color, var(--_accent));
    background: var(--clinic-location-checked-background, var(--_muted));
  }
  /* The name line (radio) as wide as its text, so its focus ring hugs it; the distance goes below. */
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
  .checked .indicator::after {
    content: '';
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    background: currentColor;
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .link {
    display: block;
    width: fit-content;
    line-height: ${unsafeCSS(lineHeight)};
    color: inherit;
  }
  @media (forced-colors: active) {
    .checked .indicator::after {
      background: Highlight;
    }
  }
`;
