/**
 * `<clinic-phase-table>` before its script has run: its part of the optional pre-upgrade stylesheet
 * (`dist/clinic-elements.css`), which the build writes from this module's `preUpgradeStyles`
 * (rollup.config.mjs runs it in Node). No widget imports it, so it is never part of a script. It is
 * made from the widget's own rules (`phase-table.look.ts`): the same rules for the author's table,
 * and the declarations of the steps' rules under selectors for the table, so the two cannot drift apart.
 *
 * Where the upgraded element shows its table (wide, or layout="table"), the table already has the
 * look the widget gives it, in the same place. Where it will show steps (narrow, or
 * layout="steps"), the table already takes the steps' shape, so nothing moves when the script
 * arrives. Not covered: the number the widget puts before names that have none, labels replaced by
 * the page, a header row inside <tbody>, a current phase past the twelfth. Uses :has().
 * Every selector ends in a type (th, td, tr…), never a bare :first-child or :is(): a rule whose
 * last part matches any element makes the browser test it on every element of the page, which
 * made upgrading other widgets (a 300-item FAQ) measurably slower.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { stepRules, tableRules } from './phase-table.look.js';
import { texts } from './phase-table.texts.js';

/**
 * The declarations of the rule for `selector` in one of the widget's stylesheets
 * (`phase-table.look.ts`), to give the author's table the same look under the selectors below. Read
 * from the source text (this module runs in Node when the build writes the stylesheet, and in the
 * tests, never minified). A rule that is not there stops the build, rather than let this stylesheet
 * drift from the widget's.
 */
function declarationsOf(styles: CSSResult, selector: string): string {
  const text = styles.cssText;
  const opening = new RegExp(`(^|[\\s}])${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{`).exec(text);
  if (opening === null) throw new Error(`phase-table.pre-upgrade.styles.ts: the widget's styles have no rule for ${selector}.`);
  const start = opening.index + opening[0].length;
  return text
    .slice(start, text.indexOf('}', start))
    .trim()
    .replace(/\s*\n\s*/g, ' ');
}

/** The look of the steps and of the current row, by the element each rule draws. */
const look = {
  caption: declarationsOf(stepRules, "[part='caption']"),
  step: declarationsOf(stepRules, "[part~='step']"),
  currentStep: declarationsOf(stepRules, "[part~='current-step']"),
  currentLabel: declarationsOf(stepRules, "[part='current-label']"),
  stepName: declarationsOf(stepRules, "[part='step-name']"),
  stepDetail: declarationsOf(stepRules, "[part='step-detail']"),
  stepLabel: declarationsOf(stepRules, "[part='step-label']"),
  currentRow: declarationsOf(tableRules, ':where(clinic-phase-table tr[aria-current])'),
  currentNameCell: declarationsOf(tableRules, ':where(clinic-phase-table tr[aria-current] > [data-clinic-current])'),
};

const waiting = 'clinic-phase-table:not(:defined)';

/** The current phase can be marked before the upgrade up to this phase number. */
const MARKED_BEFORE_UPGRADE = 12;
const phaseNumbers = Array.from({ length: MARKED_BEFORE_UPGRADE }, (_, index) => index + 1);

/** One rule: its selectors (one per line) and its declarations. */
function rule(selectors: string[], declarations: string): string {
  return `${selectors.join(',\n')} {\n  ${declarations}\n}\n`;
}

/** The row of the current phase, for every `current` from 1 to 12, under `scope` (an element not yet upgraded). */
function currentRows(scope: string): string[] {
  return phaseNumbers.map((number) => `${scope}[current='${number}'] tbody > tr:nth-child(${number})`);
}

/** The name cell (the first cell) of each of `rows`. */
function nameCells(rows: string[]): string[] {
  return rows.flatMap((row) => [`${row} > th:first-child`, `${row} > td:first-child`]);
}

/** A CSS string for one of our own texts. */
function cssString(text: string): string {
  return JSON.stringify(text);
}

const englishLabel = cssString(`${texts.en.current}`);
const dutchLabel = cssString(`${texts.nl.current}`);

/**
 * The current phase in table layout: the highlight and the label the upgraded widget gives it
 * (its `aria-current` row and `data-clinic-current` cell), found here by `current` and row number.
 */
function currentPhaseInTable(): string {
  const rows = currentRows(waiting);
  const cells = nameCells(rows);
  return [
    rule(rows, look.currentRow),
    rule(cells, look.currentNameCell),
    rule(
      cells.map((cell) => `${cell}::before`),
      `content: ${englishLabel};\n  ${look.currentLabel}`,
    ),
    rule(
      rows.flatMap((row) => [`${row}:lang(nl) > th:first-child::before`, `${row}:lang(nl) > td:first-child::before`]),
      `content: ${dutchLabel};`,
    ),
  ].join('');
}

/** The author's table in the shape of the steps, for a not yet upgraded element matching `scope`. */
function stepsShape(scope: string): string {
  const inScope = (selectors: string[]) => selectors.map((selector) => `${scope} ${selector}`);
  const rows = currentRows(scope);
  return [
    rule(inScope(['table', 'caption', 'tbody', 'tr', 'th', 'td']), 'display: block; margin: 0; padding: 0; border: 0; background: none; box-shadow: none; font: inherit; text-align: start;'),
    rule(inScope(['thead']), 'display: none;'),
    rule(inScope(['caption']), look.caption),
    rule(inScope(['tr']), look.step),
    rule(inScope(['tr > th:first-child', 'tr > td:first-child']), look.stepName),
    rule(inScope(['tr > th:not(:first-child)', 'tr > td:not(:first-child)']), look.stepDetail),
    // Room for the column label each detail gets in steps where a phase has several details.
    rule(
      [`${scope}:has(th:nth-child(3), td:nth-child(3)) tr > th:not(:first-child)::before`, `${scope}:has(th:nth-child(3), td:nth-child(3)) tr > td:not(:first-child)::before`],
      `content: '\\a0';\n  ${look.stepLabel}`,
    ),
    rule(rows, look.currentStep),
    rule(nameCells(rows), 'box-shadow: none;'),
  ].join('');
}

/** The element takes its width from its container before the upgrade too (the widget's `:host`). */
const container = rule([waiting], 'display: block; container-type: inline-size;');

/** The current phase marked, and the steps' shape where the widget will show steps. */
const shapes = [
  currentPhaseInTable(),
  '/* narrow: below 32em, or 48em for tables of four or more columns (as the widget) */\n',
  `@container (max-width: 32em) {\n${stepsShape(`${waiting}:not([layout='table' i])`)}}\n`,
  `@container (max-width: 48em) {\n${stepsShape(`${waiting}:not([layout='table' i]):has(tr > td:nth-child(4), tr > th:nth-child(4))`)}}\n`,
  '/* layout="steps" (in any case, as the widget): at any width */\n',
  stepsShape(`${waiting}[layout='steps' i]`),
];

/** The phase table's pre-upgrade rules: its container, the author's table as the widget draws it, then the shapes. */
export const preUpgradeStyles = css`${unsafeCSS(container)}${tableRules}${unsafeCSS(shapes.join(''))}`;
