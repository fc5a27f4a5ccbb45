import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClinicContactForm } from '../../../src/components/contact-form/contact-form.js';
import { captureWarnings } from '../../support/warnings.js';
import { authorForm, field, fillIn, onDutchPage, received, shadow, submitButton, uniqueKey } from './helpers.js';

const expected = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', phone: '0493-123456', postcode: '5751 AB', message: 'Ik heb last van mijn rug.', consent: 'ja' };

async function sendForm(element: ClinicContactForm, outcome: 'clinic-submit-success' | 'clinic-submit-error' = 'clinic-submit-success') {
  const done = oneEvent(element, outcome);
  submitButton(element).click();
  return (await done).detail;
}

describe('<clinic-contact-form> sending', () => {
  beforeEach(() => sessionStorage.clear());

  it('sends JSON by default; success shows and is focused, the form clears, the honeypot stays home', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element, { phone: '0493-123456', postcode: '5751 AB' });
    const submitted = oneEvent(element, 'clinic-submit');
    const detail = await sendForm(element);
    expect((await submitted).detail.data).to.deep.equal(expected);
    expect(detail).to.deep.equal({ status: 200, body: { ok: true } });
    const [request, ...more] = await received(key);
    expect(more).to.have.length(0);
    expect(request.method).to.equal('POST');
    expect(request.contentType).to.equal('application/json');
    expect(JSON.parse(request.body)).to.deep.equal(expected);
    const success = shadow(element, '[part="success"]')!;
    await waitUntil(() => element.shadowRoot!.activeElement === success, 'the success message gets focus');
    expect(success.hidden).to.equal(false);
    expect(element.querySelector('[slot="success"]')!.hasAttribute('hidden')).to.equal(false);
    expect(field(element, 'name').value).to.equal('');
    expect(field(element, 'consent').checked).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('sends urlencoded and multipart bodies as the enctype says', async () => {
    const key = uniqueKey();
    const urlencoded = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" enctype="application/x-www-form-urlencoded" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(urlencoded, { phone: '0493-123456', postcode: '5751 AB' });
    await sendForm(urlencoded);
    const [first] = await received(key);
    expect(first.contentType).to.match(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(first.body))).to.deep.equal(expected);

    const key2 = uniqueKey();
    const multipart = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key2}" enctype="multipart/form-data" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(multipart);
    await sendForm(multipart);
    const [second] = await received(key2);
    expect(second.contentType).to.match(/^multipart\/form-data; boundary=/);
    expect(second.body).to.include('name="email"\r\n\r\nanna@voorbeeld.nl\r\n');
    expect(second.body).not.to.include('name="website"');
  });

  it('a server error shows a plain alert with a retry, which takes focus; every value stays; retry sends again', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action=${`/__submit?key=${uniqueKey()}&status=500`} min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    const detail = await sendForm(element, 'clinic-submit-error');
    expect(detail.status).to.equal(500);
    expect(detail.message).to.match(/^Je bericht is niet verstuurd/);
    await element.updateComplete;
    const alert = shadow(element, '[part="alert"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.include('Je bericht is niet verstuurd');
    expect(field(element, 'email').value).to.equal('anna@voorbeeld.nl');
    expect(field(element, 'consent').checked).to.equal(true);
    await expect(element).to.be.accessible();
    const retry = shadow(element, '[part="retry"]')!;
    await waitUntil(() => element.shadowRoot!.activeElement === retry, 'the retry button gets focus (the alert may be out of view)');
    const key = uniqueKey();
    element.action = `/__submit?key=${key}`;
    const success = oneEvent(element, 'clinic-submit-success');
    await sendKeys({ press: 'Enter' });
    await success;
    expect(await received(key)).to.have.length(1);
    await element.updateComplete;
    expect(shadow(element, '[part="alert"]')!.hidden).to.equal(true);
  });

  it('gives up after timeout ms and says so', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action=${`/__submit?key=${uniqueKey()}&hang=1`} timeout="150" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    const detail = await sendForm(element, 'clinic-submit-error');
    expect(detail.status).to.equal(undefined);
    expect(detail.message).to.equal('De server antwoordde niet op tijd, dus we weten niet of je bericht is aangekomen. Probeer het opnieuw: komt het twee keer aan, dan is dat geen probleem.');
    expect(field(element, 'message').value).to.equal('Ik heb last van mijn rug.');
  });

  it('after a timeout the alert says it is not known whether the message arrived, and what to do (in English too)', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action=${`/__submit?key=${uniqueKey()}&hang=1`} timeout="150" min-fill-ms="0">${authorForm()}</clinic-contact-form>`, 'en');
    await fillIn(element);
    await sendForm(element, 'clinic-submit-error');
    await element.updateComplete;
    expect(shadow(element, '[part="alert"] p')!.textContent).to.equal('The server did not answer in time, so we do not know whether your message arrived. Try again: if it reaches us twice, that is no problem.');
  });

  it('puts a 422 answer’s field errors on those fields and in the summary, as text', async () => {
    const errors = encodeURIComponent(JSON.stringify({ email: 'Dit adres <b>bestaat</b> niet', other: 'Probeer het later' }));
    const element = await onDutchPage(html`<clinic-contact-form action=${`/__submit?key=${uniqueKey()}&status=422&errors=${errors}`} min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    const detail = await sendForm(element, 'clinic-submit-error');
    expect(detail.status).to.equal(422);
    const summary = shadow(element, '[part="error-summary"]')!;
    await waitUntil(() => element.shadowRoot!.activeElement === summary);
    expect(summary.querySelector('a')!.textContent).to.equal('Dit adres <b>bestaat</b> niet');
    expect(summary.querySelector('b')).to.equal(null);
    expect(summary.querySelectorAll('li')[1].textContent).to.equal('Probeer het later');
    const email = field(element, 'email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.equal('Dit adres <b>bestaat</b> niet');
    expect(field(element, 'name').value).to.equal('Anna de Vries');
    await expect(element).to.be.accessible();
  });

  it('sends once however often the button is clicked; the button says it is sending', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action=${`/__submit?key=${key}&delay=300`} min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    const done = oneEvent(element, 'clinic-submit-success');
    const button = submitButton(element);
    button.click();
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.textContent).to.equal('Versturen…');
    expect(shadow(element, '[role="status"]')!.textContent).to.equal('Versturen…');
    await expect(element).to.be.accessible();
    button.click();
    await done;
    expect(await received(key)).to.have.length(1);
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(button.textContent).to.equal('Verstuur');
  });

  it('lets the site send the data itself by cancelling clinic-submit', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    element.addEventListener('clinic-submit', (event) => event.preventDefault());
    const submitted = oneEvent(element, 'clinic-submit');
    submitButton(element).click();
    expect((await submitted).detail.data.email).to.equal('anna@voorbeeld.nl');
    await element.updateComplete;
    expect(await received(key)).to.deep.equal([]);
    expect(field(element, 'email').value).to.equal('anna@voorbeeld.nl');
  });

  it('sends the data exactly as typed: script-like text and a very long message', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    const script = `<script>alert("x")</script> & <img src=x onerror=alert(1)> ${'lang '.repeat(20000)}`;
    await fillIn(element, { name: '<b>Anna</b>' });
    field<HTMLTextAreaElement>(element, 'message').value = script;
    await sendForm(element);
    const body = JSON.parse((await received(key))[0].body);
    expect(body.name).to.equal('<b>Anna</b>');
    expect(body.message).to.equal(script);
  });

  it('an HTML or invalid JSON answer still counts by its status, with one warning each', async () => {
    for (const [body, type, problem] of [
      ['<!doctype html><p>Bedankt</p>', 'text/html', 'the server answered with an HTML page, not JSON; its status still decides whether the message was sent, and the page is passed on as text.'],
      ['{"ok":', 'application/json', 'the server said its answer was JSON, but it is not valid JSON; its status still decides whether the message was sent, and the answer is passed on as text.'],
    ]) {
      const warnings = captureWarnings();
      const element = await onDutchPage(html`<clinic-contact-form action=${`/__submit?key=${uniqueKey()}&body=${encodeURIComponent(body)}&type=${type}`} min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
      await fillIn(element);
      const detail = await sendForm(element);
      warnings.restore();
      expect(detail).to.deep.equal({ status: 200, body });
      expect(warnings.clinic).to.deep.equal([`[clinic-elements] <clinic-contact-form>: ${problem}`]);
    }
  });
});
