import { expect, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { movingElements, withReducedMotion } from '../../support/look.js';
import { branches, deepActive, picker, radioOf, searchField, settle, shadow } from './helpers.js';
import type { ClinicLocationPicker } from '../../../src/components/location-picker/location-picker.js';

/** The card box of a branch, drawn in its shadow root. */
const cardOf = (el: ClinicLocationPicker, value: string) => el.querySelector(`clinic-location[value=${value}]`)!.shadowRoot!.querySelector<HTMLElement>('[part~=card]')!;
const indicatorOf = (el: ClinicLocationPicker, value: string) => el.querySelector(`clinic-location[value=${value}]`)!.shadowRoot!.querySelector<HTMLElement>('[part=indicator]')!;
const matchOf = (el: ClinicLocationPicker, value: string) => el.querySelector(`clinic-location[value=${value}]`)!.shadowRoot!.querySelector<HTMLElement>('[part=match]');

async function search(el: ClinicLocationPicker, text: string) {
  searchField(el).focus();
  searchField(el).select();
  await sendKeys({ type: text });
  await settle(el);
}

describe('<clinic-location-picker> finished look (issue 17)', () => {
  it('draws the chosen radio, ring and dot, in the accent colour; the others in the text colour', async () => {
    const el = await picker(html`<div style="color: rgb(20, 20, 20); --clinic-color-accent: rgb(0, 95, 184)">
      <clinic-location-picker>${branches}</clinic-location-picker>
    </div>`);
    radioOf(el, 'mierlo').click();
    await settle(el);
    const chosen = indicatorOf(el, 'mierlo');
    expect(getComputedStyle(chosen).borderTopColor).to.equal('rgb(0, 95, 184)');
    expect(getComputedStyle(chosen, '::after').backgroundColor).to.equal('rgb(0, 95, 184)');
    expect(getComputedStyle(indicatorOf(el, 'deurne')).borderTopColor).to.equal('rgb(20, 20, 20)');
    await expect(el).to.be.accessible();
  });

  it('gives each card the same space on every side, whatever margins its own HTML has', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    const card = cardOf(el, 'deurne').getBoundingClientRect();
    const name = radioOf(el, 'deurne').getBoundingClientRect();
    const branch = el.querySelector('clinic-location[value=deurne]')!;
    const first = branch.querySelector('address')!.getBoundingClientRect();
    const last = branch.querySelector('p')!.getBoundingClientRect();
    const top = Math.round(name.top - card.top);
    const bottom = Math.round(card.bottom - last.bottom);
    const start = Math.round(first.left - card.left);
    expect({ top, bottom }).to.deep.equal({ top: start, bottom: start });
    expect(Math.round(first.top), 'the address right under the name').to.equal(Math.round(name.bottom));
  });

  it('leaves no empty gap under the search until there is something to say', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    const gapUnderSearch = () => Math.round(cardOf(el, shownFirst(el)).getBoundingClientRect().top - searchField(el).getBoundingClientRect().bottom);
    const betweenCards = Math.round(cardOf(el, 'mierlo').getBoundingClientRect().top - cardOf(el, 'deurne').getBoundingClientRect().bottom);
    expect(gapUnderSearch(), 'the same gap as between the cards').to.equal(betweenCards);
    await search(el, 'mierlo');
    const status = shadow(el, '[part=status]').getBoundingClientRect();
    expect(status.height, 'the status line shows').to.be.greaterThan(0);
    expect(status.top).to.be.at.least(searchField(el).getBoundingClientRect().bottom);
    expect(status.bottom).to.be.at.most(cardOf(el, 'mierlo').getBoundingClientRect().top);
  });

  it('says why a branch matched a served village or a postcode, in Dutch and English', async () => {
    for (const { lang, village, postcode } of [
      { lang: 'nl', village: 'bedient Liessel', postcode: 'bedient postcode 5701' },
      { lang: 'en', village: 'serves Liessel', postcode: 'serves postcode 5701' },
    ]) {
      const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`, lang);
      await search(el, 'liessel');
      expect(matchOf(el, 'deurne')!.textContent, lang).to.equal(village);
      expect(radioOf(el, 'deurne').getAttribute('aria-describedby')).to.equal('match');
      await expect(el).to.be.accessible();
      await search(el, '5701 RK');
      expect(matchOf(el, 'helmond')!.textContent, lang).to.equal(postcode);
      expect(matchOf(el, 'deurne'), 'a branch not serving it says nothing').to.equal(null);
      await search(el, 'deurne');
      expect(matchOf(el, 'deurne'), 'its name says it').to.equal(null);
    }
  });

  it('shows the required message at the top of the group, where focus lands, and no browser bubble', async () => {
    const el = await picker(html`<form>
      <clinic-location-picker name="vestiging" required>${branches}</clinic-location-picker>
      <button>Verstuur</button>
    </form>`);
    const form = el.closest('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    const invalid = oneEvent(el, 'invalid');
    form.requestSubmit();
    const event = await invalid;
    expect(event.defaultPrevented, 'the browser shows no bubble for a cancelled invalid').to.be.true;
    expect(deepActive()).to.equal(radioOf(el, 'deurne'));
    await settle(el);
    const error = shadow(el, '[part=error]');
    expect(error.textContent).to.equal('Kies een vestiging.');
    expect(error.getAttribute('role'), 'announced when it appears').to.equal('alert');
    const box = error.getBoundingClientRect();
    expect(box.top, 'under the search').to.be.at.least(searchField(el).getBoundingClientRect().bottom);
    expect(box.bottom, 'above the first card').to.be.at.most(cardOf(el, 'deurne').getBoundingClientRect().top);
    expect(box.top >= 0 && box.bottom <= innerHeight, 'on screen').to.be.true;
    await expect(el).to.be.accessible();
    // reportValidity() too: focus moves, no bubble.
    searchField(el).focus();
    const again = oneEvent(el, 'invalid');
    expect(el.reportValidity()).to.be.false;
    expect((await again).defaultPrevented).to.be.true;
    expect(deepActive()).to.equal(radioOf(el, 'deurne'));
  });

  it('leaves focus to an invalid field before it, and checkValidity() on the picker shows nothing', async () => {
    const el = await picker(html`<form>
      <label>Naam <input name="naam" required /></label>
      <clinic-location-picker name="vestiging" required>${branches}</clinic-location-picker>
      <button>Verstuur</button>
    </form>`);
    expect(el.checkValidity()).to.be.false;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part=error]'), 'checkValidity shows nothing').to.equal(null);
    const form = el.closest('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    const invalid = oneEvent(el, 'invalid');
    form.requestSubmit();
    await invalid;
    await settle(el);
    expect(document.activeElement, 'the first invalid field').to.equal(form.querySelector('input'));
    expect(shadow(el, '[part=error]').textContent).to.equal('Kies een vestiging.');
  });

  it('an invalid event a script makes up (a story showing the state) shows the message without moving focus', async () => {
    const el = await picker(html`<form><clinic-location-picker name="vestiging" required>${branches}</clinic-location-picker></form>`);
    searchField(el).focus();
    el.dispatchEvent(new Event('invalid', { cancelable: true }));
    await settle(el);
    expect(shadow(el, '[part=error]').textContent).to.equal('Kies een vestiging.');
    expect(deepActive()).to.equal(searchField(el));
  });

  it('forced colours: the chosen radio in the system highlight colour', async function () {
    // test/support/forced-colors.mjs: true where the browser can emulate the mode (not Firefox ESR)
    const emulated = await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active: true });
    try {
      if (!emulated || !matchMedia('(forced-colors: active)').matches) this.skip();
      const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
      radioOf(el, 'gemert').click();
      await settle(el);
      const highlight = document.createElement('span');
      highlight.style.color = 'Highlight';
      document.body.append(highlight);
      const highlightColor = getComputedStyle(highlight).color;
      highlight.remove();
      expect(getComputedStyle(indicatorOf(el, 'gemert'), '::after').backgroundColor).to.equal(highlightColor);
      expect(getComputedStyle(indicatorOf(el, 'gemert')).borderTopColor).to.equal(highlightColor);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('reduced motion: nothing in the picker moves by itself', async function () {
    await withReducedMotion(this, async () => {
      const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
      radioOf(el, 'mierlo').click();
      await settle(el);
      expect(movingElements([el.shadowRoot!, ...[...el.querySelectorAll('clinic-location')].map((branch) => branch.shadowRoot!)])).to.deep.equal([]);
    });
  });
});

/** The value of the first branch shown. */
function shownFirst(el: ClinicLocationPicker): string {
  return [...el.querySelectorAll('clinic-location')].find((branch) => !branch.hidden)!.getAttribute('value')!;
}
