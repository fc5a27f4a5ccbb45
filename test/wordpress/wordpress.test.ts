// The seed page as WordPress's classic editor publishes it: `wpautop` (here its official JavaScript
// port, @wordpress/autop) wraps each line holding only one of our tags in <p>…</p>, which makes the
// browser's parser close the tag at once and leave its content outside (see
// src/internal/auto-paragraphs.ts). Each widget mends that on upgrade, says so once, and works.
import { autop } from '@wordpress/autop';
import { expect } from '@open-wc/testing';
import { describeDemoPage, mountDemoPage, type Transform } from '../demo/demo-page.js';

const tags = ['clinic-symptom-checklist', 'clinic-faq', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form'];
const mended = tags.map((tag) => `[clinic-elements] <${tag}>: had its tags split or nested (by WordPress's automatic paragraphs or a missing end tag); mended. In WordPress, use a Custom HTML block.`);
const load = () => import('../../src/index.js');

/** Each widget in a `<div>` on the same lines as its tags: what some editors do to keep them apart. */
const inDivs: Transform = (html) =>
  autop(html.replace(new RegExp(`<(${tags.join('|')})\\b`, 'g'), '<div><$1').replace(new RegExp(`</(${tags.join('|')})>`, 'g'), '</$1></div>'));

const variants: [string, Transform][] = [
  ['pasted as it is', autop],
  ['each widget in a <div>', inDivs],
];

for (const [label, transform] of variants) {
  describe(`WordPress classic editor (wpautop), ${label}`, () => {
    it('really spoils the markup (the parser leaves the content outside, or empty paragraphs and branches nested in each other inside)', () => {
      const source = transform('<clinic-faq>\n<details><summary>Een</summary><p>1</p></details>\n</clinic-faq>');
      const faq = new DOMParser().parseFromString(source, 'text/html').querySelector('clinic-faq')!;
      expect(faq.parentElement!.localName === 'p' || !!faq.querySelector(':scope > p'), source).to.be.true;
    });

    it('every widget holds its own content again: the FAQ its questions, the picker each branch its address, the contact form one form', async () => {
      const { page } = await mountDemoPage(load, transform);
      try {
        // (Booleans, not elements: a failing assertion that prints this whole page crashes the test browser.)
        for (const tag of tags) expect(!!page.querySelector(tag)!.closest('p'), `${tag} left in a paragraph`).to.be.false;
        expect(page.querySelectorAll('clinic-faq > details').length).to.equal(5);
        expect(JSON.parse(page.querySelector('clinic-faq script[type="application/ld+json"]')!.textContent!).mainEntity).to.have.length(5);
        expect(page.querySelectorAll('clinic-symptom-checklist li').length).to.equal(7);
        expect(page.querySelectorAll('clinic-phase-table > table tbody tr').length).to.equal(4);
        const branches = [...page.querySelectorAll('clinic-location-picker > clinic-location')];
        expect(branches.map((branch) => branch.getAttribute('value'))).to.deep.equal(['deurne', 'mierlo', 'gemert', 'helmond', 'geldrop', 'nederweert']);
        for (const branch of branches) expect(branch.querySelector('address')!.textContent, branch.getAttribute('value')!).to.contain(branch.getAttribute('label')!);
        const contact = page.querySelector('clinic-contact-form')!;
        expect(page.querySelectorAll('form').length, 'no standard form next to the author’s').to.equal(1);
        expect(page.querySelector('form')!.parentElement === contact, 'the author’s form in the contact form').to.be.true;
        expect(!!contact.querySelector(':scope > [slot="success"]'), 'the success message in the contact form').to.be.true;
        expect(page.querySelectorAll('clinic-faq > p, clinic-symptom-checklist > p:empty, clinic-location-picker > p, clinic-location-picker > br').length, 'no empty paragraphs or line breaks among the items').to.equal(0);
      } finally {
        page.remove();
      }
    });
  });

  // Everything the plain demo page is tested for, on the spoiled markup: upgrades (six radios),
  // axe, ticks, open all, no foreign requests; and exactly one warning per widget.
  describeDemoPage(`as WordPress's classic editor publishes it, ${label}`, load, transform, mended);
}
