import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { checklistContent, complaints, warningSigns } from '../../../examples/symptom-checklist.js';
import '../../../src/symptom-checklist.js';
import type { ClinicContactForm } from '../../../src/components/contact-form/contact-form.js';
import { authorForm, field, shadow, uniqueKey } from './helpers.js';

// The reviewer's steps on the demo page: the seed checklist and the seed form, ticked and added
// twice. Adding never duplicates, warning signs are labelled in the message, and the offer lists
// what it will add (gone once everything ticked is in the message, back when more is ticked).

async function checklistAndForm(lang = 'nl') {
  const page = await fixture(html`<main lang=${lang}>
    <clinic-symptom-checklist threshold="2">${unsafeHTML(checklistContent({ headingId: '' }))}</clinic-symptom-checklist>
    <clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>
  </main>`);
  const element = page.querySelector<ClinicContactForm>('clinic-contact-form')!;
  await element.updateComplete;
  const checklist = page.querySelector('clinic-symptom-checklist')!;
  /** Ticks the checklist's box for this text, as a person clicks it. */
  const tick = async (text: string) => {
    [...checklist.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((box) => box.closest('li')!.textContent!.includes(text))!.click();
    await element.updateComplete;
  };
  const offer = () => shadow(element, '[part="symptoms"]');
  /** What the offer lists, one text per line it will add. */
  const offered = () => [...(offer()?.querySelectorAll('li') ?? [])].map((item) => item.textContent!.trim());
  const add = async () => {
    shadow(element, '[part="add-symptoms"]')!.click();
    await element.updateComplete;
  };
  return { element, message: field<HTMLTextAreaElement>(element, 'message'), tick, offer, offered, add };
}

describe('<clinic-contact-form> adding the checklist’s ticks to the message', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists what it will add, labels the warning signs, and never adds a tick twice', async () => {
    const { message, tick, offer, offered, add } = await checklistAndForm();
    await tick(complaints[0]);
    await tick(warningSigns[0]);
    expect(offer()!.textContent).to.include('Aangevinkt in de checklist en nog niet in je bericht:');
    expect(offered()).to.deep.equal([complaints[0], `Waarschuwingssignaal: ${warningSigns[0]}`]);
    message.focus();
    await sendKeys({ type: 'Mijn rug.' });
    await add();
    expect(message.value).to.equal(`Mijn rug.\n\nAangevinkt in de checklist:\n- ${complaints[0]}\n- Waarschuwingssignaal: ${warningSigns[0]}`);
    expect(offer(), 'everything ticked is in the message: no offer').to.equal(null);
    expect(document.activeElement, 'the visitor goes on typing in the message').to.equal(message);

    await tick(complaints[1]);
    expect(offered(), 'only the new tick').to.deep.equal([complaints[1]]);
    await add();
    expect(message.value).to.equal(
      `Mijn rug.\n\nAangevinkt in de checklist:\n- ${complaints[0]}\n- Waarschuwingssignaal: ${warningSigns[0]}\n\nAangevinkt in de checklist:\n- ${complaints[1]}`,
    );
    expect(offer()).to.equal(null);
    for (const text of [complaints[0], complaints[1], warningSigns[0]]) expect(message.value.split(text), text).to.have.length(2);
  });

  it('keeps what the visitor typed, and offers again a tick the visitor deleted from the message', async () => {
    const { message, tick, offered, add } = await checklistAndForm();
    message.focus();
    await sendKeys({ type: 'Eerst dit.' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: `- ${complaints[2]}` });
    await sendKeys({ press: 'Enter' });
    await tick(complaints[2]);
    await tick(complaints[3]);
    expect(offered(), 'the visitor wrote the first already').to.deep.equal([complaints[3]]);
    await add();
    const typed = `Eerst dit.\n- ${complaints[2]}\n`;
    expect(message.value).to.equal(`${typed}\nAangevinkt in de checklist:\n- ${complaints[3]}`);
    // The visitor takes the added lines out again (select all, type their own text).
    message.select();
    await sendKeys({ type: 'Opnieuw.' });
    expect(offered()).to.deep.equal([complaints[2], complaints[3]]);
  });

  it('in English: "Warning sign:" before a warning sign, under "Ticked in the checklist:"', async () => {
    const { message, tick, offer, offered, add } = await checklistAndForm('en');
    await tick(warningSigns[1]);
    expect(offer()!.textContent).to.include('Ticked in the checklist and not yet in your message:');
    expect(offered()).to.deep.equal([`Warning sign: ${warningSigns[1]}`]);
    await add();
    expect(message.value).to.equal(`Ticked in the checklist:\n- Warning sign: ${warningSigns[1]}`);
  });
});
