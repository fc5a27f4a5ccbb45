import type { LocationModel } from './read-locations.js';

/**
 * Choosing a branch, decided apart from the DOM: the choice the picker starts with, and where a key
 * on a branch's radio moves it (the WAI-ARIA APG radio group: the arrow keys move and choose, Space
 * chooses).
 */

/** How far each arrow key moves the choice through the shown branches. */
const arrowSteps = new Map([
  ['ArrowDown', 1],
  ['ArrowRight', 1],
  ['ArrowUp', -1],
  ['ArrowLeft', -1],
]);

/** What inside a card has its own use: a click or key there is not a choice of the card. */
const OWN_CONTROLS = 'a[href],button,input,select,textarea,summary,[contenteditable]';

/** Whether an event's origin is a control with its own use inside a card (a link, a field). */
export function isOwnControl(origin: Element): boolean {
  return Boolean(origin.closest?.(OWN_CONTROLS));
}

/** The values the picker starts with, decided on its first read of the branches. */
export interface InitialChoice {
  /** The value a form reset goes back to: the picker's own `value`, else the `selected` branch's. */
  defaultValue: string;
  /** The value to start with: the picker's own, else the remembered choice, else the `selected` branch's. */
  value: string;
}

/**
 * The choice to start with, from the branches, the picker's own `value` (empty when none) and the
 * choice remembered from an earlier visit (with `remember`). Only a choosable branch can be chosen.
 */
export function initialChoice(locations: readonly LocationModel[], ownValue: string, remembered: string | undefined): InitialChoice {
  const firstChoosable = (test: (location: LocationModel) => boolean) => locations.find((location) => location.choosable && test(location))?.value;
  const preselected = firstChoosable((location) => location.selected) ?? '';
  return {
    defaultValue: ownValue || preselected,
    value: ownValue || firstChoosable((location) => location.value === remembered) || preselected,
  };
}

/**
 * The branch (index) a key pressed on the radio of branch `focused` chooses: an arrow key the next or
 * previous of the `navigable` branches (the shown, choosable ones in displayed order), round from the
 * last to the first; Space the focused branch itself. Undefined for any other key.
 */
export function keyChoice(key: string, focused: number, navigable: readonly number[]): number | undefined {
  if (key === ' ') return focused;
  const step = arrowSteps.get(key);
  if (step === undefined) return undefined;
  const place = navigable.indexOf(focused);
  return navigable[(place + step + navigable.length) % navigable.length];
}
