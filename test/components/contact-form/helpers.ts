import { fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/contact-form.js';
import type { ClinicContactForm } from '../../../src/components/contact-form/contact-form.js';

// The built drop-in file defines its widgets one per task, the contact form last: the tests start
// once it is there (at once with the source, which defines it on import).
await customElements.whenDefined('clinic-contact-form');

/** A key no other test uses, so what the endpoint received is this test's alone. */
export const uniqueKey = () => `cf-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** What the test server's submit endpoint received under this key. */
export async function received(key: string): Promise<{ method: string; contentType: string; body: string }[]> {
  return (await fetch(`/__submit/received?key=${key}`)).json();
}

/** The seed page's contact form, written by an author (with its own `action` when given). */
export const authorForm = ({ action }: { action?: string } = {}) => html`
  <form action=${action ?? nothing}>
    <p>"*" geeft vereiste velden aan</p>
    <p><label for="t-name">Naam *</label><input id="t-name" name="name" required autocomplete="name" /></p>
    <p><label for="t-email">E-mail *</label><input id="t-email" name="email" type="email" required autocomplete="email" /></p>
    <p><label for="t-phone">Telefoon</label><input id="t-phone" name="phone" type="tel" autocomplete="tel" /></p>
    <p><label for="t-postcode">Postcode</label><input id="t-postcode" name="postcode" autocomplete="postal-code" data-postcode /></p>
    <p><label for="t-message">Bericht *</label><textarea id="t-message" name="message" required></textarea></p>
    <p><label><input type="checkbox" name="consent" value="ja" required /> Ik ga akkoord met de <a href="#privacy">privacyverklaring</a> *</label></p>
    <div data-honeypot>
      <label for="t-website">Dit veld is bedoeld voor validatiedoeleinden en moet niet worden gewijzigd.</label>
      <input id="t-website" name="website" />
    </div>
    <p><button>Verstuur</button></p>
  </form>
  <div slot="success" hidden><p><strong>Bedankt!</strong> We nemen zo snel mogelijk contact met je op.</p></div>
`;

/** A Dutch page holding the widget: returns the element. */
export async function onDutchPage(template: TemplateResult, lang = 'nl'): Promise<ClinicContactForm> {
  const page = await fixture(html`<main lang=${lang}>${template}</main>`);
  const element = page.querySelector('clinic-contact-form')!;
  await element.updateComplete;
  return element;
}

export const field = <T extends HTMLElement = HTMLInputElement>(element: Element, name: string) => element.querySelector<T>(`[name="${name}"]`)!;

/** Types into a field as a person does: focus it, then type. */
export async function type(element: Element, name: string, text: string): Promise<void> {
  field(element, name).focus();
  await sendKeys({ type: text });
}

/** Fills in the required fields (and what is given) the way a visitor would. */
export async function fillIn(element: Element, values: Record<string, string> = {}): Promise<void> {
  const all = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', message: 'Ik heb last van mijn rug.', ...values };
  for (const [name, text] of Object.entries(all)) await type(element, name, text);
  const consent = field(element, 'consent');
  consent.focus();
  await sendKeys({ press: ' ' });
}

export const shadow = <T extends Element = HTMLElement>(element: ClinicContactForm, selector: string) => element.shadowRoot!.querySelector<T>(selector);
export const submitButton = (element: Element) => element.querySelector<HTMLButtonElement>('button')!;

/** What every warning of the contact form starts with (src/internal/warn.ts). */
export const warningPrefix = '[clinic-elements] <clinic-contact-form>: ';

/** Sends the filled-in form with its button and waits for the outcome: the success event's detail. */
export async function sendAndSucceed(element: ClinicContactForm) {
  const done = oneEvent(element, 'clinic-submit-success');
  submitButton(element).click();
  return (await done).detail;
}
