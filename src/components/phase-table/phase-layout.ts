/** The layouts `<clinic-phase-table layout="…">` knows, in any case (`STEPS`); any other value means `auto`. */
export type PhaseLayout = 'auto' | 'table' | 'steps';

export function chooseLayout(value: string | null | undefined): PhaseLayout {
  value = value?.toLowerCase();
  return value == 'table' || value == 'steps' ? value : 'auto';
}

/**
 * The current phase as a 0-based index from the 1-based `current` attribute: -1 when it is not
 * set or is not one of the phases' numbers (0, 2.5, NaN or past the last phase).
 */
export function currentIndex(value: number | null | undefined, phases: unknown[]): number {
  return phases[value! - 1] ? value! - 1 : -1;
}

/** Whether every phase name already starts with its number ("1. Calm down"), so steps need none. */
export function namesAreNumbered(names: string[]): boolean {
  return names.every((name) => /^\d+\s*[.):]?\s/.test(name));
}

/** A table with this many columns or more needs a wider element before it shows as a table. */
export const WIDE_TABLE_COLUMNS = 4;
