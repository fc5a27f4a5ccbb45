import { looksLikeMarkup } from '../../internal/markup.js';
import { readableText } from '../../internal/text.js';

/** One column of a phase besides its name: the header text as label, and a copy of the cell. */
export interface PhaseDetail {
  label: string;
  content: Node[];
}

/** One phase: a row of the author's table. */
export interface Phase {
  /** The author's row, marked `aria-current="step"` in table layout. */
  row: HTMLTableRowElement;
  /** The cell that names the phase (the first one). */
  nameCell: HTMLTableCellElement;
  /** Its text, as a person reads it. */
  name: string;
  /** A copy of the name cell's content, for steps layout. */
  nameContent: Node[];
  details: PhaseDetail[];
}

export interface PhaseTableModel {
  caption: string;
  phases: Phase[];
  /** How many columns the table has (from the header row, or else the first row). */
  columns: number;
  /** Problems in plain words, one warning each. */
  problems: string[];
}

/** What the widget shows before it has read anything (and on the server). */
export const EMPTY_MODEL: PhaseTableModel = { caption: '', phases: [], columns: 0, problems: [] };

/** More phases than this is hard to follow as steps (all are still shown). */
export const MANY_PHASES = 20;

/**
 * Left out of the steps' copies of the cells: scripts (they would run again), and embeds and form
 * controls (a frame or video would load again, a field would exist twice); the table shows them.
 */
const LEFT_OUT = 'script,iframe,object,embed,video,audio,input,select,textarea,button';

/**
 * Attributes left out of the copies: inline event handlers (they would run again), ids (they would
 * repeat) and `part` (the widget's own styles find its elements by part).
 */
const LEFT_OUT_ATTRIBUTE = /^(on|id$|part$)/i;

/**
 * Lays rows out as a grid of cells, so a cell merged with `rowspan`/`colspan` sits in every slot
 * it covers (a phase keeps the text of a cell merged across several phases). Like the browser's
 * table model, a `rowspan` ends with its row group (`<thead>`, `<tbody>`); `rowspan="0"` reaches it.
 */
export function cellGrid(rows: HTMLTableRowElement[]): HTMLTableCellElement[][] {
  const grid: HTMLTableCellElement[][] = rows.map(() => []);
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row.cells) {
      while (grid[rowIndex][column]) column++;
      const rowsCovered = cell.rowSpan || rows.length;
      for (let coveredRow = rowIndex; coveredRow - rowIndex < rowsCovered; coveredRow++) {
        const sameGroup = rows[coveredRow]?.parentNode === row.parentNode;
        if (!sameGroup) break;
        for (let offset = 0; offset < cell.colSpan; offset++) grid[coveredRow][column + offset] = cell;
      }
      column += cell.colSpan;
    }
  });
  return grid;
}

/**
 * The table this phase table reads: the first `<table>` inside it that does not belong to another
 * `<clinic-phase-table>` nested in it (which reads and marks its own).
 */
function ownTable(host: Element): HTMLTableElement | null {
  for (const table of host.querySelectorAll('table')) {
    const widget = table.parentElement?.closest('clinic-phase-table');
    const nestedWidget = widget !== null && widget !== undefined && widget !== host && host.contains(widget);
    if (!nestedWidget) return table;
  }
  return null;
}

/** The number of header rows: the `<thead>`'s, or else one when the first row has no `<td>` cells. */
function countHeaderRows(table: HTMLTableElement | null, rows: HTMLTableRowElement[]): number {
  const headRows = table?.tHead?.rows.length ?? 0;
  if (headRows > 0) return headRows;
  const firstRowIsHeader = rows.length > 0 && rows[0].querySelector('td') === null;
  return firstRowIsHeader ? 1 : 0;
}

/**
 * A copy of a cell's content for steps layout, without scripts, embeds, form controls, inline event
 * handlers, ids or parts: nothing runs or loads twice, no field or id repeats.
 */
