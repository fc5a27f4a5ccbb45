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
      expect(warnings.clinic).to.deep.equal([`${prefix}<clinic-location-picker>: <clinic-location> "Deurne" has href "${href}", which is not a web link (http, https, mailto or tel), so no link is shown. Use the address of the branch's page.`]);
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
        `${prefix}<clinic-contact-form>: has no action (on the element or its form), so nothing is sent: the clinic-submit event carries the message for a script of the page. Add action="/your-endpoint" to send it.`,
        `${prefix}<clinic-contact-form>: privacy-href="${href}" is not a web address (http, https, mailto or tel), so the consent names the privacy statement without a link.`,
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
    await waitUntil(() => warnings.clinic.length === 3, 'three warnings').finally(() => warnings.restore());
    const links = (root: ParentNode): HTMLAnchorElement[] => [
      ...root.querySelectorAll('a'),
      ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? links(el.shadowRoot) : [])),
    ];
    for (const a of links(wrapper)) expect(a.protocol, a.outerHTML).to.match(/^(https?|mailto|tel):$/);
  });
});

/**
 * Every built-in text replaced with markup, by registerTranslation (all elements) and by a
 * data-i18n-* attribute (one element): all of it is shown as text, none of it becomes an element.
 */
describe('security: page texts replacing the built-in ones stay text', () => {
  const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>{count}</b>';
  const all = (root: ParentNode): Element[] => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const shownText = (root: ParentNode): string =>
    [...root.childNodes].map((node) => (node.nodeType === 3 ? node.textContent : node instanceof Element ? `${shownText(node)}${node.shadowRoot ? shownText(node.shadowRoot) : ''}` : '')).join('');

  it('in all five widgets, in every state a visitor can reach', async () => {
    const texts = await Promise.all([
      import('../../src/components/faq/faq.texts.js').then((m) => ['faq', m.texts.en] as const),
      import('../../src/components/symptom-checklist/symptom-checklist.texts.js').then((m) => ['checklist', m.texts.en] as const),
      import('../../src/components/phase-table/phase-table.texts.js').then((m) => ['phases', m.texts.en] as const),
      import('../../src/components/location-picker/location-picker.texts.js').then((m) => ['locations', m.texts.en] as const),
      import('../../src/components/contact-form/contact-form.texts.js').then((m) => ['form', m.texts.en] as const),
    ]);
    const { registerTranslation } = await import('../../src/internal/i18n.js');
    registerTranslation('de', Object.fromEntries(texts.flatMap(([ns, en]) => Object.keys(en).map((key) => [`${ns}.${key}`, HOSTILE]))));
    const warnings = captureWarnings();
    const page = await fixture<HTMLElement>(html`<div lang="de">
      <clinic-faq searchable data-i18n-open-all=${HOSTILE}><details><summary>Vraag</summary><p>Antwoord</p></details></clinic-faq>
      <clinic-symptom-checklist threshold="1"><ul><li>Stijf</li></ul><ul data-red-flags><li>Koorts</li></ul><p slot="match">Past</p></clinic-symptom-checklist>
      <clinic-phase-table current="1"><table><caption>Fasen</caption><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody><tr><th>1</th><td>Rust</td></tr></tbody></table></clinic-phase-table>
      <clinic-location-picker geolocation><clinic-location value="a" label="A" href="/a"></clinic-location></clinic-location-picker>
      <clinic-contact-form action="/__submit?status=500" min-fill-ms="0"></clinic-contact-form>
    </div>`);
    const widgets = [...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')].filter((el) => el.localName.startsWith('clinic-'));
    const settle = () => Promise.all(widgets.map((el) => el.updateComplete));
    await settle();
    // Reach the states: tick a complaint and a red flag, submit the empty form (errors), then send it (server error).
    page.querySelectorAll<HTMLInputElement>('clinic-symptom-checklist input').forEach((box) => box.click());
    const form = page.querySelector('clinic-contact-form')!;
    form.querySelector<HTMLButtonElement>('form button')!.click();
    await settle();
    for (const name of ['name', 'email', 'message']) form.querySelector<HTMLInputElement>(`[name=${name}]`)!.value = name === 'email' ? 'a@b.nl' : 'Anna';
    form.querySelector<HTMLInputElement>('[name=consent]')!.click();
    const failed = new Promise((resolve) => form.addEventListener('clinic-submit-error', resolve, { once: true }));
    form.querySelector<HTMLButtonElement>('form button')!.click();
    await failed;
    await settle();
    warnings.restore();

    expect(all(page).filter((el) => el.localName === 'img' || el.hasAttribute('onerror'))).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    // The markup is there, as text, many times over.
    expect(shownText(page).split('<img src=x onerror').length).to.be.greaterThan(10);
  });
});
