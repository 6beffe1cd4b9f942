/**
 * The question-item recogniser (question-items.ts) applied to the nodes of a markdown tree, so
 * a section that holds several questions gives several entries whatever form its questions take:
 *
 * - a list item that asks (`1. **什么是Docker？**`, `- Q: …`), its answer in the same item
 *   (`1. **What is a container?**` + an indented paragraph) or in the next item (`2. 答：…`);
 * - a paragraph that asks: all bold (`**Q1. 如何…？**`), or opened by a question cue (`问：…`),
 *   its answer in the paragraphs below or on the paragraph's next line (`问：…\n答：…`);
 * - the rows of a question | answer table;
 * - an Obsidian question callout (`> [!question] …`) holding its answer.
 *
 * Bold or `一、…` paragraphs that name a section (`**基础概念**`) group the questions below them.
 * An answer cue (`答：`, `A:`) is taken off the answer. Node positions stay the note's lines.
 */
import type { Blockquote, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  answerCue,
  canBeQuestionTitle,
  endsWithQuestionMark,
  isQuestionText,
  questionCue,
  sectionTitle,
  stripItemMarkers,
  withoutWikiLinks,
} from './question-items.ts';

/** One question the recogniser found among nodes. */
export interface NodeQuestion {
  kind: 'question';
  /** The question's text, cue taken off (`Q1. 什么是镜像？` -> `什么是镜像？`). */
  question: string;
  /** The question as written in the note (its first line, trimmed; a table row's question cell). */
  asWritten: string;
  /** The answer's nodes. */
  answer: RootContent[];
  /** First and last line of the question and its answer. */
  lines: [number, number];
}

/** A section line among the nodes (`**基础概念**`): it groups the questions below it. */
export interface NodeSection {
  kind: 'section';
  title: string;
  lines: [number, number];
}

/** What the recogniser finds in a run of nodes. */
export interface NodeQuestions {
  /** Nodes before the first question or section (intro text, or nothing). */
  lead: RootContent[];
  /** Questions and sections in order. Empty when the nodes hold no question item. */
  items: (NodeQuestion | NodeSection)[];
  /** Lines that belong to no item: the header row of a question | answer table. */
  headerLines: number[];
}

/** Header cells that name a question column. */
const QUESTION_HEADER = /^(?:问题|题目|面试题|提问|问|questions?|q)$/iu;
/** Obsidian callout types that ask a question: `> [!question]`, `> [!faq]-`. */
const QUESTION_CALLOUT = /^\[!(?:question|faq|help|问题)\][-+]?\s*/iu;

const startLine = (node: { position?: { start: { line: number } } }): number => node.position?.start.line ?? 0;
const endLine = (node: { position?: { end: { line: number } } }): number => node.position?.end.line ?? 0;

/** True when phrasing content is all bold (whitespace aside): `**什么是Docker？**`. */
function isAllBold(children: readonly PhrasingContent[]): boolean {
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break');
  return meaningful.length > 0 && meaningful.every((child) => child.type === 'strong');
}

/** Phrasing content without the answer cue it opens with (`答：`, `**答：**`, `**答：是的**`). */
export function withoutAnswerCue(children: readonly PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (!first) return [];
  if (first.type === 'text') {
    const cue = answerCue(first.value);
    if (!cue) return [...children];
    const value = first.value.slice(cue.length);
    return value === '' ? rest : [{ ...first, value }, ...rest];
  }
  if (first.type === 'strong' && answerCue(toString(first))) {
    const inner = withoutAnswerCue(first.children);
    if (inner.some((child) => toString(child).trim() !== '')) return [{ ...first, children: inner }, ...rest];
    const [next, ...after] = rest;
    return next?.type === 'text' ? [{ ...next, value: next.value.trimStart() }, ...after].filter((child) => toString(child) !== '') : rest;
  }
  return [...children];
}

/** Block nodes without the answer cue opening the first paragraph; an emptied paragraph goes. */
function blocksWithoutAnswerCue(nodes: readonly RootContent[]): RootContent[] {
  const [first, ...rest] = nodes;
  if (first?.type !== 'paragraph' || !answerCue(toString(first))) return [...nodes];
  const children = withoutAnswerCue(first.children);
  return children.some((child) => toString(child).trim() !== '') ? [{ ...first, children }, ...rest] : rest;
}

