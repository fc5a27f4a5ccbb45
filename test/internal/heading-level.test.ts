import { expect, fixture, html } from '@open-wc/testing';
import { headingLevel, headingLevelOf } from '../../src/internal/heading-level.js';

describe('headingLevel', () => {
  it('is one below the nearest heading before the widget', async () => {
    const page = await fixture(html`<div>
      <h1>Artrose</h1>
      <section><h3>Behandeling</h3><p>…</p></section>
      <div id="widget"><h2>Own content does not count</h2></div>
    </div>`);
    expect(headingLevel(page.querySelector('#widget')!, null)).to.deep.equal({ level: 4 });
  });

  it('follows aria-level and stays between 2 and 6', async () => {
    const page = await fixture(html`<div>
      <div role="heading" aria-level="6">Deep</div>
      <div id="widget"></div>
    </div>`);
    expect(headingLevel(page.querySelector('#widget')!, undefined).level).to.equal(6);
  });

  it('is 2 under a page with only an h1, or with no heading before the widget', async () => {
    const onlyTitle = await fixture(html`<div><h1>Titel</h1><div id="widget"></div></div>`);
    expect(headingLevel(onlyTitle.querySelector('#widget')!, '').level).to.equal(2);
    const none = await fixture(html`<div><div id="widget"></div><h4>after</h4></div>`);
    expect(headingLevel(none.querySelector('#widget')!, null).level).to.equal(2);
  });

  it('takes heading-level when given, clamped to 2–6 with a problem to report', async () => {
    const page = await fixture(html`<div><h1>Titel</h1><div id="widget"></div></div>`);
    const widget = page.querySelector('#widget')!;
    expect(headingLevel(widget, '4')).to.deep.equal({ level: 4 });
    expect(headingLevel(widget, 5)).to.deep.equal({ level: 5 });
    const tooHigh = headingLevel(widget, '9');
    expect(tooHigh.level).to.equal(6);
    expect(tooHigh.problem).to.contain('heading-level="9"');
    expect(headingLevel(widget, '1').level).to.equal(2);
    const word = headingLevel(widget, 'three');
    expect(word.level).to.equal(2);
    expect(word.problem).to.contain('not a whole number');
  });

  it('is one below the widget\'s own heading when the widget names one, whatever the page has', async () => {
    const page = await fixture(html`<div><h1>Artrose</h1><h3>Behandeling</h3><div id="widget"></div></div>`);
    const widget = page.querySelector('#widget')!;
    expect(headingLevel(widget, null, 2)).to.deep.equal({ level: 3 });
    expect(headingLevel(widget, null, 6).level).to.equal(6);
    expect(headingLevel(widget, null, 1).level).to.equal(2);
    expect(headingLevel(widget, null, undefined).level).to.equal(4);
    // heading-level still wins; a bad one falls back to the widget's own heading, with a problem.
    expect(headingLevel(widget, '5', 2)).to.deep.equal({ level: 5 });
    const word = headingLevel(widget, 'three', 2);
    expect(word.level).to.equal(3);
    expect(word.problem).to.contain('not a whole number');
  });

  it('headingLevelOf reads h1–h6 and role="heading" with aria-level, and nothing else', async () => {
    const page = await fixture(html`<div>
      <h2>Titel</h2>
      <h3 aria-level="4">Aria wins</h3>
      <div role="heading" aria-level="5">Div</div>
      <p>Tekst</p>
    </div>`);
    expect([...page.children].map((element) => headingLevelOf(element))).to.deep.equal([2, 4, 5, undefined]);
  });
});
