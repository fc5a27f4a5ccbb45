/**
 * The phase table's decisions, without the DOM: which layout, which phase is current, whether the
 * names need numbers. Each takes what the page gave (an attribute's text, or whatever a script set
 * the property to) and returns the choice, with a problem in words when the value was bad.
 */
import { describeValue } from '../../internal/describe-value.js';

/** The layouts `<clinic-phase-table layout="…">` knows, in any case (`STEPS`). */
export type PhaseLayout = 'auto' | 'table' | 'steps';

const LAYOUTS: readonly PhaseLayout[] = ['auto', 'table', 'steps'];

export interface LayoutChoice {
  layout: PhaseLayout;
  /** Why the value was not used, for `warn()`; absent when it was a layout or not given. */
  problem?: string;
}

export interface CurrentChoice {
  /** The current phase as a 0-based index, or -1 for none. */
  index: number;
  problem?: string;
}

/**
 * The layout for a `layout` value: a keyword in any case. No value (the attribute removed, a CMS
 * preview) is `auto` without a problem; anything else, a string or not, is `auto` with one.
 */
export function chooseLayout(value: unknown): LayoutChoice {
  if (value === null || value === undefined) return { layout: 'auto' };
  const keyword = typeof value === 'string' ? value.toLowerCase() : '';
  const known = LAYOUTS.find((layout) => layout === keyword);
  if (known !== undefined) return { layout: known };
  const given = typeof value === 'string' ? `layout="${value}"` : `its layout property was set to ${describeValue(value)}, which`;
  return {
    layout: 'auto',
    problem: `${given} is not a layout it knows, so it chooses by its own width (auto). Use layout="auto", "table" or "steps".`,
  };
}

/**
 * The current phase for a `current` value, 1-based: a whole number from 1 to the number of phases.
 * No value means no current phase, without a problem. `attributeText` is the attribute as written
 * (null when the value came from the property), so the warning quotes what the editor typed.
 */
export function chooseCurrent(value: unknown, phaseCount: number, attributeText: string | null): CurrentChoice {
  if (value === null || value === undefined) return { index: -1 };
  const isPhaseNumber = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= phaseCount;
  if (isPhaseNumber) return { index: value - 1 };
  const given = attributeText !== null && typeof value === 'number' ? `current="${attributeText}"` : `its current property was set to ${describeValue(value)}, which`;
  const range = phaseCount === 1 ? 'Use current="1"' : `Use a whole number from 1 to ${phaseCount}`;
  return {
    index: -1,
    problem: `${given} is not the number of one of its ${phaseCount} phases, so no phase is marked as current. ${range}, or leave it out.`,
  };
}

/** Whether every phase name already starts with its number ("1. Calm down"), so steps need none. */
export function namesAreNumbered(names: string[]): boolean {
  return names.every((name) => /^\d+\s*[.):]?\s/.test(name));
}

/** A table with this many columns or more needs a wider element before it shows as a table. */
export const WIDE_TABLE_COLUMNS = 4;

/**
 * Which width rule the steps follow: `steps` and `table` always; `auto` below 32em, or for a table
 * of `WIDE_TABLE_COLUMNS` or more columns below 48em (`wide`).
 */
export function widthRule(layout: PhaseLayout, columns: number): PhaseLayout | 'wide' {
  if (layout === 'auto' && columns >= WIDE_TABLE_COLUMNS) return 'wide';
  return layout;
}
