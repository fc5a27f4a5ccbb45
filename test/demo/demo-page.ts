import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../support/warnings.js';
import { branches, complaints, faqQuestions, warningSigns } from '../../examples/index.js';
import { renderDemoPage } from '../../demo/render.mjs';

/** Every element matching `selector` in `root`, looking inside shadow roots too. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepQueryAll(root.shadowRoot, selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  return found;
}
const texts = (elements: Element[]) => elements.map((el) => el.textContent!.replace(/\s+/g, ' ').trim());

/**
 * The demo page as `npm run build` writes it to demo/index.html (a build output, not in git): its
 * template demo/page.html with the examples from examples/ put in, rendered here by the same function.
 */
export async function demoPageSource(): Promise<string> {
  return renderDemoPage(await (await fetch('/demo/page.html')).text());
}

/** How a CMS may have changed the page's markup before it reached the browser: as it is by default. */
export type Transform = (html: string) => string;

/**
 * Puts the seed page as the demo serves it (demoPageSource(), its `<main>`, its markup first passed
 * through `transform`) into this test page and upgrades it with `load` (the source modules, or the
 * built drop-in file); resolves when every widget has rendered, with the warnings the widgets gave
 * while reading it.
 */
export async function mountDemoPage(load: () => Promise<unknown>, transform: Transform = (html) => html): Promise<{ page: HTMLElement; warnings: ReturnType<typeof captureWarnings> }> {
  const source = (await demoPageSource()).replace(/(<main[^>]*>)([^]*)(<\/main>)/, (_, start, content, end) => start + transform(content) + end);
  const main = new DOMParser().parseFromString(source, 'text/html').querySelector('main')!;
  // Not fixture(): it is cleaned up after each test, and this page is shared by all of them.
  const page = document.createElement('div');
  page.lang = 'nl';
  page.append(document.importNode(main, true));
  // Before the page goes in: with the widgets already defined (an earlier test), they upgrade on append.
  const warnings = captureWarnings();
  try {
    document.body.append(page);
    await load();
    const widgets = [...page.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((el) => el.localName.startsWith('clinic-'));
    await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(widgets.map((el) => el.updateComplete));
  } finally {
    warnings.restore();
  }
  return { page, warnings };
}

/**
 * The seed page with all five widgets upgraded together: what a visitor meets. The widgets must
 * read the page's own markup without a single warning (or with exactly the `expectedWarnings`,
 * when `transform` spoiled it), pass axe as a whole, work, and ask no other host.
 */
export function describeDemoPage(label: string, load: () => Promise<unknown>, transform?: Transform, expectedWarnings: string[] = []): void {
  describe(`demo page (the seed page rebuilt with our tags): ${label}`, () => {
    let page: HTMLElement;
    let warnings: ReturnType<typeof captureWarnings>;

    before(async () => {
      ({ page, warnings } = await mountDemoPage(load, transform));
    });

    after(() => page.remove());

    it('upgrades all five widgets', () => {
      for (const tag of ['clinic-symptom-checklist', 'clinic-faq', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form']) {
        expect(page.querySelector(tag)?.matches(':defined'), `${tag} defined`).to.be.true;
      }
      expect(deepQueryAll(page.querySelector('clinic-location-picker')!, '[role="radio"], input[type="radio"]').length).to.equal(branches.length);
      expect(page.querySelectorAll('clinic-faq details').length).to.equal(faqQuestions.length);
    });

    it(expectedWarnings.length ? 'warns once per spoiled widget, nothing else' : 'reads the seed content without a single warning', () => {
      expect([...warnings.clinic].sort()).to.deep.equal([...expectedWarnings].sort());
    });

    it('has no axe violations with everything upgraded', async () => {
      await expect(page).to.be.accessible();
    });

    it('turns the seed complaints and warning signs into checkboxes; ticking two shows the match message', async () => {
      const checklist = page.querySelector('clinic-symptom-checklist') as HTMLElement & { value: string[]; updateComplete: Promise<unknown> };
      const boxes = deepQueryAll(checklist, 'input[type="checkbox"]') as HTMLInputElement[];
      expect(boxes.length).to.equal(complaints.length + warningSigns.length); // the seed page's complaints and warning signs (examples/)
      boxes[0].click();
      boxes[1].click();
      await checklist.updateComplete;
      expect(checklist.value).to.have.length(2);
      expect(texts(deepQueryAll(checklist, '[part="count"]')).join(' ')).to.contain(`2 van de ${complaints.length}`);
    });

    it('opens every FAQ answer with the open-all button, whose label then says it will close them', async () => {
      const faq = page.querySelector('clinic-faq')!;
      const toggleAll = deepQueryAll(faq, 'button').find((button) => button.textContent!.includes('Alles openen')) as HTMLButtonElement;
      expect(toggleAll, 'open-all button').to.exist;
      toggleAll.focus();
      await sendKeys({ press: 'Enter' });
      await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect([...faq.querySelectorAll('details')].every((details) => details.open)).to.be.true;
      expect(toggleAll.textContent).to.contain('Alles sluiten');
    });

    it('asks no host other than this page\'s own', () => {
      const foreign = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => new URL(url).origin !== location.origin);
      expect(foreign).to.deep.equal([]);
    });
  });
}
