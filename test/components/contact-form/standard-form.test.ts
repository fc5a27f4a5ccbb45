import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClinicLocationPicker } from '../../../src/components/location-picker/location-picker.js';
import { field, fillIn, onDutchPage, received, shadow, submitButton, uniqueKey } from './helpers.js';

const locations = html`
  <clinic-location value="deurne" label="Deurne" postcodes="5750-5759"><address>Stationsstraat 1, Deurne</address></clinic-location>
  <clinic-location value="mierlo" label="Mierlo" postcodes="5730-5731"><address>Dorpsstraat 2, Mierlo</address></clinic-location>
`;

describe('<clinic-contact-form> standard form', () => {
  beforeEach(() => sessionStorage.clear());

  it('renders name, e-mail, phone, location, message and consent with labels, autocomplete and inputmode', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" privacy-href="/privacy">${locations}</clinic-contact-form>`);
    const form = element.querySelector('form')!;
    const labelOf = (name: string) => (field(form, name).labels![0].textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(labelOf('name')).to.equal('Naam *');
    expect(labelOf('email')).to.equal('E-mail *');
    expect(labelOf('phone')).to.equal('Telefoon');
    expect(labelOf('message')).to.equal('Bericht *');
    expect(labelOf('consent')).to.equal('Ik ga akkoord met de privacyverklaring *');
    expect(shadow(element, '[part="required-legend"]')!.textContent).to.equal('"*" geeft vereiste velden aan');
    expect(field(form, 'email').getAttribute('autocomplete')).to.equal('email');
    expect(field(form, 'email').inputMode).to.equal('email');
    expect(field(form, 'phone').getAttribute('autocomplete')).to.equal('tel');
    expect(field(form, 'phone').inputMode).to.equal('tel');
    expect(field(form, 'name').getAttribute('autocomplete')).to.equal('name');
    expect(form.querySelector<HTMLAnchorElement>('a')!.getAttribute('href')).to.equal('/privacy');
    const picker = field<ClinicLocationPicker>(form, 'location');
    expect(picker.localName).to.equal('clinic-location-picker');
    expect([...picker.querySelectorAll('clinic-location')].map((location) => location.getAttribute('value'))).to.deep.equal(['deurne', 'mierlo']);
    expect(element.querySelectorAll(':scope > clinic-location')).to.have.length(0);
    expect(field(form, 'website').closest('[data-honeypot]')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('has no location field without <clinic-location> children, and speaks English on an English page', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" privacy-href="/privacy"></clinic-contact-form>`, 'en');
    expect(element.querySelector('clinic-location-picker')).to.equal(null);
    expect(field(element, 'name').labels![0].textContent!.trim()).to.match(/^Name/);
    expect(submitButton(element).textContent).to.equal('Send');
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    expect([...element.shadowRoot!.querySelectorAll('[part="error-summary"] a')].map((a) => a.textContent)).to.deep.equal([
      'Enter your name',
      'Enter your email address',
      'Enter your message',
      'Tick “I agree to the privacy statement”',
    ]);
    await expect(element).to.be.accessible();
  });

  it('without privacy-href the consent names the privacy statement without a link', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}"></clinic-contact-form>`);
    expect(field(element, 'consent').labels![0].textContent).to.include('privacyverklaring');
    expect(element.querySelector('form a')).to.equal(null);
  });

  it('sends the chosen location with the rest', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" privacy-href="/privacy" min-fill-ms="0">${locations}</clinic-contact-form>`);
    await fillIn(element, { phone: '+31 6 12345678' });
    const picker = field<ClinicLocationPicker>(element, 'location');
    await picker.updateComplete;
    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => picker.value === 'mierlo', 'the arrow key chose the second branch');
    const done = oneEvent(element, 'clinic-submit-success');
    submitButton(element).click();
    await done;
    expect(JSON.parse((await received(key))[0].body)).to.deep.equal({
      name: 'Anna de Vries',
      email: 'anna@voorbeeld.nl',
      phone: '+31 6 12345678',
      location: 'mierlo',
      message: 'Ik heb last van mijn rug.',
      consent: 'yes',
    });
  });
});

describe('<clinic-contact-form> with a required location picker in the author form', () => {
  it('reports the empty picker in the summary through its validity, and clears it once chosen', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">
      <form>
        <clinic-location-picker name="location" label="Vestiging" required>${locations}</clinic-location-picker>
        <button>Verstuur</button>
      </form>
    </clinic-contact-form>`);
    const picker = element.querySelector('clinic-location-picker')!;
    await picker.updateComplete;
    expect(picker.validity.valueMissing).to.equal(true);
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    const link = shadow<HTMLAnchorElement>(element, '[part="error-summary"] a')!;
    expect(link.textContent).to.equal('Kies vestiging');
    expect(picker.getAttribute('aria-invalid')).to.equal('true');
    link.click();
    expect(picker.contains(document.activeElement) || picker.shadowRoot!.activeElement !== null).to.equal(true);
    await sendKeys({ press: ' ' });
    await waitUntil(() => picker.value !== '');
    await element.updateComplete;
    expect(shadow(element, '[part="error-summary"]')).to.equal(null);
    expect(picker.getAttribute('aria-invalid')).to.equal('false');
  });
});