function copyForSteps(cell: Element): Node[] {
  const clone = cell.cloneNode(true) as Element;
  for (const element of clone.querySelectorAll('*')) {
    if (element.matches(LEFT_OUT)) {
      element.remove();
      continue;
    }
    for (const name of element.getAttributeNames()) {
      if (LEFT_OUT_ATTRIBUTE.test(name)) element.removeAttribute(name);
    }
  }
  return [...clone.childNodes];
}

/**
 * Reads the author's `<table>` inside `host` into phases, and lists what is wrong with it.
 * Each step gets a copy of its cells' content (text, links, emphasis) without scripts, embeds, form
 * controls, inline event handlers or ids, so nothing runs or loads twice and no id is repeated.
 */
export function readPhaseTable(host: Element): PhaseTableModel {
  const table = ownTable(host);
  const problems: string[] = [];
  const phases: Phase[] = [];
  // The header: the <thead>'s rows (they come first in `rows`), or else a first row without <td> cells.
  const rows = [...(table?.rows ?? [])];
  const headerRowCount = countHeaderRows(table, rows);
  const grid = cellGrid(rows);
  const labels = headerRowCount > 0 ? grid[0].map(readableText) : [];
  const body = grid.slice(headerRowCount);
  const columns = labels.length || body[0]?.length || 0;
  const unevenRows: number[] = [];

  if (table !== null && headerRowCount === 0) {
    problems.push('has a table without a header row, so the steps cannot label the columns. Put the column names in a first row of <th> cells, or in a <thead>.');
  }
  // A merged cell sits in more than one slot of the grid.
  const slots = grid.flat();
  if (slots.length > new Set(slots).size) {
    problems.push('has cells merged with rowspan or colspan: the steps repeat a merged cell in every phase it covers. Give each phase its own cells if that reads wrong.');
  }
  body.forEach((rowSlots, bodyRowIndex) => {
    if (rowSlots.length !== columns) unevenRows.push(bodyRowIndex + 1);
    const [nameCell, ...otherCells] = [...new Set(rowSlots)].filter(Boolean);
    if (nameCell === undefined) return;
    const details = otherCells.map((cell) => ({ label: labels[rowSlots.indexOf(cell)] ?? '', content: copyForSteps(cell) }));
    phases.push({ row: rows[headerRowCount + bodyRowIndex], nameCell, name: readableText(nameCell), nameContent: copyForSteps(nameCell), details });
  });

  if (host.querySelector('clinic-phase-table') !== null) {
    problems.push('holds another <clinic-phase-table> (pasted twice, or an end tag missing?). It leaves that one to itself and reads only a table of its own. Remove the outer or the inner tag.');
  }
  if (table === null) {
    problems.push('has no <table> inside, so there are no phases to show. Put a <table> with a header row and one row per phase inside the element.');
  } else if (phases.length === 0) {
    problems.push('has a table without rows of phases. Add one row per phase below the header row, the phase name in the first cell.');
  }
  if (unevenRows.length > 0) {
    problems.push(`has rows (${unevenRows.join(', ')}) that do not have ${columns} cells like the header: every cell is shown, some without a column label. Give every row one cell per column.`);
  }
  if (phases.length > MANY_PHASES) {
    problems.push(`has over ${MANY_PHASES} phases: all are shown, but that many steps are hard to follow. Consider grouping them into fewer phases.`);
  }
  if (table !== null) {
    const tableText = readableText(table);
    if (table.querySelector('script') !== null) {
      problems.push('has a <script> in its table. The steps leave it out, so it runs only once, from the table. Put scripts outside the element.');
    }
    if (looksLikeMarkup(tableText)) {
      problems.push('has text in its table that looks like HTML markup (such as "<img …>"); it is shown as text and never run. If it was meant as markup, enter it in the editor\'s HTML (source) view.');
    }
    // Steps take the place of the element's content: anything with text besides the first table
    // (a second table, an introduction, a <figcaption> beside it) shows in table layout only.
    if (readableText(host) !== tableText) {
      problems.push('has content besides its first <table> (an introduction, a source line, a second table): the steps show only that table, so this content is hidden where steps show. Put it outside the <clinic-phase-table>.');
    }
  }
  return { caption: readableText(table?.caption), phases, columns, problems };
}
