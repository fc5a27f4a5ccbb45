/**
 * `<clinic-contact-form>` before its script has run: its part of the optional pre-upgrade stylesheet
 * (`dist/clinic-elements.css`), which the build writes from this module's `preUpgradeStyles`
 * (rollup.config.mjs runs it in Node). No widget imports it, so it is never part of a script. The
 * honeypot is kept out of sight with the same declarations the widget sets on it after the upgrade
 * (`offScreen` in enhance.ts), and the thank-you waits for a successful send.
 */
import { css, unsafeCSS } from 'lit';
import { offScreen } from './enhance.js';

const offScreenDeclarations = Object.entries(offScreen)
  .map(([property, value]) => `${property}: ${value};`)
  .join(' ');

export const preUpgradeStyles = css`
  clinic-contact-form [data-honeypot] {
    ${unsafeCSS(offScreenDeclarations)}
  }
  clinic-contact-form:not(:defined) > [slot='success'] {
    display: none;
  }
`;
