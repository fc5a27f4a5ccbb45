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

export const DEFAULT_THRESHOLD = 2;

/**
 * The threshold to use for `total` complaints: a whole number from 1 up to `total`, with the
 * problem in plain words when the one given had to be corrected.
 */
export function resolveThreshold(value: number, total: number): { threshold: number; problem?: string } {
  // NaN fails every comparison: Math.max gives NaN, which falls back to the default. Anything but
  // the threshold used (0, "" (read as 0), 1.5, too many…) is reported.
  const threshold = Math.min(Math.max(Math.ceil(value), 1) || DEFAULT_THRESHOLD, total || Infinity);
  return { threshold, problem: value === threshold ? undefined : `threshold must be 1 to ${total}; using ${threshold}.` };
}

/** What the ticks mean: the counts of ticked complaints and ticked red flags against the threshold. */
export function checklistResult(complaints: number, redFlags: number, threshold: number): ChecklistResult {
  return {
    state: !complaints ? 'empty' : complaints >= threshold ? 'match' : 'no-match',
    urgent: !!redFlags,
  };
}
