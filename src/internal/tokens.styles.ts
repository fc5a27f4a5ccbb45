import { css, unsafeCSS } from 'lit';

/**
 * The default danger and success colours: a red and a green mixed with the page's text colour, so
 * they keep their contrast on light pages (a deeper red, #912e2b on #1d2428 text) and on dark ones
 * (a lighter red, #d8746f on #e6ecee text: 5.7:1 on #12181b), as the tints below do. One source for the
 * shadow roots (`--_danger`) and the author's form in the light DOM (contact-form.light-dom.styles.ts).
 */
export const defaultDangerColor = unsafeCSS('color-mix(in srgb, #d0342c 65%, currentColor)');
export const defaultSuccessColor = unsafeCSS('color-mix(in srgb, #2e8b4a 65%, currentColor)');

/**
 * Shared design tokens and base rules, adopted by every widget (one shared stylesheet, not a copy
 * per instance). Public tokens are `--clinic-*` custom properties; each has a default that follows
 * the page: its font, its text colour (`currentColor`) and tints mixed from that colour, so the
 * widgets look at home on light and dark pages alike.
 *
 * @cssprop [--clinic-font-family=inherit] - Font of all widgets.
 * @cssprop [--clinic-color-text=inherit] - Text colour.
 * @cssprop [--clinic-color-accent=currentColor] - Accent for controls, the current phase and focus.
 * @cssprop [--clinic-color-surface=transparent] - Background of cards and panels.
 * @cssprop [--clinic-color-muted=color-mix(currentColor 6%)] - Subtle tinted background.
 * @cssprop [--clinic-color-border=color-mix(currentColor 35%)] - Borders and dividers.
 * @cssprop [--clinic-color-danger=color-mix(#d0342c 65%, currentColor)] - Errors and urgent notices. By default a red mixed with the text colour, so it reads on light and dark pages alike; as a fill under white or black text (the urgent heading) #b3261e.
 * @cssprop [--clinic-color-success=color-mix(#2e8b4a 65%, currentColor)] - Confirmations. By default a green mixed with the text colour, likewise.
 * @cssprop [--clinic-color-focus=currentColor] - Focus ring colour.
 * @cssprop [--clinic-radius=0.5rem] - Corner radius.
 * @cssprop [--clinic-space=1rem] - Base spacing unit.
 */
export const tokens = css`
  :host {
    --_font: var(--clinic-font-family, inherit);
    --_text: var(--clinic-color-text, inherit);
    --_accent: var(--clinic-color-accent, currentColor);
    --_surface: var(--clinic-color-surface, transparent);
    --_muted: var(--clinic-color-muted, color-mix(in srgb, currentColor 6%, transparent));
    --_border: var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent));
    --_danger: var(--clinic-color-danger, ${defaultDangerColor});
    /* As a fill under white or black text (the checklist's urgent heading) the red is used as it is:
       a mix with currentColor would take the colour of the text on it. */
    --_danger-fill: var(--clinic-color-danger, #b3261e);
    --_success: var(--clinic-color-success, ${defaultSuccessColor});
    --_focus: var(--clinic-color-focus, currentColor);
    --_radius: var(--clinic-radius, 0.5rem);
    --_space: var(--clinic-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  /* One look for the widgets' own buttons and fields (open all, reset, retry, search). */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_muted);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .input {
    width: 100%;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* Only the widgets' own shadow DOM uses this class, so no page rule can undo it. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
