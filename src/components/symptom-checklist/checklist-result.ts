/**
 * The checklist's decisions, free of the DOM: which threshold applies and what the ticks mean.
 */

/** `empty`: no complaint ticked (red flags alone do not count); `match`: ticked complaints reach the threshold; `no-match`: below it. */
export type ChecklistState = 'empty' | 'match' | 'no-match';

export interface ChecklistResult {
  state: ChecklistState;
  /** A red flag is ticked: the urgent notice shows. */
  urgent: boolean;
}

/** What is ticked, counted. */
export interface TickCounts {
  /** Ticked complaints. */
  complaints: number;
  /** Ticked warning signs (red flags). */
  redFlags: number;
}

/** The threshold that applies, and the problem in plain words when the one given had to be corrected. */
export interface ThresholdChoice {
  threshold: number;
  problem?: string;
}

export const DEFAULT_THRESHOLD = 2;

/**
 * The threshold as a number, whatever a page or framework set: a number as it is, text as the
 * attribute would read it ("3" is 3, "" is 0), anything else (true, an object) not a number at all.
 */
export function thresholdNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value);
  return Number.NaN;
}

/**
 * The threshold to use for `total` complaints: a whole number from 1 up to `total`. Anything else
 * is corrected (a fraction rounded up, below 1 raised to 1, above `total` lowered to it, not a
 * number at all: the default) and reported. `given` is how the page wrote it, for the warning.
 */
export function resolveThreshold(value: number, total: number, given: string = String(value)): ThresholdChoice {
  const wholeNumber = Math.max(Math.ceil(value), 1);
  // NaN fails every comparison: Math.max gives NaN, which falls back to the default.
  const withinOne = Number.isNaN(wholeNumber) ? DEFAULT_THRESHOLD : wholeNumber;
  const threshold = total > 0 ? Math.min(withinOne, total) : withinOne;
  if (value === threshold) return { threshold };
  const allowed = total > 0 ? `a whole number from 1 to ${total} (the number of complaints)` : 'a whole number of 1 or more';
  return { threshold, problem: `threshold is ${given}, but it must be ${allowed}, so the checklist uses ${threshold}.` };
}

/** What the ticks mean: the ticked complaints against the threshold, and whether any warning sign is ticked. */
export function checklistResult(ticked: TickCounts, threshold: number): ChecklistResult {
  let state: ChecklistState = 'no-match';
  if (ticked.complaints === 0) state = 'empty';
  else if (ticked.complaints >= threshold) state = 'match';
  return { state, urgent: ticked.redFlags > 0 };
}

/** The message under the count: `match` or `no-match`. */
export type ResultMessage = 'match' | 'no-match';

/**
 * Which message shows under the count: none while no complaint is ticked, and no `no-match` ("you
 * recognise few of these") while a warning sign is ticked, so the urgent notice is the one clear
 * message then. `match` still shows beside it.
 */
export function resultMessage({ state, urgent }: ChecklistResult): ResultMessage | undefined {
  if (state === 'empty') return undefined;
  if (state === 'no-match' && urgent) return undefined;
  return state;
}

/** What placing the urgent notice needs to know of one of the author's nodes: whether it is a list, and of which kind, or a heading, and of which level. */
export interface PlacedSegment {
  group?: { redFlag: boolean };
  headingLevel?: number;
}

/**
 * Where the urgent notice goes among the author's nodes: after the last list of warning signs, so
 * it moves nothing above it when it appears (without such a list, after the last list, though it
 * never shows then). The index of the node it follows; -1 when there is no list at all: first.
 */
export function urgentNoticeAfter(segments: readonly PlacedSegment[]): number {
  let lastList = -1;
  let lastRedFlagList = -1;
  segments.forEach((segment, index) => {
    if (segment.group === undefined) return;
    lastList = index;
    if (segment.group.redFlag) lastRedFlagList = index;
  });
  return lastRedFlagList === -1 ? lastList : lastRedFlagList;
}

/**
 * The level of the checklist's own heading that the urgent notice belongs under: the first heading
 * of the author's content before the notice, the checklist's title ("Herkenbare klachten", h2), so
 * the notice is one level below it (h3), beside the headings of its lists ("Waarschuwingssignalen",
 * h3): it answers the whole checklist, not one list, and its level does not change with whether a
 * list has a heading. Undefined when no heading comes before the notice (the page's headings decide).
 */
export function urgentNoticeParentLevel(segments: readonly PlacedSegment[]): number | undefined {
  const beforeNotice = segments.slice(0, urgentNoticeAfter(segments) + 1);
  return beforeNotice.find((segment) => segment.headingLevel !== undefined)?.headingLevel;
}
