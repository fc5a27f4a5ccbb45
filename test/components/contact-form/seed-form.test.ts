import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { contactFormExamples, exampleHtml } from '../../../examples/index.js';
import type { ClinicContactForm } from '../../../src/components/contact-form/contact-form.js';
import { fillIn, shadow, submitButton, uniqueKey } from './helpers.js';

// The demo page's form (examples/, the seed clinic's), as a visitor meets it when sending fails.

/** The seed form, sent to the test endpoint with this answer (`&status=500`), at once. */
async function seedForm(answer: string): Promise<ClinicContactForm> {
  const { seed } = contactFormExamples;
  const attributes = { ...seed.attributes, action: `/__submit?key=${uniqueKey()}${answer}`, 'min-fill-ms': '0' };
  const page = await fixture(html`<main lang="nl">${unsafeHTML(exampleHtml('clinic-contact-form', { ...seed, attributes }))}</main>`);
  const element = page.querySelector<ClinicContactForm>('clinic-contact-form')!;
  await element.updateComplete;
  return element;
}

/** The empty band above a box's first line: from its top edge to the first line's, less its border and padding. */
function bandAbove(box: HTMLElement): number {
  const { borderTopWidth, paddingTop } = getComputedStyle(box);
  const firstLine = box.firstElementChild!.getBoundingClientRect().top;
  return firstLine - box.getBoundingClientRect().top - parseFloat(borderTopWidth) - parseFloat(paddingTop);
}

describe('The demo page’s contact form', () => {
  beforeEach(() => sessionStorage.clear());

  /** The seed form, filled in and sent to an endpoint that fails: the alert shows. */
  async function failedSend() {
    const element = await seedForm('&status=500');
    await fillIn(element);
    const failed = oneEvent(element, 'clinic-submit-error');
    submitButton(element).click();
    await failed;
    await element.updateComplete;
    return element;
  }

  it('offers the clinic’s number to call when the message could not be sent', async () => {
    const element = await failedSend();
    const call = shadow(element, '[part="alert"] [part="call"]');
    expect(call, 'the "Je kunt ons ook bellen" line').to.exist;
    expect(call!.textContent).to.include('Je kunt ons ook bellen:');
    expect(call!.querySelector('a')!.getAttribute('href')).to.match(/^tel:\+31\d+$/);
    expect(getComputedStyle(call!.querySelector('a')!).color, 'the text’s colour, not the browser’s link blue').to.equal(getComputedStyle(call!).color);
  });

  it('the failure alert and the checklist offer start their text at their padding, without an empty band above it', async () => {
    const element = await failedSend();
    expect(bandAbove(shadow(element, '[part="alert"]')!)).to.be.closeTo(0, 0.5);

    document.dispatchEvent(new CustomEvent('clinic-symptoms-change', { detail: { checked: ['Pijn bij draaien'], redFlags: [], match: false } }));
    await element.updateComplete;
    expect(bandAbove(shadow(element, '[part="symptoms"]')!)).to.be.closeTo(0, 0.5);
  });
});
