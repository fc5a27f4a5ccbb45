// One source of examples (issue 13): the demo page is built from examples/ (demo/page.html +
// demo/render.mjs). `npm run build` writes it to demo/index.html, a build output that git ignores;
// these tests render it the same way, so they need no build and can never read a stale page.
import { expect } from '@open-wc/testing';
import { renderDemoPage } from '../../demo/render.mjs';
import { examples, exampleHtml, faqQuestions, branches, complaints, type WidgetTag } from '../../examples/index.js';
import { demoPageSource } from './demo-page.js';

const read = async (path: string) => (await fetch(path)).text();
const widgetTags: WidgetTag[] = ['clinic-faq', 'clinic-symptom-checklist', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form'];
/** The markers a widget's markup sits between on the demo page: `faq` for `clinic-faq`. */
const markerName = (tag: string) => tag.replace(/^clinic-/, '');

describe('examples/: the one source of the seed clinic’s content', () => {
  it('the demo page puts each example its template names, as examples/ writes it, between that widget’s markers, and leaves no placeholder', async () => {
    const [template, page] = await Promise.all([read('/demo/page.html'), demoPageSource()]);
    const placeholders = [...template.matchAll(/^( *)<!-- example: (clinic-[a-z-]+) ([A-Za-z]+) -->$/gm)].map(([, indent, tag, variant]) => ({ indent, tag: tag as WidgetTag, variant }));
    expect(placeholders.length, 'examples named in demo/page.html').to.be.above(0);
    expect(page, 'no example left unfilled').not.to.contain('<!-- example:');
    expect(page, 'the template’s note to editors is left out').to.match(/^<!doctype html>/);
    for (const { indent, tag, variant } of placeholders) {
      const name = markerName(tag);
      const between = page.match(new RegExp(`<!-- ${name}:start -->\\n([^]*?)\\n *<!-- ${name}:end -->`));
      expect(between, `${tag}: between <!-- ${name}:start --> and <!-- ${name}:end -->`).to.exist;
      // A picker inside another widget (the contact form's branch) keeps markers of its own.
      const markup = between![1].replace(/^ *<!-- location-picker:(start|end) -->\n/gm, '');
      expect(markup, `${tag} ${variant}`).to.equal(exampleHtml(tag, examples[tag][variant], { indent: indent.length }));
    }
  });

  it('the demo page marks each widget once (the bench and the WordPress patterns read its markup between the markers)', async () => {
    const page = await demoPageSource();
    for (const tag of widgetTags) {
      for (const edge of ['start', 'end']) {
        const marker = `<!-- ${markerName(tag)}:${edge} -->`;
        expect(page.split(marker).length - 1, marker).to.equal(1);
      }
    }
  });

  it('the demo page’s build stops at a template that names an example examples/ does not have', () => {
    expect(() => renderDemoPage('<main>\n  <!-- example: clinic-faq nonexistent -->\n</main>')).to.throw('clinic-faq nonexistent');
  });

  it('the demo page holds each widget’s seed example, and the seed page’s questions, complaints and branches', async () => {
    const page = await demoPageSource();
    for (const tag of ['clinic-faq', 'clinic-symptom-checklist', 'clinic-phase-table'] as const) {
      expect(page, tag).to.contain(exampleHtml(tag, examples[tag].seed, { indent: 6 }));
    }
    for (const { question } of faqQuestions) expect(page).to.contain(question);
    for (const complaint of complaints) expect(page).to.contain(complaint);
    for (const { address } of branches) expect(page).to.contain(address);
  });

  it('every example is markup the browser reads as written: no misnested tag adds or moves an element (except the one that shows broken content)', () => {
    for (const [tag, variants] of Object.entries(examples)) {
      for (const [variant, example] of Object.entries(variants)) {
        if (variant === 'broken') continue;
        const markup = exampleHtml(tag, example);
        const body = new DOMParser().parseFromString(markup, 'text/html').body;
        expect(body.children.length, `${tag} ${variant}: one element`).to.equal(1);
        expect(body.firstElementChild!.localName, `${tag} ${variant}`).to.equal(tag);
        // A misnested tag (an <address> in a <p>) makes the parser add elements or close them early.
        const written = markup.match(/<[a-z][a-z0-9-]*/g)!.length;
        expect(body.querySelectorAll('*').length, `${tag} ${variant}: as many elements as start tags`).to.equal(written);
      }
    }
  });
});
