import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ClinicContactForm } from '../../src/components/contact-form/contact-form.js';
import type { ClinicLocation } from '../../src/components/location-picker/location.js';
import type { ClinicLocationPicker } from '../../src/components/location-picker/location-picker.js';
import { captureWarnings } from '../support/warnings.js';

const prefix = '[clinic-elements] ';
const BAD = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

/** No `javascript:` or `data:` URL from an attribute becomes a clickable link made by our code. */
describe('security: links the widgets make from attributes', () => {
  for (const href of BAD) {
    it(`a <clinic-location href="${href}"> gets no link and one warning; the branch still works`, async () => {
      const warnings = captureWarnings();
      const wrapper = await fixture<HTMLElement>(html`<div lang="nl"><clinic-location-picker name="loc">
        <clinic-location value="deurne" label="Deurne" href=${href}><address>Deurne</address></clinic-location>
        <clinic-location value="mierlo" label="Mierlo" href="/fysiotherapie-mierlo"></clinic-location>
      </clinic-location-picker></div>`);
      const picker = wrapper.querySelector<ClinicLocationPicker>('clinic-location-picker')!;
      const [bad, good] = wrapper.querySelectorAll<ClinicLocation>('clinic-location');
      await picker.updateComplete;
      await Promise.all([bad.updateComplete, good.updateComplete]);
      await waitUntil(() => warnings.clinic.length > 0, 'a warning').finally(() => warnings.restore());
      expect(warnings.clinic).to.deep.equal([`${prefix}<clinic-location-picker>: <clinic-location> "Deurne" has href "${href}", not a web link; no link is shown.`]);
      expect(bad.shadowRoot!.querySelector('a')).to.equal(null);
      expect(good.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/fysiotherapie-mierlo');
      bad.radio!.click();
      await picker.updateComplete;
      expect(picker.value).to.equal('deurne');
    });
  }

  it('keeps http(s), relative, mailto: and tel: links of branches', async () => {
    const wrapper = await fixture<HTMLElement>(html`<clinic-location-picker>
      ${['https://example.org/deurne', '/mierlo', 'gemert.html', 'mailto:info@example.org', 'tel:+31493000001'].map(
        (href, i) => html`<clinic-location value=${'b' + i} label=${'B' + i} href=${href}></clinic-location>`,
      )}</clinic-location-picker>`);
    const locations = [...wrapper.querySelectorAll<ClinicLocation>('clinic-location')];
    await Promise.all(locations.map((l) => l.updateComplete));
    expect(locations.map((l) => l.shadowRoot!.querySelector('a')?.getAttribute('href'))).to.deep.equal(locations.map((l) => l.href));
  });

  for (const href of BAD.slice(0, 2)) {
    it(`the standard form's privacy-href="${href}" makes no link, one warning; the consent label stays`, async () => {
      const warnings = captureWarnings();
      const element = await fixture<ClinicContactForm>(html`<clinic-contact-form lang="nl" privacy-href=${href}></clinic-contact-form>`);
      await element.updateComplete;
      warnings.restore();
      expect(warnings.clinic.sort()).to.deep.equal([
        `${prefix}<clinic-contact-form>: no action: nothing is sent, clinic-submit carries the data.`,
        `${prefix}<clinic-contact-form>: privacy-href "${href}" is not a web link; no link is shown.`,
      ]);
      const consent = element.querySelector('input[name=consent]')!.closest('label')!;
      expect(consent.querySelector('a')).to.equal(null);
      expect(consent.textContent).to.match(/privacy/i);
    });
  }

  it('the standard form links a web privacy-href', async () => {
    const element = await fixture<ClinicContactForm>(html`<clinic-contact-form lang="nl" action="/__submit" privacy-href="/privacy"></clinic-contact-form>`);
    await element.updateComplete;
    expect(element.querySelector('input[name=consent]')!.closest('label')!.querySelector('a')!.getAttribute('href')).to.equal('/privacy');
  });

  it('every link our code made on a page full of hostile attributes is a web link', async () => {
    const warnings = captureWarnings();
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl">
      <clinic-location-picker><clinic-location value="a" label="A" href="javascript:alert(1)"></clinic-location></clinic-location-picker>
      <clinic-contact-form privacy-href="data:text/html,x"></clinic-contact-form>
    </div>`);
    await Promise.all([...wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('clinic-location, clinic-location-picker, clinic-contact-form')].map((el) => el.updateComplete));
    warnings.restore();
    const links = (root: ParentNode): HTMLAnchorElement[] => [
      ...root.querySelectorAll('a'),
      ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? links(el.shadowRoot) : [])),
    ];
    for (const a of links(wrapper)) expect(a.protocol, a.outerHTML).to.match(/^(https?|mailto|tel):$/);
  });
});
