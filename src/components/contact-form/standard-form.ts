import { html, nothing } from 'lit';
import type { TextKey } from './contact-form.texts.js';

/**
 * The standard clinic form, used when the author gives no `<form>`: name*, e-mail*, phone, preferred
 * location (a `<clinic-location-picker>` holding the author's `<clinic-location>` children, when
 * there are any), message*, consent* (linking `privacy-href`) and a honeypot. It is rendered into
 * the light DOM, so it is enhanced exactly like an author's form.
 */
export interface StandardFormOptions {
  /** Prefix for the ids, unique on the page. */
  id: string;
  t: (key: TextKey) => string;
  privacyHref?: string;
  withLocation: boolean;
}

const star = html` <span aria-hidden="true" data-clinic-mark="star">*</span>`;

export function standardForm({ id, t, privacyHref, withLocation }: StandardFormOptions) {
  const field = (name: 'name' | 'email' | 'phone' | 'message', input: unknown, required = false) =>
    html`<p><label for="${id}-${name}">${t(`${name}Label`)}${required ? star : nothing}</label><br />${input}</p>`;
  return html`
    <style>
      :where(clinic-contact-form [data-standard]) :is(input:not([type]), input[type='email'], input[type='tel'], textarea) {
        box-sizing: border-box;
        width: 100%;
        min-height: 2.75rem;
        padding: 0.5em 0.75em;
        border: 2px solid var(--clinic-color-border, color-mix(in srgb, currentColor 35%, transparent));
        border-radius: var(--clinic-radius, 0.5rem);
        font: inherit;
      }
      :where(clinic-contact-form [data-standard]) :is(input[type='checkbox']) {
        width: 1.25em;
        height: 1.25em;
      }
      :where(clinic-contact-form [data-standard]) :is(button) {
        min-height: 2.75rem;
        padding: 0.5em 1.25em;
        border: 2px solid var(--clinic-color-accent, currentColor);
        border-radius: var(--clinic-radius, 0.5rem);
        background: var(--clinic-color-accent, currentColor);
        color: var(--clinic-color-accent-contrast, Canvas);
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
      :where(clinic-contact-form [data-honeypot]) {
        position: absolute;
        left: -10000px;
        width: 1px;
        height: 1px;
        overflow: hidden;
      }
    </style>
    <p data-required-legend>${t('requiredLegend')}</p>
    ${field('name', html`<input id="${id}-name" name="name" required autocomplete="name" />`, true)}
    ${field('email', html`<input id="${id}-email" name="email" type="email" required autocomplete="email" inputmode="email" />`, true)}
    ${field('phone', html`<input id="${id}-phone" name="phone" type="tel" autocomplete="tel" inputmode="tel" />`)}
    ${withLocation
      ? html`<clinic-location-picker id="${id}-location" name="location" label=${t('locationLabel')}></clinic-location-picker>`
      : nothing}
    ${field('message', html`<textarea id="${id}-message" name="message" rows="6" required></textarea>`, true)}
    <p>
      <label
        ><input id="${id}-consent" name="consent" type="checkbox" value="yes" required /> ${t('consent')}
        ${privacyHref ? html`<a href="${privacyHref}">${t('privacy')}</a>` : t('privacy')}${star}</label
      >
    </p>
    <div data-honeypot>
      <label for="${id}-website">${t('honeypot')}</label><input id="${id}-website" name="website" tabindex="-1" autocomplete="off" />
    </div>
    <p><button>${t('submit')}</button></p>
  `;
}
