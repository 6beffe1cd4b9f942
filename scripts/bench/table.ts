/**
 * Formatting of benchmark figures and of the results table (GitHub markdown, also printed to the
 * terminal, so columns are padded to line up in a monospace font).
 */

/** Column alignment in a markdown table. */
export type Align = 'left' | 'right';

/**
 * Display width of a string in a monospace terminal: CJK ideographs and full-width forms take two
 * columns, everything else one.
 * @example displayWidth('ab') === 2
 * @example displayWidth('容器') === 4
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * A markdown table whose cells are padded so the pipes line up. `align` gives each column's
 * alignment (default: first column left, the others right, as figures are).
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  const columns = header.length;
  for (const row of rows) {
    if (row.length !== columns) throw new Error(`row has ${row.length} cells, header has ${columns}: ${row.join(' | ')}`);
  }
  const alignOf = (column: number): Align => align?.[column] ?? (column === 0 ? 'left' : 'right');
  const widths = header.map((title, column) =>
    Math.max(3, displayWidth(title), ...rows.map((row) => displayWidth(row[column] as string))),
  );
  const pad = (text: string, column: number): string => {
    const fill = ' '.repeat((widths[column] as number) - displayWidth(text));
    return alignOf(column) === 'right' ? fill + text : text + fill;
  };
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => pad(cell, column)).join(' | ')} |`;
  const rule = widths.map((width, column) =>
    alignOf(column) === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * Milliseconds as seconds with two decimals, or as whole milliseconds under one second.
 * @example formatDuration(1234) === '1.23 s'
 * @example formatDuration(87.4) === '87 ms'
 */
export function formatDuration(milliseconds: number): string {
  return milliseconds >= 1000 ? `${(milliseconds / 1000).toFixed(2)} s` : `${Math.round(milliseconds)} ms`;
}

/**
 * Bytes in KB (1 KB = 1024 bytes) with one decimal, or in MB with one decimal from 1 MB up.
 * @example formatBytes(2048) === '2.0 KB'
 * @example formatBytes(3 * 1024 * 1024) === '3.0 MB'
 */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * A ratio with two decimals and an `x`.
 * @example formatRatio(1.234) === '1.23x'
 */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}x`;
}

/**
 * A measured value against its goal: `met`, `MISSED`, or `–` without a value or goal.
 * @example goalMark(1.2, { max: 1.5 }) === 'met'
 */
export function goalMark(value: number | undefined, goal: { max?: number; min?: number } | undefined): string {
  if (value === undefined || goal === undefined) return '–';
  if (goal.max !== undefined && value > goal.max) return 'MISSED';
  if (goal.min !== undefined && value < goal.min) return 'MISSED';
  return 'met';
}
