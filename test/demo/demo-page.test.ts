import { expect } from '@open-wc/testing';
import { captureWarnings } from '../support/warnings.js';

/**
 * The seed page as the demo serves it (demo/index.html), with all five widgets upgraded together:
 * what a visitor meets. Content markup is the page's own; the widgets must read it without a single
 * warning, pass axe as a whole, and ask no other host for anything.
 */
describe('demo page (the seed page rebuilt with our tags)', () => {
  let page: HTMLElement;
  let warnings: ReturnType<typeof captureWarnings>;

  before(async () => {
    const source = await (await fetch('/demo/index.html')).text();
    const main = new DOMParser().parseFromString(source, 'text/html').querySelector('main')!;
    // Not fixture(): it is cleaned up after each test, and this page is shared by all of them.
    page = document.createElement('div');
    page.lang = 'nl';
    document.body.append(page);
    page.append(document.importNode(main, true));
    warnings = captureWarnings();
    try {
      await import('../../src/index.js');
      const widgets = [...page.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((el) => el.localName.startsWith('clinic-'));
      await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(widgets.map((el) => el.updateComplete));
    } finally {
      warnings.restore();
    }
  });

  /** Every element matching `selector` in `root`, looking inside shadow roots too. */
  function deepQueryAll(root: ParentNode, selector: string): Element[] {
    const found = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
    return found;
  }
  const texts = (elements: Element[]) => elements.map((el) => el.textContent!.replace(/\s+/g, ' ').trim());

  it('upgrades all five widgets', () => {
    for (const tag of ['clinic-symptom-checklist', 'clinic-faq', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form']) {
      expect(page.querySelector(tag)?.matches(':defined'), `${tag} defined`).to.be.true;
    }
    expect(texts(deepQueryAll(page.querySelector('clinic-faq')!, 'button'))).to.include('Alles openen');
    expect(deepQueryAll(page.querySelector('clinic-location-picker')!, '[role="radio"], input[type="radio"]').length).to.equal(6);
  });

  it('reads the seed content without a single warning', () => {
    expect(warnings.clinic).to.deep.equal([]);
  });

  after(() => page.remove());

  it('has no axe violations with everything upgraded', async () => {
    await expect(page).to.be.accessible();
  });

  it('turns the seed complaints into checkboxes named by their text', () => {
    const checklist = page.querySelector('clinic-symptom-checklist')!;
    const boxes = [...checklist.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'), ...(checklist.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
    expect(boxes.length).to.equal(7); // four complaints, three warning signs
  });

  it('asks no host other than this page\'s own', () => {
    const foreign = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });
});
