import { expect } from '@open-wc/testing';
import { deepQueryAll, mountDemoPage } from '../demo/demo-page.js';
import { languageOf, registerTranslation } from '../../src/internal/i18n.js';

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };
const widgets = (page: HTMLElement) => [...page.querySelectorAll<Upgraded>('*')].filter((el) => el.localName.startsWith('clinic-'));
const settle = (page: HTMLElement) => Promise.all(widgets(page).map((el) => el.updateComplete));
/** `language: text` of the widget's element matching `selector` (in its shadow roots too). */
const spoken = (root: ParentNode, selector: string) =>
  deepQueryAll(root, selector).map((el) => `${languageOf(el)}: ${el.textContent!.replace(/\s+/g, ' ').trim()}`);

/**
 * On a page in a language the widgets have no texts for, their texts show in English: a screen
 * reader must be told so (`lang="en"`), or it reads "Open all" with, say, a German voice. The
 * page's own content in the widgets keeps the page's language.
 */
describe('the language of the widgets’ own texts', () => {
  let page: HTMLElement;
  before(async () => {
    ({ page } = await mountDemoPage(() => import('../../src/index.js')));
  });
  after(() => page.remove());

  it('on a German page: the English fallback texts are marked lang="en", the page’s content stays German', async () => {
    page.lang = 'de';
    await settle(page);
    const checklist = page.querySelector('clinic-symptom-checklist')!;
    (deepQueryAll(checklist, 'input[type="checkbox"]') as HTMLInputElement[])[4].click(); // a warning sign
    const form = page.querySelector('clinic-contact-form')!;
    form.querySelector('button')!.click(); // empty: the error summary
    await settle(page);

    const faq = page.querySelector('clinic-faq')!;
    expect(spoken(faq, '[part="search-label"], [part="toggle-all"]')).to.deep.equal(['en: Search the questions', 'en: Open all']);
    expect(spoken(faq, '[part="status"]')[0]).to.match(/^en: 5 questions$/);
    expect(spoken(faq, 'summary')[0]).to.match(/^de: Ziet artrose/);
    expect(spoken(checklist, '[part="urgent-heading"], [part="count"], [part="reset"]')).to.deep.equal([
      'en: Urgent: Warning sign ticked',
      'en: You recognise 0 of the 4 complaints.',
      'en: Clear my ticks',
    ]);
    expect(spoken(checklist, '[slot="red-flag"]')).to.deep.equal(['de: Neem contact op met je huisarts. Twijfel? Bel altijd.']);
    const picker = page.querySelector('clinic-location-picker')!;
    expect(spoken(picker, '[part="search"] label, [part="geolocation-button"]')).to.deep.equal(['en: Search by place or postcode', 'en: Use my location']);
    expect(deepQueryAll(picker, '[part="status"] [role="status"]').map(languageOf)).to.deep.equal(['en', 'en']);
    expect(spoken(picker, 'clinic-location')[0]).to.match(/^de: /);
    // The form's own texts (its shadow root): the branch picker inside the seed page's form has its own.
    expect(spoken(form.shadowRoot!, '[part="error-summary"] :is(h2, h3, h4, h5, h6), [role="status"]')).to.deep.equal(['en: There is a problem', 'en: ']);
    expect(spoken(form, 'label')[0]).to.equal('de: Naam *');
  });

  it('on a Dutch or English page the widgets add no lang: their texts take the page’s', async () => {
    for (const lang of ['nl', 'en-GB']) {
      page.lang = lang;
      await settle(page);
      const marked = widgets(page).flatMap((el) => deepQueryAll(el, '[lang]'));
      expect(marked.map((el) => `${el.localName}[part=${el.getAttribute('part')}] lang=${el.getAttribute('lang')}`), lang).to.deep.equal([]);
    }
  });

  it('a language the page registered texts for is not marked: those texts are the page’s', async () => {
    page.lang = 'de';
    registerTranslation('de', { 'faq.openAll': 'Alle öffnen', 'faq.search': 'Fragen durchsuchen' });
    await settle(page);
    const faq = page.querySelector('clinic-faq')!;
    expect(spoken(faq, '[part="toggle-all"]')).to.deep.equal(['de: Alle öffnen']);
    const picker = page.querySelector('clinic-location-picker')!;
    expect(spoken(picker, '[part="geolocation-button"]')).to.deep.equal(['en: Use my location']);
    // Texts given on the element are the page's too.
    picker.setAttribute('data-i18n-locate', 'Meinen Standort verwenden');
    (picker as HTMLElement & { requestUpdate(): void }).requestUpdate(); // (an attribute the picker does not watch)
    await settle(page);
    expect(spoken(picker, '[part="geolocation-button"]')).to.deep.equal(['de: Meinen Standort verwenden']);
  });
});
