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
 * Lays rows out as a grid of cells, so a cell merged with `rowspan`/`colspan` sits in every slot
 * it covers (a phase keeps the text of a cell merged across several phases).
 */
export function cellGrid(rows: HTMLTableRowElement[]): HTMLTableCellElement[][] {
  const grid: HTMLTableCellElement[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r][c]) c++;
      // rowspan="0" reaches the last row
      for (let i = r; grid[i] && i - r < (cell.rowSpan || rows.length); i++) for (let j = cell.colSpan; j--; ) grid[i][c + j] = cell;
      c += cell.colSpan;
    }
  });
  return grid;
}

/**
 * Reads the author's `<table>` inside `host` into phases, and lists what is wrong with it.
 * Each step gets a copy of its cells' content (text, links, emphasis) without scripts, inline event
 * handlers or ids, so nothing runs twice and no id is repeated.
 */
export function readPhaseTable(host: Element): PhaseTableModel {
  const table = host.querySelector('table');
  const problems: string[] = [];
  const model: PhaseTableModel = { caption: '', phases: [], columns: 0, problems };
  if (!table) {
    problems.push('has no <table>; shown as is.');
    return model;
  }
  model.caption = readableText(table.caption);
  // The header row: the <thead>'s row, or a first row of only <th> cells (<thead> rows come first in `rows`).
  const all = [...table.rows];
  const heads = table.tHead?.rows.length || +(all[0]?.cells.length > 0 && [...all[0].cells].every((cell) => cell.localName == 'th'));
  const header = heads ? all[0] : undefined;
  const rows = all.slice(heads);
  if (!header) problems.push('no header row; steps lack labels.');
  if (!rows.length) {
    problems.push('no phase rows; shown as is.');
    return model;
  }
  if ([...table.querySelectorAll<HTMLTableCellElement>('td, th')].some((cell) => cell.rowSpan != 1 || cell.colSpan != 1)) {
    problems.push('rowspan/colspan cells repeat per step.');
  }
  const labels = header ? cellGrid([header])[0].map(readableText) : [];
  const grid = cellGrid(rows);
  const columns = (model.columns = labels.length || Math.max(...grid.map((slots) => slots.length)));
  const uneven: number[] = [];
  let scripted = SCRIPT_LIKE.test(table.textContent!);
  const copy = (cell: Element) => {
    const clone = cell.cloneNode(true) as Element;
    for (const element of clone.querySelectorAll('*')) {
      if (element.localName == 'script') {
        element.remove();
        scripted = true;
      }
      for (const { name } of [...element.attributes]) {
        if (/^on/i.test(name)) scripted = true;
        if (/^on|^id$/i.test(name)) element.removeAttribute(name);
      }
    }
    return [...clone.childNodes];
  };
  grid.forEach((slots, r) => {
    if (slots.length != columns) uneven.push(r + 1);
    const [name, ...cells] = [...new Set(slots)].filter(Boolean);
    if (name) {
      const details = cells.map((cell) => ({ label: labels[slots.indexOf(cell)] ?? '', content: copy(cell) }));
      model.phases.push({ row: rows[r], nameCell: name, name: readableText(name), nameContent: copy(name), details });
    }
  });
  const count = model.phases.length;
  if (uneven.length) problems.push(`rows ${uneven.join(', ')} do not have ${columns} cells.`);
  if (count > MANY_PHASES) problems.push(`${count} phases are many for steps (over ${MANY_PHASES}).`);
  if (scripted) problems.push('script-like content is not run.');
  return model;
}
