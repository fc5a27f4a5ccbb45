import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/location-picker.js';
import type { ClinicLocationPicker } from '../../../src/components/location-picker/location-picker.js';
import type { ClinicLocation } from '../../../src/components/location-picker/location.js';

/** The six branches of the seed page. */
export const branches = html`
  <clinic-location value="deurne" label="Deurne" lat="51.4613" lng="5.7953" postcodes="5750-5759" serves="Liessel, Vlierden, Helenaveen">
    <address>Stationsstraat 1, 5751 HA Deurne</address>
    <p><a href="tel:+31493000001">0493 000 001</a></p>
  </clinic-location>
  <clinic-location value="mierlo" label="Mierlo" lat="51.4406" lng="5.6192" postcodes="5730-5731" serves="Luchen, Mierlo-Hout">
    <address>Dorpsstraat 2, 5731 JE Mierlo</address>
  </clinic-location>
  <clinic-location value="gemert" label="Gemert" lat="51.5556" lng="5.6897" postcodes="5420-5428,5761-5763" serves="Bakel, Milheeze, De Rips">
    <address>Ridderplein 3, 5421 CX Gemert</address>
  </clinic-location>
  <clinic-location value="helmond" label="Helmond" lat="51.4793" lng="5.6570" postcodes="5700-5709" serves="Stiphout, Brandevoort">
    <address>Markt 4, 5701 RK Helmond</address>
  </clinic-location>
  <clinic-location value="geldrop" label="Geldrop" lat="51.4217" lng="5.5597" postcodes="5660-5667" serves="Zesgehuchten, Coevering">
    <address>Heuvel 5, 5664 HK Geldrop</address>
  </clinic-location>
  <clinic-location value="nederweert" label="Nederweert" lat="51.2857" lng="5.7486" postcodes="6030-6035" serves="Ospel, Budschop">
    <address>Kerkstraat 6, 6031 CG Nederweert</address>
  </clinic-location>
`;

/** A picker (in a Dutch page part unless `lang` is given) that has finished rendering, children too. */
export async function picker(template: TemplateResult, lang = 'nl'): Promise<ClinicLocationPicker> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
  const element = wrapper.querySelector('clinic-location-picker')!;
  await settle(element);
  return element;
}

export async function settle(element: ClinicLocationPicker): Promise<void> {
  await element.updateComplete;
  await Promise.all(locationsOf(element).map((location) => location.updateComplete));
  await element.updateComplete;
}

export const locationsOf = (element: ClinicLocationPicker) => [...element.querySelectorAll('clinic-location')] as ClinicLocation[];
export const radioOf = (element: ClinicLocationPicker, value: string) =>
  locationsOf(element).find((location) => location.value === value)!.radio!;
export const radios = (element: ClinicLocationPicker) => locationsOf(element).map((location) => location.radio!);
export const shadow = <T extends Element = HTMLElement>(element: ClinicLocationPicker, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;
export const searchField = (element: ClinicLocationPicker) => shadow<HTMLInputElement>(element, 'input');
export const status = (element: ClinicLocationPicker) =>
  [...element.shadowRoot!.querySelectorAll('[role=status]')].map((region) => region.textContent!.trim()).join(' ').trim();

/** Labels of the shown branches in the order they appear on screen. */
export function shownOrder(element: ClinicLocationPicker): string[] {
  return locationsOf(element)
    .filter((location) => !location.hidden)
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((location) => location.label);
}

export { deepActive } from '../../support/deep-focus.js';

/** Replaces `navigator.geolocation` for one test; returns how often a position was asked for. */
export function stubGeolocation(answer: { coords: { latitude: number; longitude: number } } | { code: number }) {
  const calls = { count: 0 };
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition(success: PositionCallback, failure: PositionErrorCallback) {
        calls.count += 1;
        queueMicrotask(() =>
          'coords' in answer ? success(answer as GeolocationPosition) : failure({ code: answer.code, message: 'stub' } as GeolocationPositionError),
        );
      },
    },
  });
  return calls;
}

export function restoreGeolocation() {
  delete (navigator as unknown as Record<string, unknown>).geolocation;
}
