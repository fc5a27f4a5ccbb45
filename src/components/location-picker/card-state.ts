import type { MatchReason } from './arrange.js';
import type { ClinicLocation } from './location.js';
import type { LocationModel } from './read-locations.js';

/**
 * What the picker tells each `<clinic-location>` card besides the branch's own HTML: its part in the
 * radio group, its distance from the visitor and why the search found it. The picker decides this for
 * every card at every update (1,000 cards at each keystroke in the bench), so a card is told only what
 * changed for it, and a card redraws only when something it shows changed.
 */

/** The picker's state as one card shows it. */
export interface CardState {
  /** The card is a radio in the group (its branch has a value no other branch has). */
  choosable: boolean;
  /** It is the chosen branch. */
  checked: boolean;
  /** Its radio is the group's one Tab stop. */
  tabStop: boolean;
  /** The picker is disabled (itself, or by a disabled `<fieldset>` around it). */
  disabled: boolean;
  /** The visitor's distance in km, to one decimal (once sorted by distance). */
  distance?: number;
  /** Why the search found the branch, in the page's language ("bedient Liessel"). */
  matchReason?: string;
}

/** What the picker knows that its cards show. */
export interface PickerState {
  /** The chosen branch, if any. */
  chosen?: LocationModel;
  /** The branch whose radio takes Tab (-1: none). */
  tabStopIndex: number;
  /** The picker is disabled (itself, or by a disabled `<fieldset>` around it). */
  disabled: boolean;
  /** Each branch's distance from the visitor in km, to one decimal (once sorted by distance). */
  distances?: readonly (number | undefined)[];
  /** Each branch's reason for being found, in words (`matchReasonTexts`). */
  matchReasons: readonly (string | undefined)[];
}

/**
 * Per branch, why the search found it, in words: `describe` is asked once for each distinct reason (a
 * village served by 200 branches is one text, not 200), and every branch with that reason gets the
 * same text.
 */
export function matchReasonTexts(reasons: readonly (MatchReason | undefined)[], describe: (reason: MatchReason) => string): (string | undefined)[] {
  // By the place's name, or by the postcode's number: the two never mix in one map.
  const described = new Map<string | number, string>();
  return reasons.map((reason) => {
    if (reason === undefined) return undefined;
    const key = reason.place ?? reason.postcode!;
    let text = described.get(key);
    if (text === undefined) {
      text = describe(reason);
      described.set(key, text);
    }
    return text;
  });
}

/** Tells each branch's card its part of the picker's state (see `tellCard`). */
export function tellCards(locations: readonly LocationModel[], picker: PickerState): void {
  locations.forEach((location, index) => {
    const state: CardState = {
      choosable: location.choosable,
      checked: location === picker.chosen,
      tabStop: index === picker.tabStopIndex,
      disabled: picker.disabled,
      distance: picker.distances?.[index],
      matchReason: picker.matchReasons[index],
    };
    tellCard(location.element as ClinicLocation, state, location.shown !== false);
  });
}

/**
 * Tells a card its state. A hidden card is told nothing until it shows again: nobody sees it
 * meanwhile, and a search that hides hundreds of cards with a reason would otherwise redraw each of
 * them (typing "hel" after "he" in the bench: 181 cards), then redraw them again when the search
 * shows them with the same reason. Each property is compared before it is set, so an update costs a
 * card nothing when nothing it shows changed.
 */
function tellCard(card: ClinicLocation, state: CardState, shown: boolean): void {
  if (!shown) return;
  if (card.choosable !== state.choosable) card.choosable = state.choosable;
  if (card.checked !== state.checked) card.checked = state.checked;
  if (card.tabStop !== state.tabStop) card.tabStop = state.tabStop;
  if (card.disabled !== state.disabled) card.disabled = state.disabled;
  if (card.distance !== state.distance) card.distance = state.distance;
  if (card.matchReason !== state.matchReason) card.matchReason = state.matchReason;
}