/**
 * Cut a paragraph where a line of it opens with an answer cue (`问：X？\n答：Y`): the question's
 * phrasing and the answer paragraph, or undefined when no line of it opens an answer.
 */
function splitAtAnswerLine(paragraph: Paragraph): { question: PhrasingContent[]; answer: Paragraph } | undefined {
  const children = paragraph.children;
  const textFrom = (index: number, offset: number): string =>
    (children[index]?.type === 'text' ? (children[index] as { value: string }).value.slice(offset) : toString(children[index]!)) +
    children.slice(index + 1).map((child) => toString(child)).join('');
  let line = startLine(paragraph);
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (children[index - 1]?.type === 'break' && answerCue(textFrom(index, 0))) return cutAt(paragraph, index, 0, line);
    if (child.type === 'break') line++;
    if (child.type !== 'text') continue;
    for (let at = child.value.indexOf('\n'); at !== -1; at = child.value.indexOf('\n', at + 1)) {
      line++;
      if (answerCue(textFrom(index, at + 1))) return cutAt(paragraph, index, at + 1, line);
    }
  }
  return undefined;
}

/** The paragraph cut before child `index`, `offset` characters into it; the answer starts on `line`. */
function cutAt(paragraph: Paragraph, index: number, offset: number, line: number): { question: PhrasingContent[]; answer: Paragraph } {
  const children = paragraph.children;
  const child = children[index]!;
  const question = children.slice(0, index);
  let answerChildren = children.slice(index);
  if (child.type === 'text' && offset > 0) {
    question.push({ ...child, value: child.value.slice(0, offset).trimEnd() });
    answerChildren = [{ ...child, value: child.value.slice(offset) }, ...children.slice(index + 1)];
  }
  answerChildren = answerChildren.filter((node) => !(node.type === 'text' && node.value === ''));
  const answer: Paragraph = {
    type: 'paragraph',
    children: withoutAnswerCue(answerChildren),
    position: { start: { line, column: 1 }, end: paragraph.position?.end ?? { line, column: 1 } },
  };
  return { question: question.filter((node) => !(node.type === 'break')), answer };
}

/** The question's text, its cue taken off. */
function questionText(text: string): string {
  const trimmed = withoutWikiLinks(text).trim().replace(/\s*\n\s*/g, ' ');
  return questionCue(trimmed)?.rest ?? trimmed;
}

/** The first line of a node as written in the note, trimmed. */
function asWrittenOf(node: RootContent, lineTexts: ReadonlyMap<number, string>): string {
  return lineTexts.get(startLine(node))?.trim() ?? toString(node).trim();
}

/** The question a paragraph asks on its own (all bold and a question, or a question cue), or undefined. */
function paragraphQuestion(paragraph: Paragraph): string | undefined {
  const text = toString(paragraph);
  const firstLine = text.split('\n')[0] ?? '';
  if (questionCue(firstLine)) return firstLine;
  if (isAllBold(paragraph.children) && isQuestionText(text)) return text;
  return undefined;
}

/** The section a paragraph names (all bold and no question, or a `一、…` line), or undefined. */
function paragraphSection(paragraph: Paragraph): string | undefined {
  const text = toString(paragraph).trim();
  if (text.includes('\n')) return undefined;
  if (sectionTitle(text)) return sectionTitle(text);
  return isAllBold(paragraph.children) && !isQuestionText(text) && canBeQuestionTitle(text) && !answerCue(text) ? stripItemMarkers(text) : undefined;
}

/** The first paragraph's text of a list item ('' when it opens with something else). */
function itemText(item: ListItem): string {
  const first = item.children[0];
  return first?.type === 'paragraph' ? toString(first) : '';
}

/**
 * True when a list item asks a question: bold and a question, a question cue, a question whose
 * answer follows in the same item (when its siblings do the same), or a possible title the next
 * item answers (`2. 答：…`).
 */
