/**
 * CSV that Excel opens correctly with Chinese text: UTF-8 with a BOM (without it Excel guesses the
 * ANSI code page and shows mojibake), CRLF line ends, RFC 4180 quoting. Text that Excel would read as
 * a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe, so a learner named "=1+1"
 * or worse cannot run anything on HR's machine (CSV injection).
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: CsvCell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
