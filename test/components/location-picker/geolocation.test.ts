import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../../support/warnings.js';
import { sendKeys } from '@web/test-runner-commands';
import type { ClinicLocationChangeDetail } from '../../../src/components/location-picker/location-picker.js';
import { branches, deepActive, locationsOf, picker, radioOf, restoreGeolocation, searchField, settle, shadow, shownOrder, status, stubGeolocation } from './helpers.js';

/** A position in Mierlo-Hout, between Mierlo and Helmond. */
const mierloHout = { coords: { latitude: 51.4515, longitude: 5.6362 } };

describe('<clinic-location-picker geolocation>', () => {
  afterEach(restoreGeolocation);

  it('shows no button without `geolocation`', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    expect(el.shadowRoot!.querySelector('[part=geolocation-button]')).to.equal(null);
  });

  it('asks for the position only when the button is pressed, then sorts by distance and shows km', async () => {
    const calls = stubGeolocation(mierloHout);
    const el = await picker(html`<clinic-location-picker geolocation>${branches}</clinic-location-picker>`);
    expect(calls.count).to.equal(0);
    const button = shadow<HTMLButtonElement>(el, '[part=geolocation-button]');
    expect(button.textContent!.trim()).to.equal('Gebruik mijn locatie');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(calls.count).to.equal(1);
    await settle(el);
    await settle(el);
    expect(shownOrder(el)).to.deep.equal(['Mierlo', 'Helmond', 'Geldrop', 'Deurne', 'Gemert', 'Nederweert']);
    expect(status(el)).to.equal('Dichtstbij eerst (hemelsbreed).');
    const distances = locationsOf(el).map((location) => location.shadowRoot!.querySelector('[part=distance]')?.textContent);
    expect(distances[0]).to.match(/^\d+,\d km$/);
    expect(radioOf(el, 'mierlo').getAttribute('aria-describedby')).to.equal('distance');
    await expect(el).to.be.accessible();
    // The choice event carries the distance.
    const changed = oneEvent(el, 'clinic-location-change');
    radioOf(el, 'mierlo').click();
    const { detail } = (await changed) as CustomEvent<ClinicLocationChangeDetail>;
    expect(detail.value).to.equal('mierlo');
    expect(detail.distanceKm).to.be.closeTo(1.7, 0.2);
    expect(deepActive()).to.equal(radioOf(el, 'mierlo'));
  });

  it('says it is finding the position, and a second press while waiting asks nothing more', async () => {
    let asked = 0;
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: () => asked++ } });
    const el = await picker(html`<clinic-location-picker geolocation>${branches}</clinic-location-picker>`);
    const button = shadow(el, '[part=geolocation-button]');
    button.click();
    await settle(el);
    expect(status(el)).to.equal('Locatie opvragen…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    expect(asked).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('rewrites the distances when the page language changes', async () => {
    stubGeolocation(mierloHout);
    const el = await picker(html`<clinic-location-picker geolocation>${branches}</clinic-location-picker>`);
    shadow(el, '[part=geolocation-button]').click();
    await settle(el);
    await settle(el);
    const distance = () => locationsOf(el)[0].shadowRoot!.querySelector('[part=distance]')!.textContent;
    expect(distance()).to.equal('1,7 km');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => distance() === '1.7 km', 'distances in English');
  });

  it('writes km the English way on an English page', async () => {
    stubGeolocation(mierloHout);
    const el = await picker(html`<clinic-location-picker geolocation>${branches}</clinic-location-picker>`, 'en');
    shadow(el, '[part=geolocation-button]').click();
    await settle(el);
    await settle(el);
    const first = locationsOf(el)[0].shadowRoot!.querySelector('[part=distance]')!.textContent!;
    expect(first).to.match(/^\d+\.\d km$/);
    expect(status(el)).to.equal('Nearest first (straight-line).');
  });

  for (const [code, message] of [
    [1, 'Locatie niet gedeeld. Zoek op plaats of postcode.'],
    [2, 'Locatie niet gevonden. Zoek op plaats of postcode.'],
    [3, 'Locatie zoeken duurde te lang. Zoek op plaats of postcode.'],
  ] as const) {
    it(`says clearly when the position fails (code ${code}) and the list stays usable`, async () => {
      stubGeolocation({ code });
      const el = await picker(html`<clinic-location-picker geolocation>${branches}</clinic-location-picker>`);
      shadow(el, '[part=geolocation-button]').click();
      await settle(el);
      await settle(el);
      expect(status(el)).to.equal(message);
      expect(shownOrder(el)).to.deep.equal(['Deurne', 'Mierlo', 'Gemert', 'Helmond', 'Geldrop', 'Nederweert']);
      await expect(el).to.be.accessible();
      radioOf(el, 'deurne').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.equal('mierlo');
    });
  }

  it('says the position is unavailable when the browser has no geolocation', async () => {
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: undefined });
    const el = await picker(html`<clinic-location-picker geolocation>${branches}</clinic-location-picker>`);
    shadow(el, '[part=geolocation-button]').click();
    await settle(el);
    expect(status(el)).to.contain('Locatie niet gevonden');
  });

  it('never sorts a branch with bad coordinates by distance, and names it in a warning', async () => {
    stubGeolocation(mierloHout);
    const warnings = captureWarnings();
    const el = await picker(html`<clinic-location-picker geolocation>
      <clinic-location value="nergens" label="Nergens" lat="noord" lng="5.6"></clinic-location>
      ${branches}
    </clinic-location-picker>`);
    shadow(el, '[part=geolocation-button]').click();
    await settle(el);
    await settle(el);
    expect(shownOrder(el).at(-1)).to.equal('Nergens');
    expect(el.querySelector<HTMLElement>('[value=nergens]')!.shadowRoot!.querySelector('[part=distance]')).to.equal(null);
    await waitUntil(() => warnings.clinic.length > 0);
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([
      '[clinic-elements] <clinic-location-picker>: <clinic-location> "Nergens" has a lat or lng that is not a number within range, so it is never sorted by distance. Give both in decimal degrees, such as lat="51.4613" lng="5.7953".',
    ]);
  });

  it('a postcode no branch serves points to the location button until it was pressed, then to the list sorted by it', async () => {
    stubGeolocation(mierloHout);
    const el = await picker(html`<clinic-location-picker geolocation>${branches}</clinic-location-picker>`);
    searchField(el).focus();
    await sendKeys({ type: '9999' });
    await settle(el);
    expect(status(el)).to.equal('Geen vestiging voor postcode 9999. Druk op “Gebruik mijn locatie” om de dichtstbijzijnde bovenaan te zetten, of kies een vestiging uit de lijst.');
    shadow(el, '[part=geolocation-button]').click();
    await settle(el);
    await settle(el);
    expect(shownOrder(el)[0]).to.equal('Mierlo');
    expect(status(el)).to.equal('Dichtstbij eerst (hemelsbreed). Geen vestiging voor postcode 9999. Zoek op een plaats bij u in de buurt, of kies een vestiging uit de lijst.');
  });

  it('says the same in English, with the button as the page names it', async () => {
    const el = await picker(html`<clinic-location-picker geolocation data-i18n-locate="Find my nearest">${branches}</clinic-location-picker>`, 'en');
    searchField(el).focus();
    await sendKeys({ type: '9999' });
    await settle(el);
    expect(status(el)).to.equal('No location for postcode 9999. Press “Find my nearest” to put the nearest first, or choose a location from the list.');
    el.geolocation = false;
    await settle(el);
    expect(status(el)).to.equal('No location for postcode 9999. Search for a place near you, or choose a location from the list.');
  });
});
