import { css } from 'lit';

export const locationStyles = css`
  /*
   * Self-contained (not the shared tokens sheet): a thousand cards each match only these few rules.
   * In a long list (the picker sets the variable) off-screen cards skip layout and paint, so it stays
   * fast to filter; short lists render normally, so nothing moves on upgrade.
   */
  :host {
    display: block;
    content-visibility: var(--_clinic-location-visibility, visible);
    contain-intrinsic-size: auto 6rem;
  }
  :host([hidden]) {
    display: none !important;
  }
  .card {
    box-sizing: border-box;
    padding: 0.75rem 1rem;
    border: 2px solid var(--clinic-location-border-color, var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent)));
    border-radius: var(--clinic-radius, 0.5rem);
    background: var(--clinic-location-background, var(--clinic-color-surface, transparent));
  }
  :focus-visible {
    outline: 3px solid var(--clinic-color-focus, currentColor);
    outline-offset: 2px;
  }
  .choosable {
    cursor: pointer;
  }
  .checked {
    border-color: var(--clinic-location-checked-border-color, var(--clinic-color-accent, currentColor));
    background: var(--clinic-location-checked-background, var(--clinic-color-muted, color-mix(in srgb, currentColor 6%, transparent)));
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
    line-height: 1.5;
  }
  .name {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
    border-radius: 0.25rem;
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
  .distance {
    font-variant-numeric: tabular-nums;
  }
  .link {
    display: block;
    width: fit-content;
    line-height: 1.5;
    color: inherit;
  }
  @media (forced-colors: active) {
    .checked .indicator::after {
      background: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
