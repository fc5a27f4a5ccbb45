import { foldForSearch } from '../../internal/text.js';
import { inRanges, postcodeNumber, type PostcodeRange } from './postcode.js';

/** A place a branch serves (its `serves` attribute), as written and folded for searching. */
export interface ServedPlace {
  name: string;
  folded: string;
}

/** What the picker needs of a branch to filter and sort it. */
export interface Arrangeable {
  /** Label and served places, folded for searching. */
  text: string;
  /** The label alone, folded: a match there needs no explaining. */
  foldedLabel: string;
  servedPlaces: readonly ServedPlace[];
  ranges: readonly PostcodeRange[];
}

/** Why a shown branch matched when its name does not say it: a place it serves, or the postcode typed. */
export interface MatchReason {
  place?: string;
  postcode?: number;
}

/** The outcome of a search: what shows, in which order, and what to tell the visitor. */
export interface Arrangement {
  /** Per branch (in content order): does it show? */
  shown: boolean[];
  /** The branches (indices) in displayed order. */
  order: number[];
  /** How many branches show. */
  count: number;
  /** The postcode number typed, if the search is a postcode. */
  postcode?: number;
  /** Branches whose ranges contain that postcode (indices), shown first. */
  matches: number[];
  /** Per branch (in content order): why it matched, when its name does not say it. */
  reasons: (MatchReason | undefined)[];
}

/**
 * Decides which branches show and in what order for a search text and, optionally, the distance
 * of each branch from the visitor (`undefined` for a branch without valid coordinates).
 *
 * - Empty search, or 1–3 digits (a postcode being typed): all branches show.
 * - A Dutch postcode (`5751`, `5751 AB`): all branches show, those whose ranges contain it first.
 * - Other text: branches whose label or served places contain it (case and accents ignored).
 * - Distances sort nearest first; branches without a distance keep their order after the others.
 * - A branch found by a served place ("liessel" finds Deurne) or serving the postcode says why.
 */
export function arrange(items: readonly Arrangeable[], query: string, distances?: readonly (number | undefined)[]): Arrangement {
  const folded = foldForSearch(query);
  const postcode = postcodeNumber(folded);
  const isPostcodeBeingTyped = /^\d{1,3}$/.test(folded);
  const filtering = folded !== '' && postcode === undefined && !isPostcodeBeingTyped;
  const matches: number[] = [];
  const shown = items.map((item, index) => {
    if (postcode !== undefined && inRanges(postcode, item.ranges)) matches.push(index);
    return !filtering || item.text.includes(folded);
  });
  const postcodeMatches = new Set(matches);
  const distanceOf = (index: number) => distances?.[index] ?? Infinity;
  // Postcode matches first, then nearest first (no distance: last), then content order.
  const order = items
    .map((_, index) => index)
    .sort((first, second) => Number(postcodeMatches.has(second)) - Number(postcodeMatches.has(first)) || distanceOf(first) - distanceOf(second) || first - second);
  const count = shown.filter((isShown) => isShown).length;
  // One letter matches nearly every place: naming which would be noise (and a re-render of every card).
  const explaining = filtering && folded.length >= 2;
  const reasons = items.map((item, index): MatchReason | undefined => {
    if (postcode !== undefined && postcodeMatches.has(index)) return { postcode };
    if (!explaining || !shown[index] || item.foldedLabel.includes(folded)) return undefined;
    const place = item.servedPlaces.find((served) => served.folded.includes(folded));
    return place ? { place: place.name } : undefined;
  });
  return { shown, order, count, postcode, matches, reasons };
}

/** The search's status line, before translation: a text key and its values (none without a search). */
export interface SearchStatus {
  key: 'postcodeMatch' | 'postcodeNone' | 'postcodeNoneLocate' | 'matches' | 'noMatch';
  values: Record<string, string>;
}

/**
 * What the status line says about a search: which branches serve a typed postcode, else how many
 * branches match, or that none does. `labelOf` gives a branch's name by its index in content order.
 * `locate` is the text of the geolocation button while pressing it would help (it is offered and was
 * not pressed yet): a postcode no branch serves then points to it, to put the nearest branch first.
 */
export function searchStatus(arrangement: Arrangement, query: string, labelOf: (index: number) => string, locate?: string): SearchStatus | undefined {
  const trimmed = query.trim();
  if (trimmed === '') return undefined;
  // Numbers as text: a postcode is no amount ("5.751"), and 1,000 or more would otherwise cost
  // the page its first Intl.NumberFormat.
  if (arrangement.postcode !== undefined) {
    const postcode = `${arrangement.postcode}`;
    const label = arrangement.matches.map(labelOf).join(', ');
    if (label !== '') return { key: 'postcodeMatch', values: { postcode, label } };
    return locate === undefined ? { key: 'postcodeNone', values: { postcode } } : { key: 'postcodeNoneLocate', values: { postcode, locate } };
  }
  if (arrangement.count === 0) return { key: 'noMatch', values: { query: trimmed } };
  return { key: 'matches', values: { count: `${arrangement.count}` } };
}
