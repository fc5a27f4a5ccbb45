import { expect, waitUntil } from '@open-wc/testing';
import { openPage, violationsOf, type PageWindow } from './page.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; value?: unknown };
const deep = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/**
 * The seed page with the built drop-in file under the strict policy a hospital sets (no
 * 'unsafe-inline', no 'unsafe-eval'): every widget works and looks as it should, and nothing of ours
 * is refused.
 */
describe('security: the drop-in file under a strict Content-Security-Policy', () => {
  let win: PageWindow;
  let doc: Document;
  let frame: HTMLIFrameElement;

  before(async () => {
    ({ win, doc, frame } = await openPage('seed'));
  });
  after(() => frame.remove());

  it('upgrades the seed page with no violation and no warning', async () => {
    for (const tag of ['clinic-symptom-checklist', 'clinic-faq', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form']) {
      expect(doc.querySelector(tag)!.matches(':defined'), tag).to.be.true;
    }
    expect(await violationsOf(win, doc)).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
  });

  it('styles every widget (constructable stylesheets, not inline styles)', () => {
    const faqControls = doc.querySelector('clinic-faq [data-clinic-faq-controls]')!;
    for (const host of [faqControls, ...doc.querySelectorAll('clinic-symptom-checklist, clinic-phase-table, clinic-location-picker, clinic-location, clinic-contact-form')]) {
      expect(host.shadowRoot!.adoptedStyleSheets.length, host.localName).to.be.greaterThan(0);
    }
    // The checklist's own checkbox look, set through the CSSOM.
    const box = doc.querySelector<HTMLInputElement>('clinic-symptom-checklist input[type=checkbox]')!;
    expect(box.style.cssText).not.to.equal('');
  });

  it('every widget works', async () => {
    const faq = doc.querySelector('clinic-faq')!;
    const first = faq.querySelector('details')!;
    first.querySelector('summary')!.click();
    await waitUntil(() => first.open, 'FAQ item opens');

    const checklist = doc.querySelector<Widget>('clinic-symptom-checklist')!;
    const boxes = checklist.querySelectorAll<HTMLInputElement>(':scope > ul:not([data-red-flags]) input[type=checkbox]');
    boxes[0].click();
    boxes[1].click();
    await checklist.updateComplete;
    expect((checklist.value as string[]).length).to.equal(2);

    const picker = doc.querySelector<Widget>('clinic-location-picker')!;
    const second = picker.querySelectorAll('clinic-location')[1] as Widget;
    deep(second, '[role=radio], input[type=radio]').click();
    await picker.updateComplete;
    expect(picker.value).to.equal(second.getAttribute('value'));

    const form = doc.querySelector<Widget>('clinic-contact-form')!;
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await form.updateComplete;
    const note = form.querySelector<HTMLElement>('[data-clinic-mark=error]')!;
    expect(note, 'an inline error').to.exist;
    // The inline message's colour (set through the CSSOM) is not refused.
    expect(win.getComputedStyle(note).fontWeight).to.equal('700');
    const honeypot = form.querySelector<HTMLElement>('[data-honeypot]')!;
    expect(win.getComputedStyle(honeypot).position).to.equal('absolute');
    expect(await violationsOf(win, doc)).to.deep.equal([]);
  });
});

describe('security: the standard contact form under a strict Content-Security-Policy', () => {
  it('renders, takes the page font and is not refused anything', async () => {
    const { win, doc, frame } = await openPage(
`<clinic-contact-form privacy-href="/privacy"></clinic-contact-form>`);
    try {
      const form = doc.querySelector('clinic-contact-form')!;
      const name = form.querySelector<HTMLInputElement>('input[name=name]')!;
      expect(name).to.exist;
      doc.body.style.fontFamily = 'monospace';
      expect(win.getComputedStyle(name).fontFamily).to.equal('monospace');
      expect(win.getComputedStyle(form.querySelector('textarea')!).fontFamily).to.equal('monospace');
      expect(await violationsOf(win, doc)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

