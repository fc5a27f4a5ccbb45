import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
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

  it('a form sent faster than min-fill-ms after the first interaction gets a quiet success and nothing is sent', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="60000">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    expect(await sendAndSeeSuccess(element)).to.deep.equal([]);
    expect(await received(key)).to.deep.equal([]);
  });

  it('a form filled by script without any interaction counts as a bot under the default min-fill-ms', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}">${authorForm()}</clinic-contact-form>`);
    expect(element.minFillMs).to.equal(2500);
    for (const [name, value] of Object.entries({ name: 'Bot', email: 'bot@spam.example', message: 'Buy' })) field(element, name).value = value;
    field(element, 'consent').checked = true;
    element.querySelector('form')!.requestSubmit();
    await waitUntil(() => !shadow(element, '[part="success"]')!.hidden);
    expect(await received(key)).to.deep.equal([]);
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
