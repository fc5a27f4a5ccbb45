// Small helpers: medians, figures, tables.
export const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** { median, min, max, n } of the numbers in `values` (nulls ignored). */
export function summary(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!numbers.length) return { median: null, min: null, max: null, n: 0 };
  return { median: round(median(numbers)), min: round(Math.min(...numbers)), max: round(Math.max(...numbers)), n: numbers.length };
}

export const round = (value, digits = 2) => (value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rotates `list` by `by` places, so interleaved runs do not always start with the same variant. */
export const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

export function formatNumber(value, unit = '') {
  if (value === null || value === undefined) return 'n/a';
  if (typeof value === 'string') return value;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit}`;
}

/** A plain-text table with aligned columns; also used for the README (markdown = true). */
export function table(headers, rows, { markdown = false, left = 1 } = {}) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  if (markdown) {
    // tag names like <details> would be read as HTML in markdown
    const line = (row) => `| ${row.map((cell) => cell.replace(/</g, '&lt;').replace(/\|/g, '\\|')).join(' | ')} |`;
    return [line(cells[0]), line(cells[0].map(() => '---')), ...cells.slice(1).map(line)].join('\n');
  }
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i < left ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
