import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axAll, axTree, inChromium, type AxSnapshot } from '../../a11y/ax-tree.js';
import { authorForm, field, onDutchPage, shadow, submitButton, uniqueKey } from './helpers.js';
import '../../../src/symptom-checklist.js';

/** What a screen reader hears on the form's fields: Chromium's accessibility tree. */
describe('<clinic-contact-form> as a screen reader reads it', () => {
  it('calls no field invalid before the widget shows an error (Chromium calls a required checkbox and a half-typed e-mail invalid)', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    element.id = 'under-test';
    field(element, 'email').focus();
    await sendKeys({ type: 'jan@' });
    for (const name of ['name', 'email', 'phone', 'postcode', 'message', 'consent']) expect(field(element, name).getAttribute('aria-invalid'), name).to.equal('false');
    if (inChromium) {
      const tree = await axTree();
      const fields = [...axAll(tree, 'textbox'), ...axAll(tree, 'checkbox')];
      expect(fields.map(({ name }) => name)).to.include.members(['E-mail *', 'Ik ga akkoord met de privacyverklaring *']);
      expect(fields.filter(({ invalid }) => invalid && invalid !== 'false').map(({ name }) => name)).to.deep.equal([]);
    }
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    if (inChromium) {
      const tree = await axTree();
      const invalid = [...axAll(tree, 'textbox'), ...axAll(tree, 'checkbox')].filter(({ invalid }) => invalid === 'true');
      expect(invalid.map(({ name }) => name)).to.deep.equal(['Naam *', 'E-mail *', 'Bericht *', 'Ik ga akkoord met de privacyverklaring *']);
      expect(invalid.map(({ description }) => description)).to.deep.equal(['Vul je naam in', 'Vul een e-mailadres in zoals naam@voorbeeld.nl', 'Vul je bericht in', 'Vink “Ik ga akkoord met de privacyverklaring” aan']);
    }
    // Corrected: not invalid any more (aria-invalid="false", not just gone).
    field(element, 'email').focus();
    await sendKeys({ type: 'voorbeeld.nl' });
    field(element, 'name').focus();
    await waitUntil(() => field(element, 'email').getAttribute('aria-invalid') === 'false', 'the corrected e-mail is valid again');
    await expect(element).to.be.accessible();
  });

  it('the standard form’s consent reads “I agree to the privacy statement” (a space before the link or text)', async () => {
    for (const href of ['/privacy', undefined]) {
      const element = await onDutchPage(html`<clinic-contact-form id="under-test" action="/__submit?key=${uniqueKey()}" privacy-href=${href ?? ''}></clinic-contact-form>`, 'en');
      const consent = field(element, 'consent');
      expect(consent.labels![0].textContent!.replace(/\s+/g, ' ').trim(), String(href)).to.equal('I agree to the privacy statement *');
      if (inChromium) {
        const [checkbox] = axAll(await axTree(), 'checkbox');
        expect(checkbox.name, String(href)).to.equal('I agree to the privacy statement');
      }
      element.remove();
    }
  });
});

describe('<clinic-contact-form> error summary, as a screen reader hears it', () => {
  /** Every live region (explicit or by role) in the widget and the page around it. */
  const liveRegions = (element: Element) =>
    [...element.shadowRoot!.querySelectorAll('*'), ...document.querySelectorAll('*')].filter(
      (el) => el.hasAttribute('aria-live') || ['alert', 'status', 'log'].includes(el.getAttribute('role') ?? ''),
    );

  it('is heard once, by focus, and stays quiet while the fields are corrected (no alert re-read at every keystroke)', async () => {
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>`);
    submitButton(element).click();
    await waitUntil(() => element.shadowRoot!.activeElement === shadow(element, '[part="error-summary"]'), 'the summary gets focus');
    const summary = shadow(element, '[part="error-summary"]')!;
    // Focus announces it; a live region around it would announce it a second time.
    expect(liveRegions(element).filter((region) => region.contains(summary) || summary.contains(region))).to.deep.equal([]);
    if (inChromium) {
      const tree = await axTree();
      expect(axAll(tree, 'alert')).to.deep.equal([]);
      const focused = (function find(node: AxSnapshot): AxSnapshot | undefined {
        return node.focused ? node : node.children?.map(find).find(Boolean);
      })(tree)!;
      expect(focused.name).to.equal('Er is een probleem Vul je naam in Vul je e-mailadres in Vul je bericht in Vink “Ik ga akkoord met de privacyverklaring” aan');
    }
    // Correcting a field changes the summary, but nothing speaks up while the visitor types.
    field(element, 'name').focus();
    await sendKeys({ type: 'Jan' });
    await waitUntil(() => summary.querySelectorAll('li').length === 3, 'the summary follows the corrections');
    expect(liveRegions(element).filter((region) => region.textContent!.trim())).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });
});

describe('<clinic-contact-form> symptoms offer, as a screen reader hears it', () => {
  it('adding the ticked complaints moves focus to the message, so the visitor hears what was added (the button alone said nothing)', async () => {
    const element = await onDutchPage(html`<div>
      <clinic-symptom-checklist><ul><li>Startstijfheid na zitten</li><li>Pijn bij draaien</li></ul></clinic-symptom-checklist>
      <clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">${authorForm()}</clinic-contact-form>
    </div>`);
    const checklist = document.querySelector('clinic-symptom-checklist')!;
    checklist.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => box.click());
    await waitUntil(() => shadow(element, '[part="add-symptoms"]'), 'the offer shows');
    shadow(element, '[part="add-symptoms"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const message = field<HTMLTextAreaElement>(element, 'message');
    expect(message.value).to.equal('Aangevinkt in de checklist:\n- Startstijfheid na zitten\n- Pijn bij draaien');
    expect(document.activeElement === message, 'focus is on the message').to.equal(true);
    if (inChromium) {
      const focused = (function find(node: AxSnapshot): AxSnapshot | undefined {
        return node.focused ? node : node.children?.map(find).find(Boolean);
      })(await axTree())! as AxSnapshot & { value?: string };
      expect([focused.role, focused.name, focused.value]).to.deep.equal(['textbox', 'Bericht *', message.value]);
    }
    await expect(element).to.be.accessible();
  });
});
