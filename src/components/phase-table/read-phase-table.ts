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
  /** How many columns the table has (from the header row, or the widest row). */
  columns: number;
  /** Problems in plain words, one warning each. */
  problems: string[];
}

/** More phases than this is hard to follow as steps (all are still shown). */
export const MANY_PHASES = 20;

/** Looks like markup or script written as text: `<script>`, `<img onerror=…>`, `javascript:`. */
const SCRIPT_LIKE = /<\/?[a-z!][^>]*>|javascript:/i;

/**
 * A copy of a cell's content for steps layout: the author's nodes (text, links, emphasis) cloned,
 * without scripts, inline event handlers or ids, so nothing runs twice and no id is repeated.
 * Returns whether something script-like had to be left out.
 */
function copyContent(cell: Element): [Node[], boolean] {
  const copy = cell.cloneNode(true) as Element;
  let scripted = false;
  for (const element of copy.querySelectorAll('*')) {
    if (element.localName === 'script') {
      element.remove();
      scripted = true;
    }
    for (const { name } of [...element.attributes]) {
      if (/^on/i.test(name)) scripted = true;
      if (/^on|^id$/i.test(name)) element.removeAttribute(name);
    }
  }
  return [[...copy.childNodes], scripted];
}

/**
 * Lays rows out as a grid of cells, so a cell merged with `rowspan`/`colspan` sits in every slot
 * it covers (a phase keeps the text of a cell merged across several phases).
 */
export function cellGrid(rows: HTMLTableRowElement[]): HTMLTableCellElement[][] {
  const grid: HTMLTableCellElement[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r][c]) c++;
      const lastRow = Math.min(rows.length, r + (cell.rowSpan || rows.length));
      for (let i = r; i < lastRow; i++) for (let j = c; j < c + cell.colSpan; j++) grid[i][j] = cell;
      c += cell.colSpan;
    }
  });
  return grid;
}

/** The header row: the `<thead>`'s row, or a first row of only `<th>` cells. */
function headerRow(table: HTMLTableElement): HTMLTableRowElement | undefined {
  const first = table.rows[0];
  return table.tHead?.rows[0] ?? (first?.cells.length && [...first.cells].every((cell) => cell.localName === 'th') ? first : undefined);
}

/** Reads the author's `<table>` inside `host` into phases, and lists what is wrong with it. */
export function readPhaseTable(host: Element): PhaseTableModel {
  const table = host.querySelector('table');
  const model: PhaseTableModel = { caption: '', phases: [], columns: 0, problems: [] };
  if (!table) {
    model.problems.push('has no <table>; its content is shown as is.');
    return model;
  }
  model.caption = readableText(table.caption);
  const header = headerRow(table);
  const rows = [...table.rows].filter((row) => row !== header && row.parentElement !== table.tHead);
  if (!header) model.problems.push('the table has no header row; steps lack column labels.');
  if (!rows.length) {
    model.problems.push('the table has no phase rows; it is shown as is.');
    return model;
  }
  if ([...table.querySelectorAll('td, th')].some((cell) => (cell as HTMLTableCellElement).rowSpan !== 1 || (cell as HTMLTableCellElement).colSpan !== 1)) {
    model.problems.push('the table merges cells (rowspan/colspan); steps repeat them per phase.');
  }
  const labels = header ? cellGrid([header])[0].map((cell) => readableText(cell)) : [];
  const grid = cellGrid(rows);
  model.columns = labels.length || Math.max(...grid.map((slots) => slots.length));
  const uneven: number[] = [];
  let scripted = SCRIPT_LIKE.test(table.textContent ?? '');
  grid.forEach((slots, r) => {
    if (slots.length !== model.columns) uneven.push(r + 1);
    const cells = [...new Set(slots)].filter(Boolean);
    if (!cells.length) return;
    const [name, ...details] = cells.map((cell) => {
      const [content, leftOut] = copyContent(cell);
      scripted ||= leftOut;
      return { label: labels[slots.indexOf(cell)] ?? '', content };
    });
    model.phases.push({ row: rows[r], nameCell: cells[0], name: readableText(cells[0]), nameContent: name.content, details });
  });
  if (uneven.length) {
    model.problems.push(`these rows do not have ${model.columns} cells: ${uneven.join(', ')}; all cells are shown.`);
  }
  if (model.phases.length > MANY_PHASES) {
    model.problems.push(`${model.phases.length} phases are too many for steps (over ${MANY_PHASES}); all are shown.`);
  }
  if (scripted) model.problems.push('script-like content in the table is shown as text, never run.');
  return model;
}
