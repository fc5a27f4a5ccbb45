import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClinicContactForm } from '../../../src/components/contact-form/contact-form.js';
import { captureWarnings } from '../../support/warnings.js';
import { movingElements, withForcedColors, withReducedMotion } from '../../support/look.js';
import { authorForm, field, fillIn, onDutchPage, received, shadow, submitButton, uniqueKey } from './helpers.js';
import '../../../src/symptom-checklist.js';

// Issue 17, as a visitor sees the form on a page without any CSS of the site's own.
const px = (value: string) => Number.parseFloat(value);

/** Sends the empty form with the keyboard (Enter on the button), as a visitor does: the summary gets focus. */
async function sendEmptyWithKeyboard(element: ClinicContactForm) {
  submitButton(element).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => element.shadowRoot!.activeElement === shadow(element, '[part="error-summary"]'), 'the summary gets focus');
}

describe('<clinic-contact-form> finished look: a wrong field', () => {
  beforeEach(() => sessionStorage.clear());

  it('is marked by the widget’s own styles, not by colour alone: a thick start border, and its message with a warning sign and the same border', async () => {
    const element = await onDutchPage(html`<clinic-contact-form min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    const phoneBorder = px(getComputedStyle(field(element, 'phone')).borderLeftWidth);
    await sendEmptyWithKeyboard(element);
    const name = field(element, 'name');
    const style = getComputedStyle(name);
    expect(px(style.borderLeftWidth), 'a thick border on the wrong field').to.be.at.least(4);
    expect(px(style.borderLeftWidth)).to.be.above(phoneBorder);
    expect(px(getComputedStyle(field(element, 'phone')).borderLeftWidth), 'a right field keeps its look').to.equal(phoneBorder);
    const note = document.getElementById(name.getAttribute('aria-describedby')!)!;
    expect(note.className).to.equal('clinic-contact-form-error');
    expect(note.hasAttribute('style'), 'no inline style').to.equal(false);
    expect(px(getComputedStyle(note).borderLeftWidth)).to.be.at.least(4);
    expect(getComputedStyle(note).fontWeight).to.equal('700');
    expect(getComputedStyle(note, '::before').content).to.include('⚠');
    expect(getComputedStyle(field(element, 'consent')).outlineStyle, 'a ring around a wrong checkbox').to.equal('solid');
    await expect(element).to.be.accessible();
  });

  it('forced colours: the wrong field’s thick border stays', async function () {
    await withForcedColors(this, async () => {
      const element = await onDutchPage(html`<clinic-contact-form min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
      await sendEmptyWithKeyboard(element);
      const name = field(element, 'name');
      expect(px(getComputedStyle(name).borderLeftWidth)).to.be.at.least(4);
      const note = document.getElementById(name.getAttribute('aria-describedby')!)!;
      expect(px(getComputedStyle(note).borderLeftWidth)).to.be.at.least(4);
      await expect(element).to.be.accessible();
    });
  });

  it('reduced motion: nothing in the form moves by itself', async function () {
    await withReducedMotion(this, async () => {
      const element = await onDutchPage(html`<clinic-contact-form min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
      await sendEmptyWithKeyboard(element);
      expect(movingElements([element.shadowRoot!, element])).to.deep.equal([]);
    });
  });
});

describe('<clinic-contact-form> finished look: the boxes', () => {
  beforeEach(() => sessionStorage.clear());

  it('the focused error summary has one border, not a focus ring around its border', async () => {
    const element = await onDutchPage(html`<clinic-contact-form min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await sendEmptyWithKeyboard(element);
    const summary = shadow(element, '[part="error-summary"]')!;
    expect(summary.matches(':focus-visible'), 'keyboard focus').to.equal(true);
    const style = getComputedStyle(summary);
    expect(px(style.borderTopWidth)).to.equal(4);
    expect(style.outlineStyle).to.equal('none');
  });

  it('after success the thank-you takes the emptied form’s place, and the checklist offer is gone', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<div>
      <clinic-symptom-checklist><ul><li>Startstijfheid na zitten</li><li>Pijn bij draaien</li></ul></clinic-symptom-checklist>
      <clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">${authorForm()}</clinic-contact-form>
    </div>`);
    document.querySelector('clinic-symptom-checklist')!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await waitUntil(() => shadow(element, '[part="symptoms"]'), 'the offer shows');
    await fillIn(element);
    const done = oneEvent(element, 'clinic-submit-success');
    submitButton(element).click();
    await done;
    await element.updateComplete;
    const form = element.querySelector('form')!;
    expect(form.checkVisibility(), 'the form is gone').to.equal(false);
    expect(field(element, 'name').value, 'and emptied').to.equal('');
    expect(shadow(element, '[part="symptoms"]'), 'the offer is gone').to.equal(null);
    const success = shadow(element, '[part="success"]')!;
    expect(success.checkVisibility()).to.equal(true);
    expect(element.querySelector('[slot="success"]')!.textContent).to.include('Bedankt!');
    await waitUntil(() => element.shadowRoot!.activeElement === success, 'the thank-you gets focus');
    expect(getComputedStyle(success).outlineStyle, 'one border on the focused thank-you').to.equal('none');
    expect(await received(key)).to.have.length(1);
    await expect(element).to.be.accessible();
  });
});

describe('<clinic-contact-form> finished look: a number to call when sending failed', () => {
  beforeEach(() => sessionStorage.clear());

  for (const [lang, text] of [
    ['nl', 'Je kunt ons ook bellen:'],
    ['en', 'You can also call us:'],
  ]) {
    it(`phone="+31 493 123 456" shows as a tel: link in the failure message (${lang})`, async () => {
      const element = await onDutchPage(
        html`<clinic-contact-form action=${`/__submit?key=${uniqueKey()}&status=500`} phone="+31 493 123 456" min-fill-ms="0">${authorForm()}</clinic-contact-form>`,
        lang,
      );
      expect(shadow(element, '[part="call"]'), 'not before anything failed').to.equal(null);
      await fillIn(element);
      const failed = oneEvent(element, 'clinic-submit-error');
      submitButton(element).click();
      await failed;
      await element.updateComplete;
      const call = shadow(element, '[part="alert"] [part="call"]')!;
      expect(call.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${text} +31 493 123 456`);
      const link = call.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('tel:+31493123456');
      expect(link.textContent).to.equal('+31 493 123 456');
      await expect(element).to.be.accessible();
    });
  }

  it('a phone that is no phone number: one warning, and no number offered', async () => {
    const warnings = captureWarnings();
    const element = await onDutchPage(html`<clinic-contact-form action=${`/__submit?key=${uniqueKey()}&status=500`} phone="bel ons" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([
      '[clinic-elements] <clinic-contact-form>: phone="bel ons" is not a phone number (such as +31 493 123 456 or 0493 123 456), so the failure message offers no number to call.',
    ]);
    await fillIn(element);
    const failed = oneEvent(element, 'clinic-submit-error');
    submitButton(element).click();
    await failed;
    await element.updateComplete;
    expect(shadow(element, '[part="alert"]')!.hidden).to.equal(false);
    expect(shadow(element, '[part="call"]')).to.equal(null);
  });
});
