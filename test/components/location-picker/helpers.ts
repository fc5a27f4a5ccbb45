import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { locationsContent } from '../../../examples/location-picker.js';
import '../../../src/location-picker.js';
import type { ClinicLocationPicker } from '../../../src/components/location-picker/location-picker.js';
import type { ClinicLocation } from '../../../src/components/location-picker/location.js';

/** The six branches of the seed page (examples/location-picker.js, as the demo page has them). */
export const branches = html`${unsafeHTML(locationsContent())}`;

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
