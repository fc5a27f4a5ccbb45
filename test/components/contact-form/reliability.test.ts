import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { ClinicContactForm } from '../../../src/components/contact-form/contact-form.js';
import { captureWarnings } from '../../support/warnings.js';
import { authorForm, fillIn, onDutchPage, received, sendAndSucceed, shadow, submitButton, uniqueKey, warningPrefix } from './helpers.js';
import { guardAgainstRunawayObservers } from './runaway-guard.js';

// Issue 16: found by a seeded fuzzer over the seed markup, each reproduced by hand: nothing an
// editor or a page script does may hang the tab, or make the form drop a visitor's message.

describe('<clinic-contact-form> inside another <clinic-contact-form>', () => {
  beforeEach(() => sessionStorage.clear());

  it('the inner one owns its form and sends it; the outer one warns once and leaves it alone (the tab no longer freezes)', async function () {
    // A freeze stops every timer, mocha's timeout too: the guard turns it into a failure instead.
    this.timeout(6000);
    const key = uniqueKey();
    const guard = guardAgainstRunawayObservers();
    const warnings = captureWarnings();
    let page: HTMLElement;
    try {
      page = await fixture(html`<main lang="nl">
        <clinic-contact-form id="outer" action="/__submit?key=${key}-outer">
          <clinic-contact-form id="inner" action="/__submit?key=${key}" min-fill-ms="0">${authorForm()}</clinic-contact-form>
        </clinic-contact-form>
      </main>`);
      await nextFrame();
      await nextFrame();
    } finally {
      guard.restore();
      warnings.restore();
    }
    expect(guard.tripped, 'the two forms kept rewriting the same light DOM: the tab froze').to.equal(false);
    expect(warnings.clinic).to.deep.equal([
      '[clinic-elements] <clinic-contact-form id="outer">: holds another <clinic-contact-form>, which handles the form inside it; this one leaves that form alone. Remove the outer <clinic-contact-form> (an unclosed tag, or a form pasted twice, does this).',
    ]);
    const outer = page.querySelector<ClinicContactForm>('#outer')!;
    const inner = page.querySelector<ClinicContactForm>('#inner')!;
    expect(outer.querySelectorAll('form'), 'no standard form of the outer one').to.have.length(1);
    expect(shadow(outer, '[part="required-legend"]')).to.equal(null);

    await fillIn(inner);
    expect(await sendAndSucceed(inner)).to.deep.equal({ status: 200, body: { ok: true } });
    expect(await received(key)).to.have.length(1);
    expect(await received(`${key}-outer`)).to.deep.equal([]);
    expect(shadow(outer, '[part="success"]')!.hidden, 'the outer one shows no thank-you of its own').to.equal(true);
  });
});

describe('<clinic-contact-form> with properties of the wrong type', () => {
  beforeEach(() => sessionStorage.clear());

  const cases: { property: string; value: unknown; warning: string }[] = [
    { property: 'action', value: true, warning: "the action property (set to true) is not a web address, so it is ignored and the form's own action is used, if it has one." },
    { property: 'method', value: 5, warning: 'the method property (set to 5) is not supported: only POST, PUT and PATCH carry the message, so it is sent with POST.' },
    { property: 'method', value: ['put'], warning: 'the method property (set to an array) is not supported: only POST, PUT and PATCH carry the message, so it is sent with POST.' },
    { property: 'enctype', value: {}, warning: 'the enctype property (set to an object) is not supported (use application/json, application/x-www-form-urlencoded or multipart/form-data), so the message is sent as JSON.' },
    { property: 'timeout', value: {}, warning: 'the timeout property (set to an object) is not a number of milliseconds above 0, so the form waits 15000 ms for the server.' },
    { property: 'minFillMs', value: true, warning: 'the minFillMs property (set to true) is not a number of milliseconds of 0 or more, so a message sent sooner than 2500 ms after the form was shown waits until then.' },
  ];
  for (const { property, value, warning } of cases) {
    it(`${property} = ${JSON.stringify(value)}: one warning, the default, and the message still arrives`, async () => {
      const key = uniqueKey();
      const element = await onDutchPage(html`<clinic-contact-form min-fill-ms="0">${authorForm({ action: `/__submit?key=${key}` })}</clinic-contact-form>`);
      const warnings = captureWarnings();
      Object.assign(element, { [property]: value });
      await fillIn(element);
      const detail = await sendAndSucceed(element);
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([warningPrefix + warning]);
      expect(detail.status).to.equal(200);
      const requests = await received(key);
      expect(requests).to.have.length(1);
      expect(requests[0].method).to.equal('POST');
      expect(requests[0].contentType).to.equal('application/json');
    });
  }
});

describe('<clinic-contact-form> error summary heading', () => {
  beforeEach(() => sessionStorage.clear());

  /** The summary's heading as a person hears it: its level and text. */
  async function summaryHeading(element: ClinicContactForm) {
    submitButton(element).click();
    await element.updateComplete;
    const heading = shadow(element, '[part="error-summary"] :is(h1, h2, h3, h4, h5, h6)')!;
    return `${heading.localName} ${heading.textContent}`;
  }

  it('takes its level from the page: one below the heading before the form', async () => {
    const element = await onDutchPage(html`<section><h2>Contact</h2><clinic-contact-form min-fill-ms="0">${authorForm()}</clinic-contact-form></section>`);
    expect(await summaryHeading(element)).to.equal('h3 Er is een probleem');
    await expect(element).to.be.accessible();
  });

  it('heading-level="4" sets it; heading-level="9" is clamped to 6 with one warning', async () => {
    const four = await onDutchPage(html`<clinic-contact-form heading-level="4" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    expect(await summaryHeading(four)).to.equal('h4 Er is een probleem');
    const warnings = captureWarnings();
    const nine = await onDutchPage(html`<clinic-contact-form heading-level="9" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    const heading = await summaryHeading(nine);
    warnings.restore();
    expect(heading).to.equal('h6 Er is een probleem');
    expect(warnings.clinic.filter((message) => message.includes('heading-level'))).to.have.length(1);
  });
});
