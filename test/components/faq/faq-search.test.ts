import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/faq.js';
import type { ClinicFaq } from '../../../src/faq.js';
import { captureWarnings } from '../../support/warnings.js';
import { details, part, seedItems, summaries } from './seed.js';

/** Issue 17: a search a visitor types, and the way on when it finds nothing. */
describe('<clinic-faq searchable>: searching', () => {
  async function searchableFaq(lang: string, extra: unknown = '') {
    const wrapper = document.createElement('div');
    wrapper.lang = lang;
    const el = await fixture<ClinicFaq>(html`<clinic-faq searchable>${seedItems}${extra}</clinic-faq>`, { parentNode: wrapper });
    await el.updateComplete;
    return el;
  }

  async function type(el: ClinicFaq, text: string) {
    const input = part<HTMLInputElement>(el, 'search-input')!;
    input.focus();
    input.select();
    await sendKeys({ type: text });
    await el.updateComplete;
  }

  const shownQuestions = (el: ClinicFaq) => details(el).filter((item) => !item.hidden).map((item) => item.querySelector('summary')!.textContent);
  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('ignores punctuation inside words: "huisarts" finds "(huis)arts"', async () => {
    const el = await searchableFaq('nl');
    await type(el, 'huisarts');
    expect(shownQuestions(el)).to.deep.equal(['Heeft een injectie of pijnstiller zin?', 'Wanneer moet ik naar de (huis)arts?']);
    expect(text(part(el, 'status'))).to.equal('2 van 5 vragen');
    await type(el, 'foto’s');
    expect(shownQuestions(el)).to.deep.equal(['Ziet artrose er ‘erg’ uit op foto’s—en wat zegt dat over pijn?']);
    await type(el, "foto's");
    expect(shownQuestions(el)).to.have.length(1);
  });

  it('finds nothing: says so, offers a way on (Dutch), and "open all" goes', async () => {
    const el = await searchableFaq('nl');
    await type(el, 'tandarts');
    expect(shownQuestions(el)).to.deep.equal([]);
    expect(text(part(el, 'status'))).to.equal('Geen vraag gevonden');
    const toggleAll = part(el, 'toggle-all')!;
    expect(getComputedStyle(toggleAll).visibility, 'no open all with nothing to open').to.equal('hidden');
    // It keeps its place: the field does not widen under the visitor's typing.
    expect(part(el, 'search-input')!.getBoundingClientRect().width).to.be.below(el.getBoundingClientRect().width - toggleAll.getBoundingClientRect().width);
    const wayOn = part(el, 'no-results')!;
    expect(text(wayOn)).to.equal('Staat je vraag er niet bij? Probeer andere woorden, of neem contact met ons op: we beantwoorden hem graag.');
    expect(wayOn.getBoundingClientRect().height).to.be.above(0);
    await expect(el).to.be.accessible();
    // A search that finds something again brings "open all" back and the way on goes.
    await type(el, 'sport');
    expect(shownQuestions(el)).to.deep.equal(['Welke sport is geschikt?']);
    expect(part(el, 'no-results')).to.equal(null);
    expect(getComputedStyle(part(el, 'toggle-all')!).visibility).to.equal('visible');
    expect(text(part(el, 'toggle-all'))).to.equal('Alles openen');
  });

  it('the built-in way on in English', async () => {
    const el = await searchableFaq('en');
    await type(el, 'dentist');
    expect(text(part(el, 'status'))).to.equal('No question matches');
    expect(text(part(el, 'no-results'))).to.equal('Is your question not here? Try other words, or contact us: we are happy to answer it.');
    await expect(el).to.be.accessible();
  });

  it('the author\'s slot="no-results" is hidden until a search finds nothing, then shown instead of the built-in text', async () => {
    const warnings = captureWarnings();
    const el = await searchableFaq('nl', html`<p slot="no-results">Niet gevonden? <a href="#contact">Stel je vraag via het contactformulier</a>.</p>`);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([]);
    const own = el.querySelector<HTMLElement>('[slot="no-results"]')!;
    expect(own.hidden).to.equal(true);
    expect(own.getBoundingClientRect().height).to.equal(0);
    await type(el, 'tandarts');
    expect(own.hidden).to.equal(false);
    expect(own.getBoundingClientRect().height).to.be.above(0);
    expect(part(el, 'no-results'), 'no built-in text beside the author\'s').to.equal(null);
    expect(getComputedStyle(part(el, 'toggle-all')!).visibility).to.equal('hidden');
    await expect(el).to.be.accessible();
    // Its link is reachable with Tab from the field.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(own.querySelector('a'));
    await type(el, 'artrose');
    expect(own.hidden).to.equal(true);
    // Arrow keys still go over the questions only.
    summaries(el)[1].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(summaries(el)[0]);
  });

  it('clearing the field ends the no-results state', async () => {
    const el = await searchableFaq('nl', html`<p slot="no-results">Bel ons.</p>`);
    await type(el, 'tandarts');
    const input = part<HTMLInputElement>(el, 'search-input')!;
    input.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.querySelector<HTMLElement>('[slot="no-results"]')!.hidden).to.equal(true);
    expect(shownQuestions(el)).to.have.length(5);
    expect(text(part(el, 'toggle-all'))).to.equal('Alles openen');
  });

  describe('in a narrow container the field keeps a usable width: "open all" goes below it', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    /** The field and the toggle-all button as a visitor sees them. */
    function controls(el: ClinicFaq) {
      const field = part(el, 'search-input')!.getBoundingClientRect();
      const button = part(el, 'toggle-all')!.getBoundingClientRect();
      return { field, button, width: el.getBoundingClientRect().width };
    }

    for (const { name, viewport, style } of [
      { name: 'a 320 px phone, the demo page\'s font and margins', viewport: { width: 320, height: 640 }, style: 'font: 1.0625rem/1.6 system-ui, sans-serif; padding: 0 1rem' },
      { name: 'a 300 px sidebar on a wide screen', viewport: { width: 1280, height: 800 }, style: 'width: 300px' },
    ]) {
      it(name, async () => {
        await setViewport(viewport);
        const wrapper = await fixture<HTMLElement>(html`<div lang="nl" style=${style}><clinic-faq searchable>${seedItems}</clinic-faq></div>`);
        const el = wrapper.querySelector<ClinicFaq>('clinic-faq')!;
        await el.updateComplete;
        const { field, button, width } = controls(el);
        expect(field.width, 'the field takes the whole width').to.be.closeTo(width, 0.5);
        expect(button.top, '"open all" below the field').to.be.at.least(field.bottom);
        expect(document.documentElement.scrollWidth).to.be.at.most(viewport.width);
        await expect(el).to.be.accessible();
      });
    }

    it('where there is room, "open all" stays beside the field', async () => {
      const el = await searchableFaq('nl');
      const { field, button } = controls(el);
      expect(button.top).to.be.closeTo(field.top, 0.5);
      expect(field.width).to.be.at.least(200);
    });
  });
});
