/**
 * Splits a note into question blocks for the benchmark corpus generator, so copies can be
 * reshuffled and their points reordered without breaking code fences or front matter. A heuristic
 * for making test data, not the normaliser's parser: a wrong split only makes a stranger copy.
 */

/** A question block: its lines, starting with the question (or heading) line. */
export interface NoteBlock {
  /** Markdown heading depth of the first line (1–6), or 0 in a note without headings. */
  level: number;
  lines: string[];
  /** True for a block the corpus generator wrote itself: already fresh, never reworded. */
  generated?: boolean;
}

/** A note cut into the lines before the first question and the question blocks. */
export interface SplitNote {
  /** Lines before the first block (front matter, page header). Kept first in every copy. */
  preamble: string[];
  blocks: NoteBlock[];
}

/** A block with the blocks under its heading (deeper headings up to the next heading as shallow). */
export interface BlockNode {
  block: NoteBlock;
  children: BlockNode[];
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^(#{1,6})\s/;
const NUMBERED_POINT = /^(\d+)([、.．])(?!\d)/;

/**
 * Which lines are code or front matter (true), where nothing may be reworded or split. Fence
 * lines themselves count as code; an unclosed fence runs to the end of the note.
 * @example protectedLines(['a', '```', '# x', '```']) // [false, true, true, true]
 */
export function protectedLines(lines: readonly string[]): boolean[] {
  const marks = lines.map(() => false);
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      for (let index = 0; index <= end; index++) marks[index] = true;
      start = end + 1;
    }
  }
  let inFence = false;
  for (let index = start; index < lines.length; index++) {
    const fence = FENCE.test(lines[index] as string);
    if (fence || inFence) marks[index] = true;
    if (fence) inFence = !inFence;
  }
  return marks;
}

/** True when a line of a note without headings reads like a question of its own. */
function isPlainQuestion(line: string, previous: string | undefined): boolean {
  const text = line.trim();
  if (text.length < 4 || text.length > 80 || NUMBERED_POINT.test(text)) return false;
  if (/[?？]$/.test(text) || /^(聊聊|说说|谈谈)[:：]/.test(text)) return true;
  // 000's shape: a question line right after the previous answer's last numbered point.
  return previous !== undefined && NUMBERED_POINT.test(previous.trim()) && !/[。：:，,]$/.test(text);
}

/**
 * Cut a note's lines into preamble and question blocks. In a note with markdown headings (at
 * least one `##` or deeper outside code) every heading outside code starts a block; otherwise a question-like line does (ends in `?`, starts
 * with `聊聊:`, or follows a numbered point). Joining preamble and blocks gives the lines back.
 */
export function splitNote(lines: readonly string[]): SplitNote {
  const marks = protectedLines(lines);
  const headingDepth = lines.map((line, index) => (marks[index] ? 0 : (HEADING.exec(line)?.[1]?.length ?? 0)));
  // A lone `# cmd` is a shell prompt pasted into plain text; markdown notes use deeper headings.
  const markdown = headingDepth.some((depth) => depth > 1);
  const starts: number[] = [];
  let previousText: string | undefined;
  lines.forEach((line, index) => {
    if (marks[index]) return;
    if (markdown ? (headingDepth[index] as number) > 0 : isPlainQuestion(line, previousText)) starts.push(index);
    if (line.trim() !== '') previousText = line;
  });
  const preamble = lines.slice(0, starts[0] ?? lines.length);
  const blocks = starts.map((start, order) => ({
    level: markdown ? (headingDepth[start] as number) : 0,
    lines: lines.slice(start, starts[order + 1] ?? lines.length),
  }));
  return { preamble, blocks };
}

/**
 * Nest blocks under their headings: a block goes under the nearest earlier block with a
 * shallower heading. Blocks of a note without headings (level 0) are all top-level.
 * @example nestBlocks([{ level: 2, lines: ['## A'] }, { level: 3, lines: ['### B'] }]) // A with child B
 */
export function nestBlocks(blocks: readonly NoteBlock[]): BlockNode[] {
  const roots: BlockNode[] = [];
  const open: BlockNode[] = [];
  for (const block of blocks) {
    const node: BlockNode = { block, children: [] };
    while (open.length > 0 && (block.level === 0 || (open[open.length - 1] as BlockNode).block.level >= block.level)) open.pop();
    const parent = open[open.length - 1];
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}

/**
 * Shuffle a block's runs of numbered points (`1、…`, `2. …`, each with its continuation lines)
 * and renumber them 1, 2, 3 in their new order. Runs whose numbers are not 1..n are left alone
 * (they are probably not one list). `shuffle` decides the new order.
 */
export function reorderPoints(lines: readonly string[], isProtected: readonly boolean[], shuffle: <T>(items: readonly T[]) => T[]): string[] {
  interface Point {
    lines: string[];
  }
  // Tokenise into points (numbered line + following non-blank unprotected non-numbered lines),
  // blank lines and other lines.
  type Item = { kind: 'point'; point: Point; separator: string } | { kind: 'blank' } | { kind: 'other'; line: string };
  const items: Item[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const marker = isProtected[index] ? null : NUMBERED_POINT.exec(line);
    if (marker) {
      const point: Point = { lines: [line] };
      while (
        index + 1 < lines.length &&
        !isProtected[index + 1] &&
        (lines[index + 1] as string).trim() !== '' &&
        !NUMBERED_POINT.test(lines[index + 1] as string) &&
        !HEADING.test(lines[index + 1] as string)
      ) {
        point.lines.push(lines[++index] as string);
      }
      items.push({ kind: 'point', point, separator: marker[2] as string });
    } else if (line.trim() === '') items.push({ kind: 'blank' });
    else items.push({ kind: 'other', line });
  }
  const output: string[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index] as Item;
    if (item.kind !== 'point') {
      output.push(item.kind === 'blank' ? '' : item.line);
      index++;
      continue;
    }
    // A run: points separated only by blank lines, all with the same separator.
    const run: Item[] = [];
    let end = index;
    while (end < items.length) {
      const candidate = items[end] as Item;
      if (candidate.kind === 'point' && candidate.separator === item.separator) run.push(candidate);
      else if (candidate.kind !== 'blank') break;
      else if ((items[end + 1] as Item | undefined)?.kind !== 'point') break;
      else run.push(candidate);
      end++;
    }
    const points = run.flatMap((entry) => (entry.kind === 'point' ? [entry.point] : []));
    const numbers = points.map((point) => Number(NUMBERED_POINT.exec(point.lines[0] as string)?.[1]));
    const isList = points.length >= 2 && numbers.every((number, order) => number === order + 1);
    const reordered = isList ? shuffle(points) : points;
    let pointIndex = 0;
    for (const entry of run) {
      if (entry.kind !== 'point') {
        output.push('');
        continue;
      }
      const point = reordered[pointIndex++] as Point;
      const [first, ...rest] = point.lines;
      const renumbered = isList ? (first as string).replace(NUMBERED_POINT, `${pointIndex}${entry.separator}`) : (first as string);
      output.push(renumbered, ...rest);
    }
    index = end;
  }
  return output;
}
