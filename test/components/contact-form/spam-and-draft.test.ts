import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClinicContactForm } from '../../../src/components/contact-form/contact-form.js';
import { authorForm, field, fillIn, onDutchPage, received, shadow, submitButton, type, uniqueKey } from './helpers.js';

/** Clicks send and waits for the success message: the visitor sees a thank-you either way. */
async function sendAndSeeSuccess(element: ClinicContactForm) {
  const events: string[] = [];
  for (const name of ['clinic-submit', 'clinic-submit-success', 'clinic-submit-error']) element.addEventListener(name, () => events.push(name));
  submitButton(element).click();
  await waitUntil(() => !shadow(element, '[part="success"]')!.hidden, 'the success message shows');
  return events;
}

describe('<clinic-contact-form> spam checks', () => {
  beforeEach(() => sessionStorage.clear());

  it('a filled-in honeypot gets a quiet success and nothing is sent', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    field(element, 'website').value = 'https://spam.example';
    expect(await sendAndSeeSuccess(element)).to.deep.equal([]);
    expect(await received(key)).to.deep.equal([]);
  });

  it('a person who autofills, pastes and sends within 1 s: "Versturen…" until min-fill-ms has passed, then the message arrives, once', async () => {
    const key = uniqueKey();
    const shown = Date.now();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}">${authorForm()}</clinic-contact-form>`);
    expect(element.minFillMs).to.equal(2500);
    // The browser fills in name and e-mail at once, as autofill does (values and input events).
    for (const [name, value] of Object.entries({ name: 'Anna de Vries', email: 'anna@voorbeeld.nl' })) {
      const control = field(element, name);
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // A message prepared elsewhere, pasted; consent ticked; sent.
    const message = field<HTMLTextAreaElement>(element, 'message');
    message.focus();
    message.value = 'Ik heb last van mijn rug.';
    message.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    field(element, 'consent').click();
    const success = oneEvent(element, 'clinic-submit-success');
    submitButton(element).click();
    expect(Date.now() - shown, 'sent within 1 s of seeing the form').to.be.below(1000);
    await element.updateComplete;
    expect(submitButton(element).textContent).to.equal('Versturen…');
    expect(shadow(element, '[role="status"]')!.textContent).to.equal('Versturen…');
    expect(shadow(element, '[part="success"]')!.hidden, 'no thank-you before it is sent').to.equal(true);
    expect(await received(key), 'held while min-fill-ms runs').to.deep.equal([]);
    await success;
    expect(Date.now() - shown).to.be.at.least(2500);
    const requests = await received(key);
    expect(requests).to.have.length(1);
    expect(JSON.parse(requests[0].body)).to.include({ name: 'Anna de Vries', email: 'anna@voorbeeld.nl', message: 'Ik heb last van mijn rug.' });
    expect(shadow(element, '[part="success"]')!.hidden).to.equal(false);
  });

  it('a form without a honeypot gets one of the widget’s own: hidden from people and assistive technology, never sent, never in the draft', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">
      <form>
        <p><label for="q-name">Naam</label><input id="q-name" name="name" required /></p>
        <p><label for="q-message">Bericht</label><textarea id="q-message" name="message" required></textarea></p>
        <p><button>Verstuur</button></p>
      </form>
    </clinic-contact-form>`);
    const traps = [...element.querySelectorAll<HTMLTextAreaElement>('[data-honeypot] textarea')];
    expect(traps.map((trap) => trap.name), 'named so it cannot clash with the author’s fields').to.deep.equal(['clinic-contact-form-comment']);
    const box = traps[0].closest<HTMLElement>('[data-honeypot]')!;
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    expect(box.getBoundingClientRect().right).to.be.below(0);
    expect(traps[0].tabIndex).to.equal(-1);
    await type(element, 'name', 'Anna');
    await type(element, 'message', 'Hallo');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'Tab goes from the message to the button').to.equal(submitButton(element));
    expect(JSON.stringify(sessionStorage)).to.include('Hallo');
    expect(JSON.stringify(sessionStorage)).not.to.include('clinic-contact-form-comment');
    await expect(element).to.be.accessible();
    const done = oneEvent(element, 'clinic-submit-success');
    submitButton(element).click();
    await done;
    expect(JSON.parse((await received(key))[0].body)).to.deep.equal({ name: 'Anna', message: 'Hallo' });
  });

  it('a bot that fills in the widget’s own honeypot gets a quiet success and nothing is sent', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">
      <form><label>Vraag <input name="q" required /></label><button>Stuur</button></form>
    </clinic-contact-form>`);
    field(element, 'q').value = 'Buy';
    field(element, 'clinic-contact-form-comment').value = 'https://spam.example';
    expect(await sendAndSeeSuccess(element)).to.deep.equal([]);
    expect(await received(key)).to.deep.equal([]);
  });

  it('no-honeypot adds none; a form with a honeypot of its own gets no second one', async () => {
    const off = await onDutchPage(html`<clinic-contact-form no-honeypot min-fill-ms="0"><form><label>Vraag <input name="q" /></label><button>Stuur</button></form></clinic-contact-form>`);
    expect(off.querySelector('[data-honeypot]')).to.equal(null);
    const own = await onDutchPage(html`<clinic-contact-form min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    expect([...own.querySelectorAll<HTMLInputElement>('[data-honeypot] :is(input, textarea)')].map((trap) => trap.name)).to.deep.equal(['website']);
  });
});

describe('<clinic-contact-form> draft', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  /** A page whose form is removed and created again, as a reload does (sessionStorage stays). */
  async function reloadable(action: string, noDraft = false) {
    const main = await fixture<HTMLElement>(html`<main lang="nl"></main>`);
    const create = async () => {
      main.replaceChildren();
      const element = document.createElement('clinic-contact-form');
      element.id = 'contact';
      element.action = action;
      element.minFillMs = 0;
      element.noDraft = noDraft;
      const holder = await fixture(html`<div>${authorForm()}</div>`);
      element.append(...holder.childNodes);
      main.append(element);
      await element.updateComplete;
      return element;
    };
    return create;
  }

  it('restores what was typed after a reload, but never consent or the honeypot', async () => {
    const create = await reloadable(`/__submit?key=${uniqueKey()}`);
    let element = await create();
    await fillIn(element, { phone: '06 12345678' });
    field(element, 'website').value = 'spam';
    await type(element, 'name', '!');
    element = await create();
    expect(field(element, 'name').value).to.equal('Anna de Vries!');
    expect(field(element, 'email').value).to.equal('anna@voorbeeld.nl');
    expect(field(element, 'phone').value).to.equal('06 12345678');
    expect(field(element, 'message').value).to.equal('Ik heb last van mijn rug.');
    expect(field(element, 'consent').checked).to.equal(false);
    expect(field(element, 'website').value).to.equal('');
    expect(JSON.stringify(sessionStorage)).not.to.include('spam');
  });

  it('a restored draft can be sent straight away (it is no bot) and success removes it', async () => {
    const key = uniqueKey();
    const create = await reloadable(`/__submit?key=${key}`);
    let element = await create();
    await fillIn(element);
    element = await create();
    element.minFillMs = 2500;
    field(element, 'consent').checked = true;
    const done = oneEvent(element, 'clinic-submit-success');
    submitButton(element).click();
    await done;
    expect(await received(key)).to.have.length(1);
    expect(sessionStorage.length).to.equal(0);
    element = await create();
    expect(field(element, 'name').value).to.equal('');
  });

  it('keeps nothing with no-draft', async () => {
    const create = await reloadable(`/__submit?key=${uniqueKey()}`, true);
    let element = await create();
    await fillIn(element);
    expect(sessionStorage.length).to.equal(0);
    element = await create();
    expect(field(element, 'name').value).to.equal('');
  });
});
