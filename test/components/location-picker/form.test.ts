import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClinicLocationPicker } from '../../../src/components/location-picker/location-picker.js';
import { branches, deepActive, picker, radioOf, searchField, settle, shadow } from './helpers.js';

async function inForm(attributes = '') {
  const el = await picker(
    attributes === 'required'
      ? html`<form><clinic-location-picker name="vestiging" required>${branches}</clinic-location-picker><button>Verstuur</button></form>`
      : html`<form><clinic-location-picker name="vestiging">${branches}</clinic-location-picker><button>Verstuur</button></form>`,
  );
  return { el, form: el.closest('form')! };
}

describe('<clinic-location-picker> in a form', () => {
  it('submits name=value with its form', async () => {
    const { el, form } = await inForm();
    expect(el.form).to.equal(form);
    expect(new FormData(form).get('vestiging')).to.equal(null);
    radioOf(el, 'helmond').click();
    expect(new FormData(form).get('vestiging')).to.equal('helmond');
    el.value = 'geldrop';
    await settle(el);
    expect(new FormData(form).get('vestiging')).to.equal('geldrop');
  });

  it('submits under a name set as a property, as React and Vue set it; branches given their value and label as properties count', async () => {
    const form = document.createElement('form');
    const el = document.createElement('clinic-location-picker');
    el.name = 'vestiging';
    for (const [value, label] of [['deurne', 'Deurne'], ['mierlo', 'Mierlo']]) el.append(Object.assign(document.createElement('clinic-location'), { value, label }));
    form.append(el);
    document.body.append(form);
    try {
      await settle(el);
      expect(el.getAttribute('name')).to.equal('vestiging');
      radioOf(el, 'mierlo').click();
      expect(new FormData(form).get('vestiging')).to.equal('mierlo');
    } finally {
      form.remove();
    }
  });

  it('required: blocks submission with a message and focuses the group, until a branch is chosen', async () => {
    const { el, form } = await inForm('required');
    let submitted = 0;
    form.addEventListener('submit', (event) => (submitted++, event.preventDefault()));
    expect(el.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Kies een vestiging.');
    expect(form.checkValidity()).to.be.false;
    const invalid = oneEvent(el, 'invalid');
    form.requestSubmit();
    await invalid;
    expect(submitted).to.equal(0);
    expect(deepActive()).to.equal(radioOf(el, 'deurne'));
    searchField(el).focus();
    expect(el.reportValidity()).to.be.false;
    expect(deepActive()).to.equal(radioOf(el, 'deurne'));
    await settle(el);
    expect(shadow(el, '[part=error]').textContent).to.equal('Kies een vestiging.');
    expect(shadow(el, '[role=radiogroup]').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ type: ' ' });
    await settle(el);
    expect(el.checkValidity()).to.be.true;
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('is invalid as soon as it is in the page, and valid as soon as a value is set', async () => {
    const form = document.createElement('form');
    const el = document.createElement('clinic-location-picker');
    el.setAttribute('name', 'vestiging');
    el.required = true;
    el.innerHTML = '<clinic-location value="a" label="A"></clinic-location>';
    form.append(el);
    document.body.append(form);
    try {
      expect(form.checkValidity()).to.be.false;
      el.value = 'a';
      expect(form.checkValidity()).to.be.true;
      expect(new FormData(form).get('vestiging')).to.equal('a');
    } finally {
      form.remove();
    }
  });

  it('resets to the preselected branch with its form', async () => {
    const el = await picker(html`<form>
      <clinic-location-picker name="vestiging">
        <clinic-location value="a" label="A"></clinic-location>
        <clinic-location value="b" label="B" selected></clinic-location>
      </clinic-location-picker>
    </form>`);
    radioOf(el, 'a').click();
    expect(el.value).to.equal('a');
    el.form!.reset();
    expect(el.value).to.equal('b');
    await settle(el);
    expect(radioOf(el, 'b').getAttribute('aria-checked')).to.equal('true');
  });

  it('resets to empty when nothing was preselected', async () => {
    const { el, form } = await inForm();
    radioOf(el, 'gemert').click();
    form.reset();
    expect(el.value).to.equal('');
    expect(new FormData(form).get('vestiging')).to.equal(null);
  });

  it('restores its state (back/forward cache, autofill)', async () => {
    const { el } = await inForm();
    (el as ClinicLocationPicker).formStateRestoreCallback('mierlo');
    await settle(el);
    expect(el.value).to.equal('mierlo');
    expect(radioOf(el, 'mierlo').getAttribute('aria-checked')).to.equal('true');
  });

  it('disabled, or inside a disabled fieldset: not submitted, not chosen', async () => {
    const el = await picker(html`<form><fieldset disabled><clinic-location-picker name="vestiging" value="deurne">${branches}</clinic-location-picker></fieldset></form>`);
    const form = el.form!;
    expect(new FormData(form).get('vestiging')).to.equal(null);
    radioOf(el, 'mierlo').click();
    expect(el.value).to.equal('deurne');
    form.querySelector('fieldset')!.disabled = false;
    await settle(el);
    expect(new FormData(form).get('vestiging')).to.equal('deurne');
    el.disabled = true;
    await settle(el);
    expect(new FormData(form).get('vestiging')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
