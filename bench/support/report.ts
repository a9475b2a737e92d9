/** One figure of a benchmark, as printed in its table and in its BENCH-SUMMARY line. */
export interface SummaryRow {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  /** The target, as text ("≥ 30000", "≤ 20"); absent when there is none. */
  target?: string;
}

/** The prefix run-all looks for on a benchmark's last lines. */
export const SUMMARY_PREFIX = 'BENCH-SUMMARY ';

/** Prints rows of cells as an aligned text table (first row is the header). */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  rows.forEach((row, r) => {
    console.log(row.map((cell, i) => pad(cell, widths[i] ?? 0, i > 0)).join(' | '));
    if (r === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  });
}

/** Prints the machine-readable summary line (last line of every benchmark). */
export function printSummary(rows: readonly SummaryRow[]): void {
  console.log(SUMMARY_PREFIX + JSON.stringify(rows));
}

/** Formats a number for a table: thousands separators, `digits` decimals. */
export function fmt(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** CJK characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let w = 0;
  for (const c of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        c,
      )
        ? 2
        : 1;
  return w;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}
