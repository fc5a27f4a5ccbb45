import { html, render, type TemplateResult } from 'lit';
import { safeHref } from '../../internal/text.js';
import type { TextKey } from './contact-form.texts.js';

const FONT = 'font:inherit';

/**
 * The standard clinic form, used when the author gives no `<form>`: name*, e-mail*, phone, preferred
 * location (a `<clinic-location-picker>` holding the author's `<clinic-location>` children, when
 * there are any), message*, consent* (linking `privacyHref`) and a honeypot. It is rendered into
 * the light DOM, so it is enhanced exactly like an author's form: that adds the `*` to the required
 * labels, gives the fields without a label `for` their ids, and keeps the honeypot out of sight and reach;
 * what `*` means is the element's own `required-legend` line above it.
 * `id` prefixes the ids, unique on the page (the same ids enhanceForm gives).
 */
export function standardForm(id: string, t: (key: TextKey) => string, privacyHref: string | undefined, withLocation: boolean) {
  const field = (name: 'name' | 'email' | 'phone' | 'message', input: unknown) =>
    html`<p><label for="${id}-${name}">${t(`${name}Label`)}</label><br />${input}</p>`;
  // The fields take the page's font through the CSSOM (`el.style = …` sets cssText): a <style> element
  // or style attribute would be refused by a Content-Security-Policy without 'unsafe-inline'.
  return html`
    ${field('name', html`<input id="${id}-name" name="name" required autocomplete="name" .style=${FONT} />`)}
    ${field('email', html`<input id="${id}-email" name="email" type="email" required autocomplete="email" inputmode="email" .style=${FONT} />`)}
    ${field('phone', html`<input id="${id}-phone" name="phone" type="tel" autocomplete="tel" inputmode="tel" .style=${FONT} />`)}
    ${withLocation ? html`<clinic-location-picker name="location" label=${t('locationLabel')}></clinic-location-picker>` : ''}
    ${field('message', html`<textarea id="${id}-message" name="message" rows="6" required .style=${FONT}></textarea>`)}
    <p>
      <label
        ><input name="consent" type="checkbox" value="yes" required /> ${t('consent') + ' '}${safeHref(privacyHref) ? html`<a href="${privacyHref}">${t('privacy')}</a>` : t('privacy')}</label
      >
    </p>
    <label data-honeypot>${t('honeypot')} <input name="website" /></label>
    <p><button>${t('submit')}</button></p>
  `;
}

/**
 * Keeps the standard form in the element while the author gives none: created on first use (taking
 * in the author's `<clinic-location>` children), rendered again as its texts change, removed when
 * the author adds a form of their own. Light DOM: call inside `LightDomController.quietly`.
 */
export class StandardFormHolder {
  readonly #host: HTMLElement;
  /** The standard form's content as it should be now. */
  readonly #template: () => TemplateResult;
  #form?: HTMLFormElement;

  constructor(host: HTMLElement, template: () => TemplateResult) {
    this.#host = host;
    this.#template = template;
  }

  /** The standard form, when it is in use. */
  get form(): HTMLFormElement | undefined {
    return this.#form;
  }

  /** The standard form, created when it is not there yet. */
  use(): HTMLFormElement {
    if (this.#form) return this.#form;
    const locations = this.#host.querySelectorAll(':scope > clinic-location');
    const form = this.#host.appendChild(document.createElement('form'));
    form.dataset.standard = '';
    this.#form = form;
    this.render();
    form.querySelector('clinic-location-picker')?.append(...locations);
    return form;
  }

  /** Renders it again (in the page's language now), when it is in use. */
  render(): void {
    if (this.#form) render(this.#template(), this.#form);
  }

  remove(): void {
    this.#form?.remove();
    this.#form = undefined;
  }
}
