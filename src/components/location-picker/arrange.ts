import { foldForSearch } from '../../internal/text.js';
import { inRanges, postcodeNumber, type PostcodeRange } from './postcode.js';

/** What the picker needs of a branch to filter and sort it. */
export interface Arrangeable {
  text: string;
  ranges: readonly PostcodeRange[];
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
}

/**
 * Decides which branches show and in what order for a search text and, optionally, the distance
 * of each branch from the visitor (`undefined` for a branch without valid coordinates).
 *
 * - Empty search, or 1–3 digits (a postcode being typed): all branches show.
 * - A Dutch postcode (`5751`, `5751 AB`): all branches show, those whose ranges contain it first.
 * - Other text: branches whose label or served places contain it (case and accents ignored).
 * - Distances sort nearest first; branches without a distance keep their order after the others.
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
  return { shown, order, count, postcode, matches };
}