function itemAsks(list: List, index: number, answerInItem: boolean): boolean {
  const item = list.children[index]!;
  const first = item.children[0];
  if (first?.type !== 'paragraph') return false;
  const text = toString(first);
  if (answerCue(text)) return false;
  if (questionCue(text) || (isAllBold(first.children) && isQuestionText(text))) return true;
  if (splitAtAnswerLine(first) && canBeQuestionTitle(text.split('\n')[0] ?? '')) return true;
  const next = list.children[index + 1];
  if (next && answerCue(itemText(next)) && canBeQuestionTitle(text)) return true;
  return answerInItem && item.children.length > 1 && isQuestionText(text);
}

/** The items of a list that ask, by index. */
function askingItems(list: List): Set<number> {
  // A question with its answer in the same item counts only when at least two items do so.
  const answeredInItem = list.children.filter((item) => item.children.length > 1 && endsWithQuestionMark(itemText(item))).length >= 2;
  return new Set(list.children.flatMap((_, index) => (itemAsks(list, index, answeredInItem) ? [index] : [])));
}

/** A question | answer table: a header naming the question column, or a first column of questions. */
function isQuestionTable(table: Table): boolean {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0 || header.children.length < 2) return false;
  if (QUESTION_HEADER.test(toString(header.children[0]!).trim())) return true;
  const asking = rows.filter((row) => row.children[0] && isQuestionText(toString(row.children[0]))).length;
  return rows.length >= 2 && asking >= Math.ceil(rows.length * 0.8);
}

/** One table row as a question: the first cell asks, the other cells answer, each a paragraph. */
function rowQuestion(row: TableRow): NodeQuestion {
  const [first, ...others] = row.children;
  const answer: RootContent[] = others
    .filter((cell) => toString(cell).trim() !== '')
    .map((cell) => ({ type: 'paragraph', children: withoutAnswerCue(cell.children), position: cell.position }) as Paragraph);
  const text = toString(first!).trim();
  return { kind: 'question', question: questionText(text), asWritten: text, answer, lines: [startLine(row), endLine(row)] };
}

/** The question of an Obsidian question callout (`> [!question] X？` + answer), or undefined. */
function calloutQuestion(quote: Blockquote, lineTexts: ReadonlyMap<number, string>): NodeQuestion | undefined {
  const [first, ...rest] = quote.children;
  if (first?.type !== 'paragraph') return undefined;
  const text = toString(first);
  const marker = QUESTION_CALLOUT.exec(text);
  if (!marker) return undefined;
  const [titleLine, ...answerLines] = text.slice(marker[0].length).split('\n');
  const title = (titleLine ?? '').trim();
  if (title === '') return undefined;
  const answer: RootContent[] = [];
  if (answerLines.join('').trim() !== '') {
    const split = splitAtAnswerLine(first) ?? cutAt(first, 0, text.indexOf('\n') + 1, startLine(first) + 1);
    answer.push(split.answer);
  }
  answer.push(...blocksWithoutAnswerCue(rest));
  return { kind: 'question', question: questionText(title), asWritten: asWrittenOf(quote, lineTexts), answer, lines: [startLine(quote), endLine(quote)] };
}

/**
 * Find the question items among a run of block nodes (a section's body, or a note without
 * headings); see the module comment. `lineTexts` maps line numbers to the note's lines.
 */
