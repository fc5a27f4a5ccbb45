import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../../../src/internal/i18n.js';
import type { ClinicLocationChangeDetail } from '../../../src/components/location-picker/location-picker.js';
import { branches, deepActive, locationsOf, picker, radioOf, radios, searchField, settle, shadow, shownOrder, status } from './helpers.js';

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('<clinic-location-picker> choosing', () => {
  it('shows each branch as a radio named by its label, with its own HTML and links', async () => {
    const el = await picker(html`<clinic-location-picker name="vestiging">${branches}</clinic-location-picker>`);
    const group = shadow(el, '[role=radiogroup]');
    expect(group.getAttribute('aria-labelledby')).to.equal('label');
    expect(shadow(el, '#label').textContent).to.equal('Kies een vestiging');
    expect(radios(el).map((radio) => radio.textContent!.trim())).to.deep.equal(['Deurne', 'Mierlo', 'Gemert', 'Helmond', 'Geldrop', 'Nederweert']);
    expect(radios(el).every((radio) => radio.getAttribute('aria-checked') === 'false')).to.be.true;
    expect(el.querySelector('address')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(radios(el).map((radio) => radio.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    await expect(el).to.be.accessible();
  });

  it('has one tab stop; arrow keys move and choose, wrapping; Space chooses; Tab leaves the radios', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    searchField(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(radioOf(el, 'deurne'));
    expect(el.value).to.equal('');
    await sendKeys({ type: ' ' });
    expect(el.value).to.equal('deurne');
    const changed = oneEvent(el, 'clinic-location-change');
    await sendKeys({ press: 'ArrowDown' });
    const { detail } = (await changed) as CustomEvent<ClinicLocationChangeDetail>;
    expect(detail).to.deep.equal({ value: 'mierlo', label: 'Mierlo' });
    expect(deepActive()).to.equal(radioOf(el, 'mierlo'));
    await settle(el);
    expect(radioOf(el, 'mierlo').getAttribute('aria-checked')).to.equal('true');
    expect(radioOf(el, 'deurne').getAttribute('aria-checked')).to.equal('false');
    expect(radios(el).filter((radio) => radio.tabIndex === 0)).to.deep.equal([radioOf(el, 'mierlo')]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal('nederweert');
    expect(deepActive()).to.equal(radioOf(el, 'nederweert'));
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal('deurne');
    await settle(el);
    await expect(el).to.be.accessible();
    // Tab goes on past the radios (here to the phone link in Deurne's own HTML), Shift+Tab comes back.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(el.querySelector('a[href^="tel:"]'));
    await shiftTab();
    expect(deepActive()).to.equal(radioOf(el, 'deurne'));
    await shiftTab();
    expect(deepActive()).to.equal(searchField(el));
  });

  it('chooses by clicking a card, but not when a link inside it is used', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    el.querySelector('clinic-location[value=gemert] address')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(el.value).to.equal('gemert');
    const link = el.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(el.value).to.equal('gemert');
  });

  it('preselects the `selected` branch, reflects value and accepts a value from outside', async () => {
    const el = await picker(html`<clinic-location-picker>
      <clinic-location value="a" label="A"></clinic-location>
      <clinic-location value="b" label="B" selected></clinic-location>
    </clinic-location-picker>`);
    expect(el.value).to.equal('b');
    expect(el.getAttribute('value')).to.equal('b');
    expect(radioOf(el, 'b').getAttribute('aria-checked')).to.equal('true');
    el.value = 'a';
    await settle(el);
    expect(el.getAttribute('value')).to.equal('a');
    expect(radioOf(el, 'a').getAttribute('aria-checked')).to.equal('true');
    expect(radioOf(el, 'a').tabIndex).to.equal(0);
    el.focus();
    expect(deepActive()).to.equal(radioOf(el, 'a'));
  });

  it('follows the page language and replaced texts', async () => {
    const el = await picker(html`<clinic-location-picker data-i18n-search-label="Uw woonplaats">${branches}</clinic-location-picker>`, 'en');
    expect(shadow(el, '#label').textContent).to.equal('Choose a location');
    expect(shadow(el, 'label').textContent).to.equal('Uw woonplaats');
  });

  it('keeps the choice in localStorage only with `remember`', async () => {
    localStorage.clear();
    const plain = await picker(html`<clinic-location-picker name="x">${branches}</clinic-location-picker>`);
    radioOf(plain, 'gemert').click();
    expect(localStorage.length).to.equal(0);
    const first = await picker(html`<clinic-location-picker name="x" remember>${branches}</clinic-location-picker>`);
    radioOf(first, 'helmond').click();
    expect(localStorage.length).to.equal(1);
    const again = await picker(html`<clinic-location-picker name="x" remember>${branches}</clinic-location-picker>`);
    expect(again.value).to.equal('helmond');
    localStorage.clear();
  });

  it('disabled: no choosing, no search, no tab stop', async () => {
    const el = await picker(html`<clinic-location-picker disabled>${branches}</clinic-location-picker>`);
    radioOf(el, 'mierlo').click();
    expect(el.value).to.equal('');
    expect(searchField(el).disabled).to.be.true;
    expect(radios(el).every((radio) => radio.tabIndex === -1 && radio.getAttribute('aria-disabled') === 'true')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows the branch page link when `href` is given', async () => {
    const el = await picker(html`<clinic-location-picker>
      <clinic-location value="d" label="Deurne" href="/deurne"></clinic-location>
    </clinic-location-picker>`);
    const link = el.querySelector('clinic-location')!.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/deurne');
    expect(link.textContent).to.equal('Meer over Deurne');
  });

  it('keeps the link in step with its branch and the page language, also while the search says why it matched', async () => {
    const el = await picker(html`<clinic-location-picker>
      <clinic-location value="deurne" label="Deurne" href="/deurne" serves="Liessel"></clinic-location>
    </clinic-location-picker>`);
    const card = locationsOf(el)[0];
    const link = () => card.shadowRoot!.querySelector<HTMLAnchorElement>('[part=link]')!;
    const reason = () => card.shadowRoot!.querySelector('[part=match]')?.textContent;
    searchField(el).focus();
    await sendKeys({ type: 'liessel' });
    await settle(el);
    expect([reason(), link().textContent]).to.deep.equal(['bedient Liessel', 'Meer over Deurne']);
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => reason() === 'serves Liessel', 'the reason in English');
    await settle(el);
    expect(link().textContent).to.equal('More about Deurne');
    registerTranslation('fy', { 'locations.moreAbout': 'Mear oer {label}', 'locations.servesPlace': 'betsjinnet {place}' });
    el.parentElement!.setAttribute('lang', 'fy');
    await waitUntil(() => reason() === 'betsjinnet Liessel', 'the reason in a registered language');
    await settle(el);
    expect(link().textContent).to.equal('Mear oer Deurne');
    card.label = 'Deurne-Centrum';
    card.href = '/deurne-centrum';
    await settle(el);
    expect([link().textContent, link().getAttribute('href')]).to.deep.equal(['Mear oer Deurne-Centrum', '/deurne-centrum']);
  });
});

describe('<clinic-location-picker> search', () => {
  async function type(el: Awaited<ReturnType<typeof picker>>, text: string) {
    searchField(el).focus();
    searchField(el).select();
    await sendKeys({ type: text });
    await settle(el);
  }

  it('has a labelled search field', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    const label = shadow(el, 'label');
    expect(label.textContent).to.equal('Zoek op plaats of postcode');
    expect(label.getAttribute('for')).to.equal(searchField(el).id);
  });

  it('filters by place and by served village, ignoring case and accents, and tells how many match', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    await type(el, 'mierlo');
    expect(shownOrder(el)).to.deep.equal(['Mierlo']);
    expect(status(el)).to.equal('1 vestiging gevonden');
    await type(el, 'LIÉSSEL');
    expect(shownOrder(el)).to.deep.equal(['Deurne']);
    await type(el, 'e');
    expect(status(el)).to.equal('6 vestigingen gevonden');
    await expect(el).to.be.accessible();
  });

  it('puts the branch serving a typed postcode first and says so', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    for (const postcode of ['5701', '5701RK', '5701 rk']) {
      await type(el, postcode);
      expect(shownOrder(el)[0]).to.equal('Helmond');
      expect(shownOrder(el)).to.have.length(6);
      expect(status(el)).to.equal('Postcode 5701 valt onder Helmond (bovenaan).');
    }
    // Arrow keys follow the order on screen.
    searchField(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(radioOf(el, 'helmond'));
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('deurne');
    // The reading and focus order (the DOM) is the order on screen too.
    expect(locationsOf(el).filter((location) => !location.hidden).map((location) => location.label)).to.deep.equal(shownOrder(el));
    await type(el, '9999');
    expect(status(el)).to.equal('Geen vestiging voor postcode 9999. Zoek op een plaats bij u in de buurt, of kies een vestiging uit de lijst.');
    expect(shownOrder(el)).to.have.length(6);
    await expect(el).to.be.accessible();
    await type(el, 'e');
    expect(shownOrder(el)).to.deep.equal(['Deurne', 'Mierlo', 'Gemert', 'Helmond', 'Geldrop', 'Nederweert']);
  });

  it('gives a helpful message without matches; clearing the field shows all branches again', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    await type(el, 'Amsterdam');
    expect(shownOrder(el)).to.deep.equal([]);
    expect(status(el)).to.equal('Niets gevonden voor “Amsterdam”. Zoek op plaats of postcode, of maak het veld leeg.');
    await expect(el).to.be.accessible();
    searchField(el).select();
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(searchField(el).value).to.equal('');
    expect(shownOrder(el)).to.have.length(6);
    expect(status(el)).to.equal('');
  });
});
