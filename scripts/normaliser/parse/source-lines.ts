/**
 * A note's text as numbered lines, and back. Line passes remove or join lines; `linesToText`
 * puts the survivors back at their original line numbers so parsers report original positions.
 */
import type { SourceLine } from '../model.ts';

/** Split LF text into 1-based numbered lines. */
export function toSourceLines(text: string): SourceLine[] {
  return text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
}

/** Number of lines in LF text (an empty text has one empty line). */
export function countLines(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

/** True for a line with nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Rebuild LF text from surviving lines: line N of the result holds the line numbered N, or is
 * empty when a pass removed it. `lineCount` is the original number of lines.
 *
 * @example linesToText([{ line: 1, text: 'a' }, { line: 3, text: 'c' }], 3) // 'a\n\nc'
 */
export function linesToText(lines: readonly SourceLine[], lineCount: number): string {
  const slots = new Array<string>(lineCount).fill('');
  for (const { line, text } of lines) if (line >= 1 && line <= lineCount) slots[line - 1] = text;
  return slots.join('\n');
}

/** The last original line a (possibly joined) line covers. */
export function lastLineOf(line: SourceLine): number {
  return line.endLine ?? line.line;
}
