/**
 * mdast for plain-text notes, built line by line: numbered points (`1、标题: 内容`) become an
 * ordered list, bullets (`•`, `●`) an unordered list, every other line its own paragraph (so
 * commands and collapsed shell sessions stay one per paragraph for the code-block pass).
 * Inline markdown inside a line (`**bold**`, `` `code` ``) is read with the markdown parser; a
 * line the parser would read as block syntax (`# comment`, `> x`) stays literal text.
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { SourceLine } from '../model.ts';
import { bulletMarker, numberedMarker } from './line-kinds.ts';
import { parseMarkdown } from './markdown.ts';
import { isBlank, lastLineOf } from './source-lines.ts';

/** A paragraph holding one line's inline content, positioned on the line's original numbers. */
export function lineParagraph(line: SourceLine, text: string, column: number): Paragraph {
  const end = { line: lastLineOf(line), column: column + text.length };
  const start = { line: line.line, column };
  const literal: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text, position: { start, end } }], position: { start, end } };
  const tree = parseMarkdown(text);
  const only = tree.children[0];
  if (tree.children.length !== 1 || only?.type !== 'paragraph') return literal;
  visit(only, (node) => {
    if (!node.position) return;
    node.position = {
      start: { line: line.line, column: node.position.start.column + column - 1 },
      end: { line: node.position.end.line === 1 ? line.line : lastLineOf(line), column: node.position.end.column + column - 1 },
    };
  });
  only.position = { start, end };
  return only;
}

/** One list item holding a paragraph. */
function listItem(line: SourceLine, text: string, markerLength: number): ListItem {
  const paragraph = lineParagraph(line, text, markerLength + 1);
  return { type: 'listItem', spread: false, children: [paragraph], position: paragraph.position };
}

/**
 * Build an answer tree from lines (blank lines allowed). Consecutive numbered points form one
 * ordered list even across blank lines; consecutive bullets one unordered list.
 */
export function buildPlainAnswer(lines: readonly SourceLine[]): Root {
  const children: RootContent[] = [];
  let openList: List | undefined;
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    const text = line.text.trim();
    const indent = line.text.length - line.text.trimStart().length;
    const numbered = numberedMarker(text);
    const bullet = numbered ? undefined : bulletMarker(text);
    if (numbered || bullet) {
      const ordered = numbered !== undefined;
      // Keep an opening `**` of a bold point: `**2、标题:** 内容` -> `**标题:** 内容`.
      const marker = numbered ? numbered.marker.replace(/^\*\*/, '') : bullet!;
      const body = numbered && numbered.marker.startsWith('**') ? `**${text.slice(numbered.marker.length)}` : text.slice(marker.length);
      const item = listItem(line, body, indent + marker.length);
      if (!openList || openList.ordered !== ordered) {
        openList = { type: 'list', ordered, spread: false, children: [], position: { start: item.position!.start, end: item.position!.end } };
        if (ordered) openList.start = numbered!.number;
        children.push(openList);
      }
      openList.children.push(item);
      openList.position!.end = item.position!.end;
      continue;
    }
    openList = undefined;
    children.push(lineParagraph(line, text, indent + 1));
  }
  const first = children[0]?.position?.start;
  const last = children.at(-1)?.position?.end;
  return first && last ? { type: 'root', children, position: { start: first, end: last } } : { type: 'root', children };
}

