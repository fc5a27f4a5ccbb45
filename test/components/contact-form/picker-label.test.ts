import { expect, html, waitUntil } from '@open-wc/testing';
import type { ClinicLocationPicker } from '../../../src/components/location-picker/location-picker.js';
import { captureWarnings } from '../../support/warnings.js';
import { onDutchPage, shadow, submitButton, uniqueKey } from './helpers.js';

// A CMS editor's review: a picker without a `label` in the author's form was reported as having no
// label, and the summary said "Kies loc" (its name).
describe('<clinic-contact-form> with a location picker that has no label of its own', () => {
  beforeEach(() => sessionStorage.clear());

  it('gives no warning and shows the picker’s own message in the summary', async () => {
    const warnings = captureWarnings();
    const element = await onDutchPage(html`<clinic-contact-form action="/__submit?key=${uniqueKey()}" min-fill-ms="0">
      <form>
        <clinic-location-picker name="loc" required>
          <clinic-location value="deurne" label="Deurne"></clinic-location>
          <clinic-location value="mierlo" label="Mierlo"></clinic-location>
        </clinic-location-picker>
        <button>Verstuur</button>
      </form>
    </clinic-contact-form>`);
    await element.querySelector<ClinicLocationPicker>('clinic-location-picker')!.updateComplete;
    submitButton(element).click();
    await waitUntil(() => shadow(element, '[part="error-summary"]'));
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([]);
    expect([...element.shadowRoot!.querySelectorAll('[part="error-summary"] a')].map((a) => a.textContent)).to.deep.equal(['Kies een vestiging.']);
    await expect(element).to.be.accessible();
  });
});
