// Nothing moves when the script upgrades an FAQ that is already on screen, given the pre-upgrade
// rules of faq.pre-upgrade.styles.ts (the build writes them into dist/clinic-elements.css). This file loads the element
// only after measuring, so it runs in a page of its own (web-test-runner gives each file one).
import { expect, fixture, html } from '@open-wc/testing';
import type { ClinicFaq } from '../../../src/faq.js';
import { itemStyles } from '../../../src/components/faq/faq.styles.js';
import { preUpgradeStyles } from '../../../src/components/faq/faq.pre-upgrade.styles.js';
import { narrowControlRules, narrowWidth } from '../../../src/components/faq/faq.look.js';
import { seedItems } from './seed.js';

const variants = ['', 'searchable', 'single', 'single searchable'];
const styles = ['', 'font-size: 24px', 'width: 320px', 'width: 320px; font-size: 12px; --clinic-space: 2rem'];

function positions(host: Element): number[] {
  const top = host.parentElement!.getBoundingClientRect().top;
  const boxes = [...host.querySelectorAll(':scope > details, :scope > details > summary')].map((node) => node.getBoundingClientRect());
  return [...boxes.map((box) => box.top - top), host.getBoundingClientRect().bottom - top];
}

describe('<clinic-faq> upgrade', () => {
  it('keeps every question where it was (controls space reserved by the pre-upgrade rules)', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(preUpgradeStyles.cssText);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    expect(customElements.get('clinic-faq')).to.equal(undefined);
    const cases = [];
    for (const variant of variants) {
      for (const style of styles) {
        const wrapper = await fixture(html`<div lang="nl" style=${style}><clinic-faq>${seedItems}</clinic-faq></div>`);
        const host = wrapper.querySelector('clinic-faq')!;
        for (const name of variant.split(' ').filter(Boolean)) host.setAttribute(name, '');
        cases.push({ name: `${variant || 'default'} ${style}`, host, before: positions(host) });
      }
    }
    await import('../../../src/faq.js');
    for (const { name, host, before } of cases) {
      await (host as ClinicFaq).updateComplete;
      const after = positions(host);
      after.forEach((value, index) => expect(Math.abs(value - before[index]), `${name}: box ${index} moved from ${before[index]} to ${value}`).to.be.below(0.5));
    }
    // The pre-upgrade rules hold every item rule the element would add (so skipping its copy loses nothing).
    const preUpgrade = new Set([...sheet.cssRules].map((rule) => rule.cssText));
    const missing = [...itemStyles.styleSheet!.cssRules].map((rule) => rule.cssText).filter((rule) => !preUpgrade.has(rule));
    expect(missing).to.deep.equal([]);
    // The pre-upgrade rules were there, so the element did not add its own copy of them.
    expect(document.adoptedStyleSheets).not.to.include(itemStyles.styleSheet);
    // The controls go narrow at the very width for which the pre-upgrade rules reserve the extra row.
    expect(narrowControlRules.cssText).to.include(`(width < ${narrowWidth})`);
    // The controls really are there, in the reserved space.
    const searchable = cases.find(({ name }) => name.startsWith('searchable'))!.host;
    expect((searchable as ClinicFaq).renderRoot.querySelector('[part~="search-input"]')!.getBoundingClientRect().height).to.be.above(40);
  });
});
