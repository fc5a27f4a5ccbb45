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
 * The threshold to use for `total` complaints, from the attribute as written (`null` when absent),
 * with the problem in plain words when it had to be corrected.
 */
export function resolveThreshold(raw: string | null, total: number): { threshold: number; problem?: string } {
  if (raw === null) return { threshold: Math.min(DEFAULT_THRESHOLD, Math.max(total, 1)) };
  const value = Number(raw.trim() || NaN);
  if (Number.isNaN(value)) return { threshold: DEFAULT_THRESHOLD, problem: `threshold="${raw}" is not a number; using ${DEFAULT_THRESHOLD}.` };
  if (value < 0) return { threshold: 1, problem: `threshold="${raw}" is negative; using 1.` };
  if (total && value > total) {
    return { threshold: total, problem: `threshold="${raw}" is more than the ${total} complaints, so it could never be reached; using ${total}.` };
  }
  return { threshold: Math.max(value, 1) };
}

/** What the ticks mean: the counts of ticked complaints and ticked red flags against the threshold. */
export function checklistResult(complaints: number, redFlags: number, threshold: number): ChecklistResult {
  return {
    state: complaints === 0 ? 'empty' : complaints >= threshold ? 'match' : 'no-match',
    urgent: redFlags > 0,
  };
}
