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

/** More phases than this is hard to follow as steps (all are still shown). */
export const MANY_PHASES = 20;

/**
 * In the table's HTML: a `<script>`, or markup written as text (`&lt;img …`). Neither runs in the
 * steps, nor do inline event handlers (left out of the copies without a warning).
 */
const SCRIPT_LIKE = /<script|&lt;\/?[a-z!]/i;

/**
 * Left out of the steps' copies of the cells: scripts (they would run again), and embeds and form
 * controls (a frame or video would load again, a field would exist twice); the table shows them.
 */
const LEFT_OUT = 'script,iframe,object,embed,video,audio,input,select,textarea,button';

/**
 * Lays rows out as a grid of cells, so a cell merged with `rowspan`/`colspan` sits in every slot
 * it covers (a phase keeps the text of a cell merged across several phases). Like the browser's
 * table model, a `rowspan` ends with its row group (`<thead>`, `<tbody>`); `rowspan="0"` reaches it.
 */
export function cellGrid(rows: HTMLTableRowElement[]): HTMLTableCellElement[][] {
  const grid: HTMLTableCellElement[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r][c]) c++;
      for (let i = r; rows[i]?.parentNode == row.parentNode && i - r < (cell.rowSpan || rows.length); i++) for (let j = cell.colSpan; j--; ) grid[i][c + j] = cell;
      c += cell.colSpan;
    }
  });
  return grid;
}

/**
 * Reads the author's `<table>` inside `host` into phases, and lists what is wrong with it.
 * Each step gets a copy of its cells' content (text, links, emphasis) without scripts, embeds, form
 * controls, inline event handlers or ids, so nothing runs or loads twice and no id is repeated.
 */
export function readPhaseTable(host: Element): PhaseTableModel {
  const table = host.querySelector('table');
  const problems: string[] = [];
  const phases: Phase[] = [];
  // The header: the <thead>'s rows (they come first in `rows`), or else a first row without <td> cells.
  const all = [...(table?.rows ?? [])];
  const heads = table?.tHead?.rows.length || +!all[0]?.querySelector('td');
  const grid = cellGrid(all);
  const labels = ((heads && grid[0]) || []).map(readableText);
  const body = grid.slice(heads);
  if (!heads) problems.push('no header row.');
  // a merged cell sits in more than one slot
  const slots = grid.flat();
  if (slots.length > new Set(slots).size) problems.push('rowspan/colspan cells repeat.');
  const columns = labels.length || body[0]?.length || 0;
  const uneven: number[] = [];
  // A copy of a cell for steps layout: no scripts, embeds, form controls, inline event handlers or
  // ids (nothing runs or loads twice, no field or id repeats).
  const copy = (cell: Element) => {
    const clone = cell.cloneNode(true) as Element;
    for (const element of clone.querySelectorAll('*')) {
      if (element.matches(LEFT_OUT)) element.remove();
      for (const name of element.getAttributeNames()) if (/^(on|id$)/i.test(name)) element.removeAttribute(name);
    }
    return [...clone.childNodes];
  };
  body.forEach((slots, r) => {
    if (slots.length != columns) uneven.push(r + 1);
    const [name, ...cells] = [...new Set(slots)].filter(Boolean);
    if (name) {
      const details = cells.map((cell) => ({ label: labels[slots.indexOf(cell)] ?? '', content: copy(cell) }));
      phases.push({ row: all[heads + r], nameCell: name, name: readableText(name), nameContent: copy(name), details });
    }
  });
  const count = phases.length;
  if (!count) problems.push('no <table> rows.');
  if (uneven[0]) problems.push(`rows ${uneven.join(', ')} do not have ${columns} cells.`);
  if (count > MANY_PHASES) problems.push(`over ${MANY_PHASES} phases.`);
  if (table && SCRIPT_LIKE.test(table.outerHTML)) problems.push('script-like content is not run.');
  // Steps take the place of the element's content: anything with text besides the first table
  // (a second table, an introduction, a <figcaption> beside it) shows in table layout only.
  if (table && readableText(host) != readableText(table)) problems.push('steps show only the first <table>: put other content outside.');
  return { caption: readableText(table?.caption), phases, columns, problems };
}
