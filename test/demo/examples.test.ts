// One source of examples (issue 13): the demo page is built from examples/ (demo/page.html +
// demo/render.mjs), and the committed demo/index.html that the tests, the bench and the CSP check read
// must be exactly what that build gives. After changing examples/ or demo/page.html: `node demo/build.mjs`.
import { expect } from '@open-wc/testing';
// @ts-expect-error: a plain ES module without types (the demo server and the build share it)
import { renderDemoPage } from '../../demo/render.mjs';
import { examples, exampleHtml, faqQuestions, branches, complaints } from '../../examples/index.js';

const read = async (path: string) => (await fetch(path)).text();

describe('examples/: the one source of the seed clinic’s content', () => {
  it('demo/index.html is demo/page.html with the examples put in (run `node demo/build.mjs` after changing either)', async () => {
    const [template, page] = await Promise.all([read('/demo/page.html'), read('/demo/index.html')]);
    expect((renderDemoPage as (template: string) => string)(template)).to.equal(page);
  });

  it('the demo page holds each widget’s seed example, and the seed page’s questions, complaints and branches', async () => {
    const page = await read('/demo/index.html');
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
