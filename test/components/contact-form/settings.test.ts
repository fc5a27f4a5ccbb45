import { expect, html, oneEvent } from '@open-wc/testing';
import { captureWarnings } from '../../support/warnings.js';
import { authorForm, field, fillIn, onDutchPage, received, sendAndSucceed, uniqueKey, warningPrefix } from './helpers.js';

// A CMS editor's review: a method that sends no body (GET), a nonsense method, a number that is no
// number or an unsupported enctype were taken silently, and broke sending or switched the spam check off.

describe('<clinic-contact-form> with bad method, enctype, timeout or min-fill-ms', () => {
  beforeEach(() => sessionStorage.clear());

  for (const [where, method] of [
    ['element', 'get'],
    ['form', 'get'],
    ['element', 'sendit now'],
    ['element', 'DELETE'],
  ]) {
    it(`method="${method}" on the ${where}: one warning, and the form is sent as POST`, async () => {
      const key = uniqueKey();
      const warnings = captureWarnings();
      const element = await onDutchPage(
        where === 'element'
          ? html`<clinic-contact-form action="/__submit?key=${key}" method=${method} min-fill-ms="0">${authorForm()}</clinic-contact-form>`
          : html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0"><form method=${method}><label>Vraag <input name="q" required /></label><button>Stuur</button></form></clinic-contact-form>`,
      );
      if (where === 'element') await fillIn(element);
      else field(element, 'q').value = 'Hoi';
      expect(await sendAndSucceed(element)).to.deep.equal({ status: 200, body: { ok: true } });
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([`${warningPrefix}method="${method}" is not supported: only POST, PUT and PATCH carry the message, so it is sent with POST.`]);
      const requests = await received(key);
      expect(requests.map((request) => request.method)).to.deep.equal(['POST']);
      expect(requests[0].contentType).to.equal('application/json');
    });
  }

  it('PATCH is kept, without a warning', async () => {
    const key = uniqueKey();
    const warnings = captureWarnings();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" method="patch" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    await sendAndSucceed(element);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([]);
    expect((await received(key))[0].method).to.equal('PATCH');
  });

  it('min-fill-ms="abc" or "-1": one warning, and a quick message is still held until 2500 ms after the form was shown, then sent', async function () {
    this.timeout(15000);
    for (const value of ['abc', '-1']) {
      const key = uniqueKey();
      const shown = Date.now();
      const warnings = captureWarnings();
      const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms=${value}>${authorForm()}</clinic-contact-form>`);
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([
        `${warningPrefix}min-fill-ms="${value}" is not a number of milliseconds of 0 or more, so a message sent sooner than 2500 ms after the form was shown waits until then.`,
      ]);
      // Filled in and sent at once: held, then sent.
      for (const [name, text] of Object.entries({ name: 'Anna', email: 'anna@voorbeeld.nl', message: 'Hallo' })) field(element, name).value = text;
      field(element, 'consent').checked = true;
      const done = oneEvent(element, 'clinic-submit-success');
      element.querySelector('form')!.requestSubmit();
      expect(await received(key)).to.deep.equal([]);
      await done;
      expect(Date.now() - shown).to.be.at.least(2500);
      expect(await received(key)).to.have.length(1);
    }
  });

  it('timeout="abc" or "0" and enctype="text/plain": one warning each, and the form is sent as JSON', async () => {
    for (const timeout of ['abc', '0']) {
      const key = uniqueKey();
      const warnings = captureWarnings();
      const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" enctype="text/plain" timeout=${timeout} min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([
        `${warningPrefix}enctype="text/plain" is not supported (use application/json, application/x-www-form-urlencoded or multipart/form-data), so the message is sent as JSON.`,
        `${warningPrefix}timeout="${timeout}" is not a number of milliseconds above 0, so the form waits 15000 ms for the server.`,
      ]);
      await fillIn(element);
      await sendAndSucceed(element);
      expect((await received(key))[0].contentType).to.equal('application/json');
    }
  });
});
