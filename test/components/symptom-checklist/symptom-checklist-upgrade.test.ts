// Nothing moves when the script upgrades a checklist that is already on screen, given its
// pre-upgrade rules (`preUpgradeStyles`, which the build writes into dist/clinic-elements.css). This
// file loads the element only after measuring, so it runs in a page of its own (web-test-runner
// gives each file one); the pre-upgrade module defines nothing.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { checklistContent } from '../../../examples/symptom-checklist.js';
import { preUpgradeStyles } from '../../../src/components/symptom-checklist/symptom-checklist.pre-upgrade.styles.js';
import type { ClinicSymptomChecklist } from '../../../src/symptom-checklist.js';

// The seed page's checklist (examples/), without its heading's id: four copies share this page.
const content = unsafeHTML(checklistContent({ headingId: '' }));
const styles = ['', 'font-size: 24px', 'width: 320px', 'width: 320px; font-size: 12px; line-height: 1.5'];

/** Where each heading and item text starts, each line box's height, and where the page goes on after the checklist. */
function layout(host: Element) {
  const origin = host.parentElement!.getBoundingClientRect();
  const texts = [...host.querySelectorAll('h2, h3, li')].map((node) => {
    const text = [...(node.querySelector('label') ?? node).childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const rect = range.getBoundingClientRect();
    return { left: rect.left - origin.left, top: rect.top - origin.top, height: node.getBoundingClientRect().height };
  });
  return { texts, after: host.nextElementSibling!.getBoundingClientRect().top - origin.top };
}

describe('<clinic-symptom-checklist> upgrade', () => {
  it('keeps the headings, every item text and the content after it where they were', async () => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, preUpgradeStyles.styleSheet!];
    expect(customElements.get('clinic-symptom-checklist')).to.equal(undefined);
    const cases = [];
    for (const style of styles) {
      const wrapper = await fixture(html`<div lang="nl" style=${style}><clinic-symptom-checklist>${content}</clinic-symptom-checklist><p>Verder.</p></div>`);
      const host = wrapper.querySelector('clinic-symptom-checklist')!;
      cases.push({ style, host, before: layout(host) });
    }
    await import('../../../src/symptom-checklist.js');
    for (const { style, host, before } of cases) {
      await (host as ClinicSymptomChecklist).updateComplete;
      expect(host.querySelectorAll('input[type=checkbox]'), style).to.have.length(7);
      const after = layout(host);
      // Exact in Chromium. Firefox draws a list bullet half a pixel taller than the line, so there an
      // item without its bullet may sit up to half a pixel higher per item above it.
      after.texts.forEach((now, index) => {
        const then = before.texts[index];
        expect(now.left, `${style}: left of text ${index}`).to.be.closeTo(then.left, 0.05);
        expect(now.top, `${style}: top of text ${index}`).to.be.closeTo(then.top, 0.5 * index + 0.05);
        expect(now.height, `${style}: height of item ${index}`).to.be.closeTo(then.height, 0.55);
      });
      expect(after.after, `${style}: content after the checklist`).to.be.closeTo(before.after, 0.5 * after.texts.length);
      // Each checkbox sits in the list's indent, where the bullet was.
      for (const input of host.querySelectorAll('input')) {
        const box = input.getBoundingClientRect();
        expect(box.right, style).to.be.at.most(input.closest('li')!.getBoundingClientRect().left);
        expect(box.left, style).to.be.at.least(input.closest('ul')!.getBoundingClientRect().left);
      }
    }
  });
});
