import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { authorForm, field, fillIn, onDutchPage, shadow, submitButton, type, uniqueKey } from './helpers.js';

describe('<clinic-contact-form> as the page changes', () => {
  beforeEach(() => sessionStorage.clear());

  it('checks a field a CMS preview adds later', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    const extra = document.createElement('p');
    const label = Object.assign(document.createElement('label'), { htmlFor: 't-city', textContent: 'Woonplaats' });
    const input = Object.assign(document.createElement('input'), { id: 't-city', name: 'city', required: true });
    extra.append(label, input);
    element.querySelector('form')!.prepend(extra);
    await waitUntil(() => element.querySelector('label[for="t-city"] [data-clinic-mark="star"]'), 'the new required field gets its *');
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    expect(shadow(element, '[part="error-summary"] a')!.textContent).to.equal('Vul woonplaats in');
  });

  it('follows the page language in the standard form', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" privacy-href="/privacy"></clinic-contact-form>`);
    const name = field(element, 'name');
    await type(element, 'name', 'Anna');
    element.closest('main')!.setAttribute('lang', 'en');
    await waitUntil(() => submitButton(element).textContent === 'Send');
    expect(name.labels![0].textContent!.trim()).to.match(/^Name/);
    expect(field(element, 'name')).to.equal(name);
    expect(name.value).to.equal('Anna');
  });

  it('the thank-you goes away when a new message is started', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    const done = oneEvent(element, 'clinic-submit-success');
    submitButton(element).click();
    await done;
    await element.updateComplete;
    expect(shadow(element, '[part="success"]')!.hidden).to.equal(false);
    await type(element, 'name', 'B');
    await element.updateComplete;
    expect(shadow(element, '[part="success"]')!.hidden).to.equal(true);
  });

  it('works inside another component’s shadow root', async () => {
    const outer = document.createElement('div');
    outer.lang = 'nl';
    document.body.append(outer);
    try {
      const root = outer.attachShadow({ mode: 'open' });
      const element = document.createElement('clinic-contact-form');
      element.setAttribute('action', `/__submit?key=${uniqueKey()}`);
      const form = document.createElement('form');
      const label = Object.assign(document.createElement('label'), { htmlFor: 's-name', textContent: 'Naam' });
      const input = Object.assign(document.createElement('input'), { id: 's-name', name: 'name', required: true });
      form.append(label, input, Object.assign(document.createElement('button'), { textContent: 'Stuur' }));
      element.append(form);
      root.append(element);
      await element.updateComplete;
      element.querySelector('button')!.click();
      await waitUntil(() => element.shadowRoot!.querySelector('[part="error-summary"]'));
      expect(root.querySelectorAll('[data-clinic-mark="error"]')).to.have.length(1);
      expect(root.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal('Vul naam in');
    } finally {
      outer.remove();
    }
  });
});
