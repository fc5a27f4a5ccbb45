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
      [data-standard] :is(input:not([type='checkbox']), textarea) {
        box-sizing: border-box;
        width: 100%;
        font: inherit;
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
