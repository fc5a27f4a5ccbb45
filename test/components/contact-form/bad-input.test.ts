import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../../support/warnings.js';
import { authorForm, field, fillIn, onDutchPage, received, shadow, submitButton, uniqueKey, warningPrefix } from './helpers.js';

describe('<clinic-contact-form> with bad input', () => {
  beforeEach(() => sessionStorage.clear());

  it('without action: one warning, nothing sent, the events carry the data', async () => {
    const warnings = captureWarnings();
    const element = await onDutchPage(html`<clinic-contact-form min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([`${warningPrefix}has no action (on the element or its form), so nothing is sent: the clinic-submit event carries the message for a script of the page. Add action="/your-endpoint" to send it.`]);
    await fillIn(element);
    const submitted = oneEvent(element, 'clinic-submit');
    const success = oneEvent(element, 'clinic-submit-success');
    submitButton(element).click();
    expect((await submitted).detail.data.name).to.equal('Anna de Vries');
    expect((await success).detail).to.deep.equal({ status: 0, body: null });
  });

  it('refuses a javascript: action with one warning and tells the visitor it was not sent', async () => {
    const warnings = captureWarnings();
    const element = await onDutchPage(html`<clinic-contact-form action="javascript:alert(1)" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([`${warningPrefix}action="javascript:alert(1)" is not an http(s) address, so nothing is sent and visitors are told their message was not sent. Give a web address, such as action="/api/contact".`]);
    await fillIn(element);
    const failed = oneEvent(element, 'clinic-submit-error');
    submitButton(element).click();
    expect((await failed).detail.message).to.match(/^Je bericht is niet verstuurd/);
    await element.updateComplete;
    expect(shadow(element, '[part="alert"]')!.hidden).to.equal(false);
    expect(field(element, 'name').value).to.equal('Anna de Vries');
  });

  it('uses the form’s own action when the element has none, and its method', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form min-fill-ms="0"><form action="/__submit?key=${key}" method="put"><label>Vraag <input name="q" /></label><button>Stuur</button></form></clinic-contact-form>`);
    field(element, 'q').value = 'Hoi';
    const done = oneEvent(element, 'clinic-submit-success');
    submitButton(element).click();
    await done;
    expect((await received(key))[0]).to.include({ method: 'PUT', contentType: 'application/json', body: '{"q":"Hoi"}' });
  });

  it('a form without a submit button: one warning, nothing added; Enter still submits it', async () => {
    const key = uniqueKey();
    const warnings = captureWarnings();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0"><form><label>Vraag <input name="q" required /></label></form></clinic-contact-form>`);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([`${warningPrefix}the form has no submit button, so it can only be sent with Enter in a field. Add one, such as <button>Verstuur</button>.`]);
    expect(element.querySelectorAll('button').length + element.shadowRoot!.querySelectorAll('button').length).to.equal(0);
    field(element, 'q').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    field(element, 'q').focus();
    await sendKeys({ type: 'Hoi' });
    const done = oneEvent(element, 'clinic-submit-success');
    await sendKeys({ press: 'Enter' });
    await done;
    expect((await received(key))[0].body).to.equal('{"q":"Hoi"}');
    await expect(element).to.be.accessible();
  });

  it('fields without a name or a label: one warning each; the rest works', async () => {
    const key = uniqueKey();
    const warnings = captureWarnings();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" min-fill-ms="0">
      <form>
        <label>Naam <input name="name" required /></label>
        <label>Zonder naam <input /></label>
        <input name="code" aria-label="" required />
        <button>Stuur</button>
      </form>
    </clinic-contact-form>`);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([
      `${warningPrefix}the field labelled "Zonder naam" has no name attribute, so its value is never sent. Give it a name, such as name="question".`,
      `${warningPrefix}the field named "code" has no label, so people using a screen reader cannot tell what it asks, and error messages call it "code". Give it a <label> (or aria-label).`,
    ]);
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    expect([...element.shadowRoot!.querySelectorAll('[part="error-summary"] a')].map((a) => a.textContent)).to.deep.equal(['Vul naam in', 'Vul code in']);
  });

  it('an unsupported enctype or a bad timeout: JSON and 15 s are used', async () => {
    const key = uniqueKey();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${key}" enctype="text/plain" timeout="soon" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    await fillIn(element);
    const warnings = captureWarnings();
    const done = oneEvent(element, 'clinic-submit-success');
    submitButton(element).click();
    await done;
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([]);
    expect((await received(key))[0].contentType).to.equal('application/json');
  });

  it('two forms inside: the first is enhanced', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}"><form id="a"><input name="x" aria-label="X" /><button>Go</button></form><form id="b"></form></clinic-contact-form>`);
    expect(element.querySelector<HTMLFormElement>('#a')!.noValidate).to.equal(true);
  });
});
