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
import { copyPlainData } from '../plain-data.ts';
import { bulletMarker, numberedMarker } from './line-kinds.ts';
import { parseMarkdown } from './markdown.ts';
import { isBlank, lastLineOf } from './source-lines.ts';

/** One line's inline content to parse: the line, its text, and the column the text starts at. */
interface LineText {
  line: SourceLine;
  text: string;
  column: number;
}

/** The text as a plain text paragraph, no markdown read. */
function literalParagraph({ line, text, column }: LineText): Paragraph {
  const end = { line: lastLineOf(line), column: column + text.length };
  const start = { line: line.line, column };
  return { type: 'paragraph', children: [{ type: 'text', value: text, position: { start, end } }], position: { start, end } };
}

/**
 * The paragraph a one-line text parses to (`parsed`: the parser's top-level nodes for it, read
 * as line 1), moved to the line's original numbers; the literal text when it is not exactly
 * one paragraph.
 */
function placeParagraph(item: LineText, parsed: readonly RootContent[], parsedLine: number): Paragraph {
  const only = parsed[0];
  if (parsed.length !== 1 || only?.type !== 'paragraph') return literalParagraph(item);
  const { line, column } = item;
  visit(only, (node) => {
    if (!node.position) return;
    node.position = {
      start: { line: line.line, column: node.position.start.column + column - 1 },
      end: { line: node.position.end.line === parsedLine ? line.line : lastLineOf(line), column: node.position.end.column + column - 1 },
    };
  });
  only.position = literalParagraph(item).position;
  return only;
}

/** A paragraph holding one line's inline content, positioned on the line's original numbers. */
export function lineParagraph(line: SourceLine, text: string, column: number): Paragraph {
  return placeParagraph({ line, text, column }, parseMarkdown(text).children, 1);
}

/** A text's top-level nodes as the parser gave them, the text being line `parsedLine` of what it parsed. */
interface ParsedText {
  nodes: RootContent[];
  parsedLine: number;
}

/**
 * Parsed one-line texts, by text, kept across entries and notes: the same line comes back often
 * (a repeated command, a note copied into another). What is kept is exactly what parsing the
 * text alone gives, so it does not matter which run of lines it was parsed with. Emptied when
 * it reaches PARSED_TEXTS_LIMIT entries.
 */
const parsedTexts = new Map<string, ParsedText>();
const PARSED_TEXTS_LIMIT = 200_000;

/**
 * Parse one-line texts, each as it parses alone, with one parser run: the texts are parsed as one
 * document, a blank line between each, so text i is line 2i + 1. Blank-line-separated blocks
 * parse as they would alone, except where a block runs across the blank lines (an unclosed
 * fence, a list of several items, a multi-line HTML block, front matter) or a definition makes
 * `[x]` a reference elsewhere: those texts are parsed one by one.
 */
function parseTexts(texts: readonly string[]): ParsedText[] {
  if (texts.length === 1) return [{ nodes: parseMarkdown(texts[0]!).children, parsedLine: 1 }];
  const tree = parseMarkdown(texts.join('\n\n'));
  let hasDefinitions = false;
  visit(tree, (node) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') hasDefinitions = true;
  });
  const nodesByText = texts.map((): RootContent[] => []);
  const alone = new Array<boolean>(texts.length).fill(hasDefinitions);
  for (const node of tree.children) {
    const start = node.position!.start.line;
    const end = node.position!.end.line;
    if (start === end && start % 2 === 1) nodesByText[(start - 1) / 2]!.push(node);
    else for (let index = Math.floor((start - 1) / 2); index <= Math.floor((end - 1) / 2) && index < texts.length; index++) alone[index] = true;
  }
  return texts.map((text, index) =>
    alone[index] || nodesByText[index]!.length === 0
      ? { nodes: parseMarkdown(text).children, parsedLine: 1 }
      : { nodes: nodesByText[index]!, parsedLine: 2 * index + 1 },
  );
}

/** `lineParagraph` for many lines: texts parsed before are not parsed again, the others in one run. */
function lineParagraphs(items: readonly LineText[]): Paragraph[] {
  const texts = [...new Set(items.map((item) => item.text))];
  let unparsed = texts.filter((text) => !parsedTexts.has(text));
  if (parsedTexts.size + unparsed.length > PARSED_TEXTS_LIMIT) {
    parsedTexts.clear();
    unparsed = texts;
  }
  if (unparsed.length > 0) parseTexts(unparsed).forEach((parsed, index) => parsedTexts.set(unparsed[index]!, parsed));
  return items.map((item) => {
    const { nodes, parsedLine } = parsedTexts.get(item.text)!;
    return placeParagraph(item, copyPlainData(nodes), parsedLine);
  });
}

/** One list item holding a paragraph. */
function listItem(paragraph: Paragraph): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph], position: paragraph.position };
}

/** A non-blank line of an answer: its inline text, and the list it is a point of, if any. */
interface AnswerLine extends LineText {
  list?: { ordered: boolean; start?: number };
}

/** Read a non-blank line: a numbered point, a bullet, or a paragraph line. */
function answerLine(line: SourceLine): AnswerLine {
  const text = line.text.trim();
  // A piece cut from a line (an embedded question's answer) starts at its column, not at 1.
  const indent = line.text.length - line.text.trimStart().length + (line.column ?? 1) - 1;
  const numbered = numberedMarker(text);
  const bullet = numbered ? undefined : bulletMarker(text);
  if (!numbered && !bullet) return { line, text, column: indent + 1 };
  // Keep an opening `**` of a bold point: `**2、标题:** 内容` -> `**标题:** 内容`.
  const marker = numbered ? numbered.marker.replace(/^\*\*/, '') : bullet!;
  const body = numbered && numbered.marker.startsWith('**') ? `**${text.slice(numbered.marker.length)}` : text.slice(marker.length);
  return { line, text: body, column: indent + marker.length + 1, list: numbered ? { ordered: true, start: numbered.number } : { ordered: false } };
}

/**
 * Build an answer tree from lines (blank lines allowed). Consecutive numbered points form one
 * ordered list even across blank lines; consecutive bullets one unordered list.
 */
export function buildPlainAnswer(lines: readonly SourceLine[]): Root {
  const answerLines = lines.filter((line) => !isBlank(line.text)).map(answerLine);
  const paragraphs = lineParagraphs(answerLines);
  const children: RootContent[] = [];
  let openList: List | undefined;
  answerLines.forEach(({ list }, index) => {
    const paragraph = paragraphs[index]!;
    if (!list) {
      openList = undefined;
      children.push(paragraph);
      return;
    }
    const item = listItem(paragraph);
    if (!openList || openList.ordered !== list.ordered) {
      openList = { type: 'list', ordered: list.ordered, spread: false, children: [], position: { start: item.position!.start, end: item.position!.end } };
      if (list.ordered) openList.start = list.start;
      children.push(openList);
    }
    openList.children.push(item);
    openList.position!.end = item.position!.end;
  });
  const first = children[0]?.position?.start;
  const last = children.at(-1)?.position?.end;
  return first && last ? { type: 'root', children, position: { start: first, end: last } } : { type: 'root', children };
}
