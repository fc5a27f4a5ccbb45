import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { authorForm, field, onDutchPage, shadow, uniqueKey } from './helpers.js';

describe('<clinic-contact-form> and the symptom checklist', () => {
  beforeEach(() => sessionStorage.clear());

  const tick = (checklist: Element & { value?: string[] }, checked: string[], redFlags: string[] = []) => {
    checklist.value = checked;
    checklist.dispatchEvent(new CustomEvent('clinic-symptoms-change', { detail: { checked, redFlags, match: checked.length >= 2 }, bubbles: true, composed: true }));
  };

  it('offers to add the ticked complaints to the message, and adds them only when clicked', async () => {
    const element = await onDutchPage(html`<div>
      <clinic-symptom-checklist></clinic-symptom-checklist>
      <clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>
    </div>`);
    expect(shadow(element, '[part="symptoms"]')).to.equal(null);
    const checklist = document.querySelector('clinic-symptom-checklist')!;
    tick(checklist, ['Startstijfheid na zitten', 'Pijn bij draaien']);
    await element.updateComplete;
    const offer = shadow(element, '[part="symptoms"]')!;
    expect(offer.textContent).to.include('Aangevinkt in de checklist en nog niet in je bericht:');
    const message = field<HTMLTextAreaElement>(element, 'message');
    expect(message.value).to.equal('');
    await expect(element).to.be.accessible();
    message.focus();
    await sendKeys({ type: 'Mijn rug.' });
    shadow(element, '[part="add-symptoms"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(message.value).to.equal('Mijn rug.\n\nAangevinkt in de checklist:\n- Startstijfheid na zitten\n- Pijn bij draaien');
    tick(checklist, ['Startstijfheid na zitten']);
    await element.updateComplete;
    // (Already in the message: nothing left to offer.)
    expect(shadow(element, '[part="symptoms"]')).to.equal(null);
    tick(checklist, []);
    await element.updateComplete;
    await waitUntil(() => shadow(element, '[part="symptoms"]') === null);
  });

  it('offers the ticked warning signs too, also when no complaint is ticked', async () => {
    const element = await onDutchPage(html`<div>
      <clinic-symptom-checklist></clinic-symptom-checklist>
      <clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>
    </div>`);
    const checklist = document.querySelector('clinic-symptom-checklist')!;
    tick(checklist, [], ['Onverklaarbare koorts']);
    await element.updateComplete;
    expect(shadow(element, '[part="symptoms"]')!.textContent).to.include('Waarschuwingssignaal: Onverklaarbare koorts');
    tick(checklist, ['Startstijfheid na zitten'], ['Onverklaarbare koorts']);
    await element.updateComplete;
    shadow(element, '[part="add-symptoms"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(field<HTMLTextAreaElement>(element, 'message').value).to.equal('Aangevinkt in de checklist:\n- Startstijfheid na zitten\n- Waarschuwingssignaal: Onverklaarbare koorts');
  });

  it('a page’s own offer text may still count what it offers ({count})', async () => {
    const element = await onDutchPage(html`<div>
      <clinic-symptom-checklist></clinic-symptom-checklist>
      <clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0" data-i18n-symptoms="Nog {count} toe te voegen:">${authorForm()}</clinic-contact-form>
    </div>`);
    tick(document.querySelector('clinic-symptom-checklist')!, ['Startstijfheid na zitten', 'Pijn bij draaien'], ['Onverklaarbare koorts']);
    await element.updateComplete;
    expect(shadow(element, '[part="symptoms"] p')!.textContent).to.equal('Nog 3 toe te voegen:');
  });

});
