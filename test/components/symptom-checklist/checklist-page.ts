// What the checklist tests share: the seed page's checklist, and ways to look at the widget as a
// person does (what shows, what a screen reader hears, moving by Tab).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { complaints, warningSigns } from '../../../examples/symptom-checklist.js';
import '../../../src/symptom-checklist.js';
import type { ClinicSymptomChecklist } from '../../../src/symptom-checklist.js';
import { captureWarnings } from '../../support/warnings.js';

export const COMPLAINTS = complaints;
export const RED_FLAGS = warningSigns;

/** The seed page's checklist, as the demo page has it. */
export const seed = () => html`
  <div lang="nl">
    <clinic-symptom-checklist threshold="2">
      <h2>Herkenbare klachten</h2>
      <ul>
        ${COMPLAINTS.map((text) => html`<li>${text}</li>`)}
      </ul>
      <h3>Waarschuwingssignalen</h3>
      <ul data-red-flags>
        ${RED_FLAGS.map((text) => html`<li>${text}</li>`)}
      </ul>
      <p slot="match">Dit past bij artrose in de wervelkolom. <a href="#contact">Maak een afspraak</a></p>
      <p slot="no-match">Herken je weinig van deze klachten? Twijfel je toch, <a href="#contact">stel je vraag</a>.</p>
      <p slot="red-flag">Neem contact op met je huisarts. Twijfel? Bel altijd.</p>
    </clinic-symptom-checklist>
  </div>
`;

export async function setup(template = seed()) {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.localName === 'clinic-symptom-checklist' ? (wrapper as ClinicSymptomChecklist) : wrapper.querySelector('clinic-symptom-checklist')!;
  await el.updateComplete;
  return el;
}

export const boxes = (el: Element) => [...el.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
export const part = (el: ClinicSymptomChecklist, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
export const shown = (node: Element | null | undefined) => !!node && node.getClientRects().length > 0;
export const live = (el: ClinicSymptomChecklist, politeness: 'polite' | 'assertive') =>
  el.shadowRoot!.querySelector(`[aria-live=${politeness}]`)!.textContent!.trim();

/** Every text the live regions get, in order, as a screen reader would hear them. */
export function recordAnnouncements(el: ClinicSymptomChecklist) {
  const heard: string[] = [];
  const regions = [...el.shadowRoot!.querySelectorAll('[aria-live]')];
  const last = new Map(regions.map((region) => [region, region.textContent!.trim()]));
  const observer = new MutationObserver(() => {
    for (const region of regions) {
      const text = region.textContent!.trim();
      if (text && text !== last.get(region)) heard.push(`${region.getAttribute('aria-live')}: ${text}`);
      last.set(region, text);
    }
  });
  regions.forEach((region) => observer.observe(region, { childList: true, characterData: true, subtree: true }));
  return { heard, stop: () => observer.disconnect() };
}

/** Tabs forward until the given element has focus (at most `limit` presses). */
export async function tabTo(target: Element, limit = 20) {
  for (let i = 0; i < limit && document.activeElement !== target && (target.getRootNode() as ShadowRoot).activeElement !== target; i++) {
    await sendKeys({ press: 'Tab' });
  }
  const root = target.getRootNode() as Document | ShadowRoot;
  expect(root.activeElement, 'focus reached the control by Tab').to.equal(target);
}

export async function pressSpaceOn(el: ClinicSymptomChecklist, target: Element) {
  await tabTo(target);
  await sendKeys({ press: ' ' });
  await el.updateComplete;
}

/**
 * Presses Space on a checkbox focused directly: for one before the focused one (Tab only goes
 * forward, and past the page's end Firefox's browser window takes the focus).
 */
export async function focusAndPressSpace(el: ClinicSymptomChecklist, target: HTMLElement) {
  target.focus();
  await sendKeys({ press: ' ' });
  await el.updateComplete;
}

export const WARNING_PREFIX = '[clinic-elements] <clinic-symptom-checklist>: ';

/** Sets up a checklist while recording its warnings (Clinic Elements' own only). */
export async function withWarnings(template: ReturnType<typeof html>) {
  const warnings = captureWarnings();
  try {
    const el = await setup(template);
    await el.updateComplete;
    return { el, warnings: warnings.clinic };
  } finally {
    warnings.restore();
  }
}
