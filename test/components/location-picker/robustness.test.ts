import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../../support/warnings.js';
import { branches, picker, radioOf, radios, searchField, settle, shadow, status } from './helpers.js';

const prefix = '[clinic-elements] <clinic-location-picker>: ';

/** Records the page errors (uncaught exceptions and rejections) while `run` and the updates after it go on. */
async function pageErrors(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const handleError = (event: ErrorEvent) => errors.push(String(event.message));
  const handleRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', handleError);
  window.addEventListener('unhandledrejection', handleRejection);
  try {
    await run();
    // Two tasks: pending updates, and the warnings sent after the current task.
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    window.removeEventListener('error', handleError);
    window.removeEventListener('unhandledrejection', handleRejection);
  }
  return errors;
}

describe('<clinic-location-picker> robustness (issue 16)', () => {
  it('stray text between the branches stays on screen, with one warning', async () => {
    const warnings = captureWarnings();
    const el = await picker(html`<clinic-location-picker>
      Bel ons als u twijfelt:
      <clinic-location value="a" label="Asten"></clinic-location>
      <clinic-location value="b" label="Bakel"></clinic-location>
    </clinic-location-picker>`);
    await waitUntil(() => warnings.clinic.length > 0, 'a warning');
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([
      `${prefix}has text among its branches ("Bel ons als u twijfelt:"). It is shown where it is, but it is not a branch: put it outside the picker, or inside a <clinic-location>.`,
    ]);
    const text = [...el.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const box = range.getBoundingClientRect();
    expect(box.height, 'the text is laid out').to.be.greaterThan(0);
    expect(box.bottom, 'above the first branch').to.be.at.most(el.querySelector('[value=a]')!.getBoundingClientRect().top + 1);
    radioOf(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('b');
  });

  it('a value of the wrong type chooses nothing and throws nothing: a number as its digits, null as empty, an object with one warning', async () => {
    const el = await picker(html`<form><clinic-location-picker name="vestiging"
      ><clinic-location value="5" label="Vijf"></clinic-location><clinic-location value="b" label="Bakel"></clinic-location
    ></clinic-location-picker></form>`);
    const form = el.closest('form')!;
    const warnings = captureWarnings();
    const errors = await pageErrors(async () => {
      (el as unknown as { value: unknown }).value = 5;
      await settle(el);
      expect(new FormData(form).get('vestiging'), 'a number').to.equal('5');
      (el as unknown as { value: unknown }).value = null;
      await settle(el);
      expect(el.value, 'null').to.equal('');
      (el as unknown as { value: unknown }).value = {};
      await settle(el);
    });
    warnings.restore();
    expect(errors).to.deep.equal([]);
    expect(el.value, 'an object').to.equal('');
    expect(el.getAttribute('value')).to.equal('');
    expect(new FormData(form).get('vestiging')).to.equal(null);
    expect(warnings.clinic).to.deep.equal([
      `${prefix}value was set to an object, not a text, so no branch is chosen. Set it to the value of one of its <clinic-location> branches, such as "deurne".`,
    ]);
  });

  it('name = true and label = 3 from a framework: a warning for the boolean, the number shown as its digits', async () => {
    const el = await picker(html`<form><clinic-location-picker>${branches}</clinic-location-picker></form>`);
    const warnings = captureWarnings();
    const errors = await pageErrors(async () => {
      Object.assign(el, { name: true, label: 3 });
      await settle(el);
      radioOf(el, 'mierlo').click();
      await settle(el);
    });
    warnings.restore();
    expect(errors).to.deep.equal([]);
    expect(warnings.clinic).to.deep.equal([`${prefix}name was set to true, not a text; it is left empty. Set it to a text.`]);
    expect([...new FormData(el.closest('form')!).keys()], 'nothing submitted under "true"').to.deep.equal([]);
    expect(shadow(el, '#label').textContent).to.equal('3');
  });

  it('required = "no" from a framework: read as true, as a native field reads it, with one warning; the group stays valid ARIA', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    const warnings = captureWarnings();
    (el as unknown as { required: unknown }).required = 'no';
    await settle(el);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([
      `${prefix}required was set to "no", not true or false; it is read as true, as a native form field would read it. Set it to true or false.`,
    ]);
    expect(el.required).to.equal(true);
    expect(shadow(el, '[role=radiogroup]').getAttribute('aria-required')).to.equal('true');
    expect(el.checkValidity()).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('a branch given a number or an object as value, label or href by a framework: nothing throws, one warning', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    const [deurne, mierlo] = el.querySelectorAll('clinic-location');
    const warnings = captureWarnings();
    const errors = await pageErrors(async () => {
      Object.assign(deurne, { label: 3 });
      Object.assign(mierlo, { value: 7, href: {} });
      await settle(el);
      await waitUntil(() => warnings.clinic.length > 0, 'a warning');
    });
    warnings.restore();
    expect(errors).to.deep.equal([]);
    expect(radios(el).slice(0, 2).map((radio) => radio.textContent!.trim())).to.deep.equal(['3', 'Mierlo']);
    expect(mierlo.shadowRoot!.querySelector('[part=link]')).to.equal(null);
    expect(warnings.clinic).to.deep.equal([`${prefix}<clinic-location> "Mierlo" has its href set to an object, not a text, so it is read as empty. Set it to a text.`]);
    radios(el)[1].click();
    expect(el.value).to.equal('7');
  });

  it('an update still pending when the picker leaves the page throws nothing', async () => {
    for (const change of [
      (el: HTMLElement & { value: string }) => (el.value = 'mierlo'),
      (el: HTMLElement) => el.setAttribute('label', 'Vestiging'),
      (el: HTMLElement) => el.querySelector('clinic-location')!.setAttribute('label', 'Deurne centrum'),
      (el: HTMLElement) => el.append(Object.assign(document.createElement('clinic-location'), { value: 'z', label: 'Zeeland' })),
      (el: HTMLElement & { required: boolean }) => (el.required = true),
    ]) {
      const el = await picker(html`<form><clinic-location-picker name="v">${branches}</clinic-location-picker></form>`);
      const errors = await pageErrors(() => {
        change(el);
        el.remove();
      });
      expect(errors, String(change)).to.deep.equal([]);
    }
    // Made, put in the page and taken out again before its first update.
    const errors = await pageErrors(() => {
      const el = document.createElement('clinic-location-picker');
      el.innerHTML = '<clinic-location value="a" label="A"></clinic-location>';
      document.body.append(el);
      el.value = 'a';
      el.remove();
    });
    expect(errors).to.deep.equal([]);
  });

  it('author texts naming an Object member ({constructor} in a text, a value "__proto__", a served place "toString") stay plain text', async () => {
    const el = await picker(html`<clinic-location-picker data-i18n-no-match="Niets voor {query} {constructor}">
      <clinic-location value="__proto__" label="constructor" serves="toString, hasOwnProperty"></clinic-location>
      <clinic-location value="valueOf" label="Bakel"></clinic-location>
    </clinic-location-picker>`);
    searchField(el).focus();
    await sendKeys({ type: 'xyz' });
    await settle(el);
    expect(status(el)).to.equal('Niets voor xyz {constructor}');
    searchField(el).select();
    await sendKeys({ type: 'tostring' });
    await settle(el);
    expect(status(el)).to.equal('1 vestiging gevonden');
    radioOf(el, '__proto__').click();
    expect(el.value).to.equal('__proto__');
  });

  it('a key named like an Object member is no arrow key', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    const event = new KeyboardEvent('keydown', { key: 'constructor', bubbles: true, composed: true, cancelable: true });
    radioOf(el, 'deurne').dispatchEvent(event);
    expect(event.defaultPrevented).to.be.false;
    expect(el.value).to.equal('');
  });
});