export function questionItemsOf(nodes: readonly RootContent[], lineTexts: ReadonlyMap<number, string>): NodeQuestions {
  const lead: RootContent[] = [];
  const items: (NodeQuestion | NodeSection)[] = [];
  const headerLines: number[] = [];
  let open: NodeQuestion | undefined;
  const append = (node: RootContent): void => {
    if (open) {
      open.answer.push(node);
      open.lines[1] = Math.max(open.lines[1], endLine(node));
    } else lead.push(node);
  };
  const ask = (question: NodeQuestion): void => {
    items.push(question);
    open = question;
  };
  nodes.forEach((node, index) => {
    if (node.type === 'paragraph') {
      const asked = paragraphQuestion(node);
      const next = nodes[index + 1];
      const answeredBelow = next?.type === 'paragraph' && answerCue(toString(next)) !== undefined;
      const split = splitAtAnswerLine(node);
      if (asked || (split && canBeQuestionTitle(toString({ type: 'paragraph', children: split.question })))) {
        const question = split ? toString({ type: 'paragraph', children: split.question }) : (asked ?? toString(node));
        ask({ kind: 'question', question: questionText(question), asWritten: asWrittenOf(node, lineTexts), answer: split ? [split.answer] : [], lines: [startLine(node), endLine(node)] });
        return;
      }
      if (answeredBelow && canBeQuestionTitle(toString(node)) && !toString(node).includes('\n')) {
        ask({ kind: 'question', question: questionText(toString(node)), asWritten: asWrittenOf(node, lineTexts), answer: [], lines: [startLine(node), endLine(node)] });
        return;
      }
      const section = paragraphSection(node);
      if (section !== undefined && startsQuestion(nodes[index + 1])) {
        items.push({ kind: 'section', title: section, lines: [startLine(node), endLine(node)] });
        open = undefined;
        return;
      }
      append(open && open.answer.length === 0 ? (blocksWithoutAnswerCue([node])[0] ?? node) : node);
      return;
    }
    if (node.type === 'list') {
      const asking = askingItems(node);
      if (asking.size === 0) return append(node);
      let rest: ListItem[] = [];
      const flush = (): void => {
        if (rest.length === 0) return;
        append({ ...node, children: rest, position: { start: rest[0]!.position!.start, end: rest.at(-1)!.position!.end } });
        rest = [];
      };
      node.children.forEach((item, itemIndex) => {
        if (asking.has(itemIndex)) {
          flush();
          const first = item.children[0] as Paragraph;
          const split = splitAtAnswerLine(first);
          const text = split ? toString({ type: 'paragraph', children: split.question }) : toString(first);
          ask({ kind: 'question', question: questionText(text), asWritten: asWrittenOf(item, lineTexts), answer: [...(split ? [split.answer] : []), ...item.children.slice(1)], lines: [startLine(item), endLine(item)] });
          return;
        }
        if (open && answerCue(itemText(item))) {
          flush();
          for (const child of blocksWithoutAnswerCue(item.children)) append(child);
          open.lines[1] = Math.max(open.lines[1], endLine(item));
          return;
        }
        rest.push(item);
      });
      flush();
      return;
    }
    if (node.type === 'table' && isQuestionTable(node)) {
      const [header, ...rows] = node.children;
      for (let line = startLine(header!); line <= endLine(header!) + 1; line++) headerLines.push(line);
      for (const row of rows) items.push(rowQuestion(row));
      open = undefined;
      return;
    }
    if (node.type === 'blockquote') {
      const callout = calloutQuestion(node, lineTexts);
      if (callout) return ask(callout);
    }
    append(node);
  });
  return { lead, items, headerLines };
}

/** True when a node opens a question item (used to tell a section line from a bold remark). */
function startsQuestion(node: RootContent | undefined): boolean {
  if (!node) return false;
  if (node.type === 'paragraph') return paragraphQuestion(node) !== undefined || splitAtAnswerLine(node) !== undefined;
  if (node.type === 'list') return askingItems(node).has(0);
  if (node.type === 'table') return isQuestionTable(node);
  return node.type === 'blockquote' && calloutQuestion(node, new Map()) !== undefined;
}

/**
 * True when nodes hold question items only markdown can write (bold questions, question |
 * answer tables, question callouts): evidence that a note without headings is markdown Q&A.
 */
export function hasMarkdownQuestionItems(nodes: readonly RootContent[], minimum = 2): boolean {
  let count = 0;
  for (const node of nodes) {
    if (node.type === 'paragraph' && isAllBold(node.children) && isQuestionText(toString(node))) count++;
    else if (node.type === 'list') count += [...askingItems(node)].filter((index) => isAllBold((node.children[index]!.children[0] as Paragraph | undefined)?.children ?? [])).length;
    else if (node.type === 'table' && isQuestionTable(node)) count += node.children.length - 1;
    else if (node.type === 'blockquote' && calloutQuestion(node, new Map())) count++;
    if (count >= minimum) return true;
  }
  return false;
}
