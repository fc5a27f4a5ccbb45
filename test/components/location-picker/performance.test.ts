import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

// The 16 ms per keystroke budget is a benchmark figure (npm run bench, case filter), not a timed
// test: this file checks the work each keystroke causes, which does not depend on the machine.
import { captureWarnings } from '../../support/warnings.js';
import '../../../src/location-picker.js';
import type { ClinicLocationPicker } from '../../../src/components/location-picker/location-picker.js';
import { branches, locationsOf, picker, searchField, settle, shownOrder } from './helpers.js';

const places = ['Deurne', 'Mierlo', 'Gemert', 'Helmond', 'Geldrop', 'Nederweert', 'Asten', 'Someren', 'Bakel', 'Liessel'];

/** 1,000 branches built with DOM calls (text stays text). */
function thousand(): HTMLElement {
  const host = document.createElement('clinic-location-picker');
  for (let index = 0; index < 1000; index++) {
    const location = document.createElement('clinic-location');
    const place = `${places[index % places.length]} ${index}`;
    location.setAttribute('value', `v${index}`);
    location.setAttribute('label', place);
    location.setAttribute('lat', String(51 + (index % 97) / 100));
    location.setAttribute('lng', String(5 + (index % 89) / 100));
    location.setAttribute('postcodes', `${5000 + index}`);
    location.setAttribute('serves', `Dorp ${index}, Buurt ${index * 7}`);
    const address = document.createElement('address');
    address.textContent = `Straat ${index}, ${5000 + index} AB ${place}`;
    location.append(address);
    host.append(location);
  }
  return host;
}

/**
 * One keystroke in the search field, with the time it took (for the log only: the 16 ms budget is
 * measured by `npm run bench`, not by a timed test) and the light-DOM work it caused.
 */
async function keystroke(el: ClinicLocationPicker, text: string) {
  const cards = [...el.querySelectorAll('clinic-location')];
  const shownBefore = new Set(cards.filter((card) => !card.hidden));
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(el, { attributes: true, childList: true, subtree: true });
  const input = searchField(el);
  const start = performance.now();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
  void el.offsetHeight; // style and layout
  const ms = performance.now() - start;
  records.push(...observer.takeRecords());
  observer.disconnect();
  const toggled = cards.filter((card) => shownBefore.has(card) === card.hidden).length;
  return {
    ms,
    toggled,
    hiddenChanges: records.filter((record) => record.type === 'attributes' && record.attributeName === 'hidden').length,
    moves: records.filter((record) => record.type === 'childList').length,
    otherChanges: records.filter((record) => record.type === 'attributes' && record.attributeName !== 'hidden').length,
  };
}

describe('<clinic-location-picker> with 1,000 branches', () => {
  it('does only the work a keystroke needs: toggles hidden on the cards that change, moves at most a few', async function () {
    this.timeout(30000);
    const warnings = captureWarnings();
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl" style="height:400px;overflow:auto"></div>`);
    const el = thousand() as ClinicLocationPicker;
    wrapper.append(el);
    await settle(el);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([]);
    // Typing "Deurne 12", deleting it, a served village, and a postcode that lifts a branch to the top.
    const sequence = ['D', 'De', 'Deu', 'Deur', 'Deurn', 'Deurne', 'Deurne ', 'Deurne 1', 'Deurne 12', 'Deurne 1', 'Deurne', 'Deu', '', 'liessel', '', '5', '57', '575', '5750', '5750 A', '5750 AB', ''];
    const log: string[] = [];
    for (const text of sequence) {
      const work = await keystroke(el, text);
      log.push(`${JSON.stringify(text)}:${work.ms.toFixed(1)}ms/${work.toggled}`);
      expect(work.hiddenChanges, `hidden toggles for ${JSON.stringify(text)}`).to.equal(work.toggled);
      expect(work.moves, `node moves for ${JSON.stringify(text)}`).to.be.at.most(4);
      expect(work.otherChanges, `other attribute writes for ${JSON.stringify(text)}`).to.be.at.most(4);
    }
    console.log(`1,000 branches, ${sequence.length} keystrokes (time incl. style+layout / cards toggled):`, log.join(' '));
    await keystroke(el, 'Deurne 12');
    expect(shownOrder(el)).to.deep.equal(['Deurne 120']);
    await keystroke(el, '5750');
    expect(shownOrder(el).slice(0, 2)).to.deep.equal(['Deurne 750', 'Deurne 0']);
    await keystroke(el, '');
    expect(shownOrder(el).slice(749, 752)).to.deep.equal(['Liessel 749', 'Deurne 750', 'Mierlo 751']);
  });
});

/** The branches (values) whose card drew anything new in its shadow root while `act` ran. */
async function redrawnBy(el: ClinicLocationPicker, act: () => Promise<unknown>): Promise<string[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  for (const card of locationsOf(el)) observer.observe(card.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  await act();
  await settle(el);
  records.push(...observer.takeRecords());
  observer.disconnect();
  const hosts = new Set(records.map((record) => (record.target.getRootNode() as ShadowRoot).host as HTMLElement));
  return [...hosts].map((host) => host.getAttribute('value')!).sort();
}

describe('<clinic-location-picker> match reasons per keystroke', () => {
  it('redraws only the cards whose reason changes, and no card the search hides', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    const reasonOf = (value: string) => el.querySelector(`clinic-location[value=${value}]`)!.shadowRoot!.querySelector('[part=match]')?.textContent;
    searchField(el).focus();
    expect(await redrawnBy(el, () => sendKeys({ type: 'lie' })), 'Deurne serves Liessel').to.deep.equal(['deurne']);
    expect(reasonOf('deurne')).to.equal('bedient Liessel');
    expect(await redrawnBy(el, () => sendKeys({ type: 'ssel' })), 'the same reason').to.deep.equal([]);
    expect(await redrawnBy(el, () => sendKeys({ type: 'x' })), 'all hidden: none redrawn').to.deep.equal([]);
    expect(locationsOf(el).every((location) => location.hidden)).to.equal(true);
    expect(await redrawnBy(el, () => sendKeys({ press: 'Backspace' })), 'shown again with the reason it had').to.deep.equal([]);
    expect(locationsOf(el).find((location) => !location.hidden)?.value).to.equal('deurne');
    expect(reasonOf('deurne')).to.equal('bedient Liessel');
    searchField(el).select();
    expect(await redrawnBy(el, () => sendKeys({ press: 'Backspace' })), 'the reason goes').to.deep.equal(['deurne']);
    expect(reasonOf('deurne')).to.equal(undefined);
  });
});
