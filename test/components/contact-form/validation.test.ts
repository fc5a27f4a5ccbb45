import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../../support/warnings.js';
import { authorForm, field, fillIn, onDutchPage, received, shadow, submitButton, type, uniqueKey } from './helpers.js';

describe('<clinic-contact-form> around an author form: validation', () => {
  let title: string;
  beforeEach(() => (title = document.title = 'Contact'));
  afterEach(() => sessionStorage.clear());
  beforeEach(() => sessionStorage.clear());

  it('enhances without warnings: keeps the author stars and legend, hides the honeypot from everyone', async () => {
    const warnings = captureWarnings();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}">${authorForm()}</clinic-contact-form>`);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([]);
    expect(element.querySelectorAll('[data-clinic-mark="star"]')).to.have.length(0);
    expect(shadow(element, '[part="required-legend"]')).to.equal(null);
    expect(element.querySelector('form')!.noValidate).to.equal(true);
    const trap = field(element, 'website');
    const box = trap.closest<HTMLElement>('[data-honeypot]')!;
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(box).display).not.to.equal('none');
    expect(box.getBoundingClientRect().right).to.be.below(0);
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getAttribute('autocomplete')).to.equal('off');
    await expect(element).to.be.accessible();
  });

  it('adds a hidden * to required labels that lack one, and says what * means', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}">
      <form><label for="q">Vraag</label><input id="q" name="q" required /><button>Stuur</button></form>
    </clinic-contact-form>`);
    const star = element.querySelector('label [data-clinic-mark="star"]')!;
    expect(star.textContent!.trim()).to.equal('*');
    expect(star.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(element, '[part="required-legend"]')!.textContent).to.equal('"*" geeft vereiste velden aan');
  });

  it('sends nothing while fields are invalid: a focused summary links to each field, each field has its message', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    const summary = shadow(element, '[part="error-summary"]')!;
    await waitUntil(() => element.shadowRoot!.activeElement === summary, 'the summary gets focus');
    expect(summary.getAttribute('role'), 'focus reads it: no alert on top').to.equal(null);
    expect(summary.querySelector('h2')!.textContent).to.equal('Er is een probleem');
    const links = [...summary.querySelectorAll('a')].map((link) => link.textContent);
    expect(links).to.deep.equal(['Vul je naam in', 'Vul je e-mailadres in', 'Vul je bericht in', 'Vink “Ik ga akkoord met de privacyverklaring” aan']);
    for (const name of ['name', 'email', 'message', 'consent']) {
      const control = field(element, name);
      expect(control.getAttribute('aria-invalid'), name).to.equal('true');
      const note = document.getElementById(control.getAttribute('aria-describedby')!)!;
      expect(links).to.include(note.textContent);
    }
    expect(field(element, 'phone').getAttribute('aria-invalid')).to.equal('false');
    expect(document.title).to.equal(`Fout: ${title}`);
    await expect(element).to.be.accessible();
    expect(await received(key)).to.deep.equal([]);
  });

  it('asks for the visitor’s own name, e-mail address and message in words of its own, whatever their labels; other fields by their label', async () => {
    const element = await onDutchPage(html`<clinic-contact-form min-fill-ms="0">
      <form>
        <p><label for="own-name">Wie ben je?</label><input id="own-name" name="naam" autocomplete="name" required /></p>
        <p><label for="own-email">Je adres</label><input id="own-email" name="adres" type="email" autocomplete="email" required /></p>
        <p><label for="own-message">Je vraag</label><textarea id="own-message" name="message" required></textarea></p>
        <p><label for="own-branch">Vestiging</label><input id="own-branch" name="vestiging" required /></p>
        <p><label for="own-doctor">E-mail van je huisarts</label><input id="own-doctor" name="huisarts" type="email" required /></p>
        <button>Stuur</button>
      </form>
    </clinic-contact-form>`);
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    const links = [...shadow(element, '[part="error-summary"]')!.querySelectorAll('a')].map((link) => link.textContent);
    expect(links).to.deep.equal(['Vul je naam in', 'Vul je e-mailadres in', 'Vul je bericht in', 'Vul vestiging in', 'Vul e-mail van je huisarts in']);
  });

  it('a summary link moves focus to its field', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"] a'));
    const link = element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')[1];
    expect(link.getAttribute('href')).to.equal('#t-email');
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(field(element, 'email'));
  });

  it('checks e-mail, phone, postcode and lengths in the page language', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    field(element, 'message').minLength = 10;
    await fillIn(element, { email: 'anna@voorbeeld', phone: '12345', postcode: '5751', message: 'Kort' });
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    const links = [...element.shadowRoot!.querySelectorAll('[part="error-summary"] a')].map((link) => link.textContent);
    expect(links).to.deep.equal([
      'Vul een e-mailadres in zoals naam@voorbeeld.nl',
      'Vul een telefoonnummer in zoals 0493 123 456 of +31 6 12345678',
      'Vul een postcode in zoals 5751 AB',
      'Bericht moet minstens 10 tekens lang zijn',
    ]);
  });

  it('re-validates a wrong field as it is corrected, and restores the title when all is well', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element, { email: 'anna' });
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    const email = field(element, 'email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    await type(element, 'email', '@voorbeeld');
    await element.updateComplete;
    expect(document.getElementById('t-email-error')!.textContent).to.equal('Vul een e-mailadres in zoals naam@voorbeeld.nl');
    await sendKeys({ type: '.nl' });
    await element.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    expect(email.hasAttribute('aria-describedby')).to.equal(false);
    expect(document.getElementById('t-email-error')).to.equal(null);
    expect(shadow(element, '[part="error-summary"]')).to.equal(null);
    expect(document.title).to.equal(title);
  });

  it('checks a value longer than maxlength (pasted by script) instead of sending it', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    const message = field<HTMLTextAreaElement>(element, 'message');
    message.maxLength = 20;
    message.value = 'x'.repeat(21);
    const submitted = new Promise((resolve) => element.addEventListener('clinic-submit', resolve, { once: true }));
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    expect(shadow(element, '[part="error-summary"] a')!.textContent).to.equal('Bericht mag hoogstens 20 tekens lang zijn');
    expect(await Promise.race([submitted.then(() => 'sent'), element.updateComplete.then(() => 'held')])).to.equal('held');
  });

  it('speaks English on an English page, title prefix included', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`, 'en');
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    expect(shadow(element, '[part="error-summary"] h2')!.textContent).to.equal('There is a problem');
    expect(shadow(element, '[part="error-summary"] a')!.textContent).to.equal('Enter your name');
    expect(document.title).to.equal(`Error: ${title}`);
  });

  it('a page can replace any text with data-i18n-*', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" data-i18n-error-summary-title="Controleer dit" data-i18n-required="{label} ontbreekt">${authorForm()}</clinic-contact-form>`);
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    expect(shadow(element, '[part="error-summary"] h2')!.textContent).to.equal('Controleer dit');
    expect(shadow(element, '[part="error-summary"] a')!.textContent).to.equal('Naam ontbreekt');
  });

  it('completes with the keyboard alone', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    field(element, 'name').focus();
    await sendKeys({ type: 'Anna' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'anna@voorbeeld.nl' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Vraag' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' }); // the privacy link
    await sendKeys({ press: 'Tab' }); // past the honeypot, to the button
    expect(document.activeElement).to.equal(submitButton(element));
    const done = oneEvent(element, 'clinic-submit-success');
    await sendKeys({ press: 'Enter' });
    await done;
    expect(JSON.parse((await received(key))[0].body)).to.deep.equal({ name: 'Anna', email: 'anna@voorbeeld.nl', phone: '', postcode: '', message: 'Vraag', consent: 'ja' });
  });
});
