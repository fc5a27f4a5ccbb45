import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController, registerTranslation, languageOf } from '../../src/internal/i18n.js';

const texts = {
  en: { openAll: 'Open all', matches: { one: '{count} question matches', other: '{count} questions match' }, distance: '{km} km' },
  nl: { openAll: 'Alles openen', matches: { one: '{count} vraag gevonden', other: '{count} vragen gevonden' }, distance: '{km} km' },
};

class I18nProbe extends LitElement {
  localize = new LocalizeController(this, 'probe', texts);
  renders = 0;
  override render() {
    this.renders++;
    return html`<span>${this.localize.t('openAll')}</span>`;
  }
}
customElements.define('clinic-i18n-probe', I18nProbe);

const shown = (el: I18nProbe) => el.shadowRoot!.querySelector('span')!.textContent;

describe('language layer', () => {
  it('follows the nearest lang attribute', async () => {
    const wrapper = await fixture(html`<div lang="nl"><section><clinic-i18n-probe></clinic-i18n-probe></section></div>`);
    const el = wrapper.querySelector('clinic-i18n-probe') as I18nProbe;
    await el.updateComplete;
    expect(shown(el)).to.equal('Alles openen');
  });

  it('uses the base language of a regional tag (nl-BE → nl)', async () => {
    const el = await fixture<I18nProbe>(html`<clinic-i18n-probe lang="nl-BE"></clinic-i18n-probe>`);
    expect(shown(el)).to.equal('Alles openen');
  });

  it('falls back to English for an unknown or invalid language', async () => {
    const el = await fixture<I18nProbe>(html`<clinic-i18n-probe lang="fr"></clinic-i18n-probe>`);
    expect(shown(el)).to.equal('Open all');
    el.setAttribute('lang', 'not a language!!');
    await el.updateComplete;
    expect(el.localize.t('openAll')).to.equal('Open all');
  });

  it('re-renders when a lang attribute above it changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><clinic-i18n-probe></clinic-i18n-probe></div>`);
    const el = wrapper.querySelector('clinic-i18n-probe') as I18nProbe;
    await el.updateComplete;
    expect(shown(el)).to.equal('Open all');
    wrapper.setAttribute('lang', 'nl');
    await new Promise((resolve) => setTimeout(resolve)); // mutation observer, then Lit update
    await el.updateComplete;
    expect(shown(el)).to.equal('Alles openen');
  });

  it('finds lang across a shadow root', async () => {
    const host = await fixture(html`<div lang="nl"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('clinic-i18n-probe') as I18nProbe;
    root.append(el);
    await el.updateComplete;
    expect(languageOf(el)).to.equal('nl');
    expect(shown(el)).to.equal('Alles openen');
  });

  it('lets one element replace a text with a data-i18n-* attribute', async () => {
    const el = await fixture<I18nProbe>(html`<clinic-i18n-probe lang="nl" data-i18n-open-all="Toon alle antwoorden"></clinic-i18n-probe>`);
    expect(shown(el)).to.equal('Toon alle antwoorden');
  });

  it('lets a page replace texts and add languages with registerTranslation', async () => {
    const el = await fixture<I18nProbe>(html`<clinic-i18n-probe lang="de"></clinic-i18n-probe>`);
    expect(shown(el)).to.equal('Open all');
    registerTranslation('de', { 'probe.openAll': 'Alle öffnen' });
    await el.updateComplete;
    expect(shown(el)).to.equal('Alle öffnen');
  });

  it('chooses plural forms and formats numbers for the language', async () => {
    const nl = await fixture<I18nProbe>(html`<clinic-i18n-probe lang="nl"></clinic-i18n-probe>`);
    const en = await fixture<I18nProbe>(html`<clinic-i18n-probe lang="en"></clinic-i18n-probe>`);
    expect(nl.localize.t('matches', { count: 1 })).to.equal('1 vraag gevonden');
    expect(nl.localize.t('matches', { count: 3 })).to.equal('3 vragen gevonden');
    expect(en.localize.t('matches', { count: 1 })).to.equal('1 question matches');
    expect(nl.localize.t('distance', { km: nl.localize.number(3.2) })).to.equal('3,2 km');
    expect(en.localize.t('distance', { km: 3.2 })).to.equal('3.2 km');
  });

  it('keeps interpolated values as text (no markup)', async () => {
    const el = await fixture<I18nProbe>(html`<clinic-i18n-probe lang="en" data-i18n-open-all="{x}"></clinic-i18n-probe>`);
    expect(el.localize.t('openAll', { x: '<img src=x onerror=alert(1)>' })).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
