/**
 * Which of the cleaning passes' typo fixes corrected a command: the tree cleaning fixes `docker
 * status`, `danging=`, `–rm`, `ENTRYOINT` before the checker runs, so the checker finds nothing
 * there. A fix counts when putting the typo back into the page makes the checker report
 * something it does not report now; the checker, not a second list, decides what a command fix is.
 */
import type { Code, InlineCode, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Entry, Fix } from '../model.ts';
import { defaultCheckTables, type CheckTables } from './check-command.ts';
import { checkTree } from './find-commands-in-tree.ts';

type ValueNode = Text | InlineCode | Code;

/**
 * How many of `fixes` (all the run's fixes) corrected a command shown in `answer`: typo fixes of the
 * member entries' notes, inside an entry's lines, whose typo the checker would flag at that line.
 */
export function countFixedByCleaning(
  answer: Root,
  members: readonly Entry[],
  fixes: readonly Fix[],
  tables: CheckTables = defaultCheckTables,
): number {
  let fixed = 0;
  // Members' line ranges by note: a question of a large corpus has members in many notes.
  const rangesByNote = new Map<string, (readonly [number, number])[]>();
  for (const entry of members) {
    const ranges = rangesByNote.get(entry.source.note);
    if (ranges) ranges.push(entry.source.lines);
    else rangesByNote.set(entry.source.note, [entry.source.lines]);
  }
  for (const fix of fixes) {
    if (fix.kind !== 'typo' || fix.line === undefined) continue;
    const line = fix.line;
    const inMember = rangesByNote.get(fix.note)?.some(([first, last]) => line >= first && line <= last) ?? false;
    const parts = /^(.+) -> (.+)$/.exec(fix.detail);
    if (!inMember || !parts) continue;
    const [, before = '', after = ''] = parts;
    if (wouldBeFlagged(answer, line, before, after, tables)) fixed += 1;
  }
  return fixed;
}

/**
 * True when a node at `line` holding `after` gets more findings with `before` put back: on that
 * line, or (a code block's fixes carry the block's first line) on any of its lines.
 */
function wouldBeFlagged(answer: Root, line: number, before: string, after: string, tables: CheckTables): boolean {
  let flagged = false;
  visit(answer, (node) => {
    if (flagged) return false;
    if (node.type !== 'text' && node.type !== 'inlineCode' && node.type !== 'code') return undefined;
    const valueNode = node as ValueNode;
    const start = valueNode.position?.start.line ?? 0;
    const end = valueNode.position?.end.line ?? start;
    if (line < start || line > end || !valueNode.value.includes(after)) return undefined;
    const lines = valueNode.value.split('\n');
    const atLine = line - firstValueLine(valueNode);
    const candidates = lines[atLine]?.includes(after) ? [atLine] : lines.flatMap((text, index) => (text.includes(after) ? [index] : []));
    const findingsNow = checkTree(alone(valueNode), tables).length;
    flagged = candidates.some((index) => {
      const reverted = lines.map((text, at) => (at === index ? text.replace(after, before) : text)).join('\n');
      return checkTree(alone({ ...valueNode, value: reverted }), tables).length > findingsNow;
    });
    return undefined;
  });
  return flagged;
}

/** Line of the note that the first line of a node's value comes from (a fenced block starts after its fence). */
function firstValueLine(node: ValueNode): number {
  const start = node.position?.start.line ?? 0;
  if (node.type !== 'code') return start;
  const end = node.position?.end.line ?? start;
  return end - start + 1 > node.value.split('\n').length ? start + 1 : start;
}

/** A tree holding just this node, as the checker expects it. */
function alone(node: ValueNode): Root {
  const block: RootContent = node.type === 'code' ? node : { type: 'paragraph', children: [node] };
  return { type: 'root', children: [block] };
}
