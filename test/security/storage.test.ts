import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ClinicContactForm } from '../../src/components/contact-form/contact-form.js';
import { field, type } from '../components/contact-form/helpers.js';
import { mountDemoPage } from '../demo/demo-page.js';

/** What a visitor types into an author's form with fields a draft must not keep. */
const SECRETS = { pin: '4242', card: '4111111111111111', cvc: '737', code: '918273', pass2: 'Geheim!123', website: 'spam.example' };

describe('security: browser storage', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('the form draft keeps what was typed, but no password, card number, card code, one-time code, token, honeypot or consent', async () => {
    const page = await fixture<HTMLElement>(html`<main lang="nl"></main>`);
    const create = async () => {
      page.replaceChildren();
      const holder = await fixture(html`<div><clinic-contact-form id="secrets" action="/__submit" min-fill-ms="0">
        <form>
          <label>Naam <input name="name" required autocomplete="name" /></label>
          <label>Wachtwoord <input name="pin" type="password" /></label>
          <label>Kaartnummer <input name="card" autocomplete="cc-number" inputmode="numeric" /></label>
          <label>CVC <input name="cvc" autocomplete="billing cc-csc" /></label>
          <label>Code uit sms <input name="code" autocomplete="one-time-code" /></label>
          <label>Nieuw wachtwoord <input name="pass2" autocomplete="new-password" /></label>
          <input type="hidden" name="csrf" value="token-123" />
          <label><input type="checkbox" name="consent" required /> Akkoord</label>
          <div data-honeypot><label>Website <input name="website" /></label></div>
          <button>Verstuur</button>
        </form></clinic-contact-form></div>`);
      page.append(...holder.childNodes);
      const element = page.querySelector<ClinicContactForm>('clinic-contact-form')!;
      await element.updateComplete;
      return element;
    };
    let element = await create();
    await type(element, 'name', 'Anna');
    for (const [name, text] of Object.entries(SECRETS)) await type(element, name, text);
    field(element, 'consent').click();
    await type(element, 'name', ' de Vries');

    const stored = JSON.stringify(sessionStorage);
    expect(stored).to.include('Anna de Vries');
    for (const secret of [...Object.values(SECRETS), 'token-123']) expect(stored, secret).not.to.include(secret);
    expect(Object.keys(JSON.parse(Object.values(sessionStorage as Record<string, string>)[0]))).to.deep.equal(['name']);

    element = await create(); // a reload
    expect(field(element, 'name').value).to.equal('Anna de Vries');
    for (const name of Object.keys(SECRETS)) expect(field(element, name).value, name).to.equal('');
    expect(field(element, 'consent').checked).to.equal(false);
  });

  it('the seed page keeps nothing but the form draft, and sets no cookie, while a visitor uses every widget', async () => {
    localStorage.clear();
    const { page } = await mountDemoPage(() => import('../../src/index.js'));
    try {
      const checklist = page.querySelector('clinic-symptom-checklist')!;
      checklist.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[0].click();
      page.querySelector('clinic-faq summary')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const picker = page.querySelector('clinic-location-picker')!;
      picker.querySelectorAll('clinic-location')[2].shadowRoot!.querySelector<HTMLElement>('[role=radio]')!.click();
      const form = page.querySelector('clinic-contact-form')!;
      await type(form, 'name', 'Anna');
      expect(document.cookie).to.equal('');
      expect(localStorage.length).to.equal(0);
      expect(Object.keys(sessionStorage)).to.have.length(1);
      expect(Object.keys(sessionStorage)[0]).to.match(/^clinic-elements:contact-form:/);
    } finally {
      page.remove();
    }
  });
});
