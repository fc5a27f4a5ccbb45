import { expect, waitUntil } from '@open-wc/testing';
import { openPage, STRICT_CSP, violationsOf, type PageWindow } from './page.js';

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

  it('after all that, has asked for nothing but the page\'s own files and sets no cookie', () => {
    const asked = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(asked.sort()).to.deep.equal(['/demo/demo.css', '/dist/clinic-elements.css', '/dist/clinic-elements.min.js', '/test/security/record.js']);
    expect(doc.cookie).to.equal('');
  });
});

describe('security: the standard contact form under a strict Content-Security-Policy', () => {
  it('renders, takes the page font and is not refused anything', async () => {
    const { win, doc, frame } = await openPage(`<clinic-contact-form privacy-href="/privacy"></clinic-contact-form>`);
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

/** `require-trusted-types-for 'script'`: Lit has its own policy ('lit-html'); the FAQ's JSON-LD uses 'clinic-elements'. */
describe('security: Trusted Types', () => {
  const faq = `<clinic-faq><details><summary>Is bewegen veilig?</summary><p>Ja. &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p></details><details><summary>Hoe lang duurt het?</summary><p>Acht weken.</p></details></clinic-faq>`;
  const schemaOf = (doc: Document) => doc.querySelector('clinic-faq > script[data-clinic-faq-schema]');

  it('every widget works on the seed page, the FAQ keeps its JSON-LD, nothing is refused', async () => {
    const { win, doc, frame } = await openPage('seed', `${STRICT_CSP}; require-trusted-types-for 'script'`);
    try {
      expect(win.warnings).to.deep.equal([]);
      const schema = JSON.parse(schemaOf(doc)!.textContent!);
      expect(schema['@type']).to.equal('FAQPage');
      const first = doc.querySelector('clinic-faq details') as HTMLDetailsElement;
      first.querySelector('summary')!.click();
      await waitUntil(() => first.open, 'FAQ item opens');
      expect(await violationsOf(win, doc)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('keeps the JSON-LD (as data, never run) when the page allows the clinic-elements policy', async () => {
    const standardForm = '<clinic-contact-form action="/__submit" privacy-href="/privacy"></clinic-contact-form>';
    const { win, doc, frame } = await openPage(faq + standardForm, `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html clinic-elements`);
    try {
      expect(win.warnings).to.deep.equal([]);
      // Lit's templates (here rendered into the light DOM) pass through its own policy.
      expect(doc.querySelectorAll('clinic-contact-form form input').length).to.be.greaterThan(4);
      const script = schemaOf(doc) as HTMLScriptElement;
      expect(script.type).to.equal('application/ld+json');
      expect(JSON.parse(script.textContent!).mainEntity[0].acceptedAnswer.text).to.equal('Ja. </script><img src=x onerror=alert(1)>');
      expect(script.textContent).not.to.include('</script');
      expect(doc.querySelector('img')).to.equal(null);
      expect(await violationsOf(win, doc)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('leaves the JSON-LD out with one warning when the page does not allow the policy; the FAQ still works', async () => {
    const { win, doc, frame } = await openPage(faq, `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`);
    try {
      expect(win.warnings).to.deep.equal([
        `[clinic-elements] <clinic-faq>: cannot add its FAQPage structured data (JSON-LD): the page's Content-Security-Policy allows no Trusted Types policy named "clinic-elements". Add clinic-elements to its trusted-types directive, or set no-schema on the element to leave the data out.`,
      ]);
      expect(schemaOf(doc)).to.equal(null);
      const items = doc.querySelectorAll<HTMLDetailsElement>('clinic-faq details');
      items[1].querySelector('summary')!.click();
      await waitUntil(() => items[1].open, 'FAQ item opens');
      // A CMS preview adds a question: the FAQ follows, and the policy is not asked for again.
      const added = doc.createElement('details');
      added.append(Object.assign(doc.createElement('summary'), { textContent: 'Nieuw?' }), 'Ja.');
      doc.querySelector('clinic-faq')!.append(added);
      await waitUntil(() => added.id === 'nieuw', 'the new item is read');
      // The one refusal is the policy name itself, reported once.
      expect((await violationsOf(win, doc)).map((v) => v.split(' ')[0])).to.deep.equal(['trusted-types']);
      expect(win.warnings).to.have.length(1);
    } finally {
      frame.remove();
    }
  });
});
