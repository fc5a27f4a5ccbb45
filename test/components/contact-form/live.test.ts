import { expect, html, waitUntil } from '@open-wc/testing';
import { authorForm, field, onDutchPage, shadow, submitButton, type, uniqueKey } from './helpers.js';

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
});
