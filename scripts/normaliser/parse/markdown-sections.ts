/**
 * Entries from a markdown tree, by its headings. Shared by the markdown shape adapters.
 *
 * - A heading that reads as a question and has text of its own is an entry; its sub-headings
 *   are points of its answer (`## 如何…` with `#### 1. Bridge`), unless a sub-heading is itself
 *   plainly a question.
 * - Any other heading with text of its own is an entry for that text; its sub-headings are
 *   entries or groups in their own right (`## Dockerfile`, `### 2.1 容器镜像管理`).
 * - A heading with no text of its own before its first sub-heading only groups: it is dropped
 *   as `grouping-heading` and becomes part of the entries' `section`. Links alone are not text.
 * - A heading that is not a question and whose text holds question items (list items, bold
 *   paragraphs, table rows, callouts: parse/question-nodes.ts) groups them: each question is an
 *   entry, its section the headings above plus the item's section line (`**基础概念**`); text
 *   before the first question introduces them and is dropped as `section-intro`. Text before the
 *   first heading is read the same way; what asks nothing there is `preamble`.
 * - The note's only `#` heading, opening it above deeper headings, is its title (`note-title`);
 *   its own text is the introduction (`preamble`).
 * Headings come from the tree, so `#` lines inside code fences are never headings.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { DroppedLine, Entry, Message, NoteMeta, SourceLine } from '../model.ts';
import { entrySource, type AdapterInput } from './adapter.ts';
import { isQuestionLike } from './line-kinds.ts';
import { withoutWikiLinks } from './question-items.ts';
import { questionItemsOf, type NodeQuestions } from './question-nodes.ts';

/** What the markdown adapters get back from `entriesFromMarkdown`. */
export interface MarkdownEntries {
  entries: Entry[];
  dropped: DroppedLine[];
  messages: Message[];
  /** The note's title, when its only `#` heading opens it and names it (see `titleHeadingOf`). */
  title?: string;
}

/**
 * The heading that titles the whole note: the first heading, of depth 1, the only one of that
 * depth, with deeper headings after it and not a question (`# Docker 面试题总结` above `##`
 * sections). Its own text is the note's introduction, not an answer.
 */
function titleHeadingOf(children: readonly RootContent[]): Heading | undefined {
  const headings = children.filter((node): node is Heading => node.type === 'heading');
  const [first] = headings;
  if (!first || first.depth !== 1 || headings.length < 2 || headings.filter((heading) => heading.depth === 1).length !== 1) return undefined;
  const title = withoutWikiLinks(toString(first).trim());
  return title !== '' && !isQuestionLike(title) ? first : undefined;
}

/** A plainly phrased question: ends with ?/？ or asks 什么 / 如何 / 为什么 / 怎么. */
function isPlainQuestion(title: string): boolean {
  return /[?？]$/.test(title.trim()) || /什么|如何|为什么|怎么/.test(title);
}

/** Obsidian wiki links (`[[page]]`, `![[picture.png]]`): links, so not text of a section's own. */
const WIKI_LINK = /!?\[\[[^\]]+\]\]/g;

/** True when nodes hold text of their own, not counting link and image text (wiki links included). */
export function hasOwnText(nodes: readonly RootContent[]): boolean {
  let found = false;
  for (const node of nodes) {
    visit(node, (child) => {
      if (child.type === 'link' || child.type === 'image' || child.type === 'linkReference' || child.type === 'imageReference') return 'skip';
      if (child.type === 'text' && child.value.replace(WIKI_LINK, '').trim() === '') return undefined;
      if ((child.type === 'text' || child.type === 'inlineCode' || child.type === 'code' || child.type === 'html') && child.value.trim() !== '') {
        found = true;
        return false;
      }
      return undefined;
    });
    if (found) return true;
  }
  return false;
}

/** First and last line a list of nodes spans. */
function lineSpan(nodes: readonly RootContent[]): [number, number] | undefined {
  const first = nodes[0]?.position?.start.line;
  const last = nodes.at(-1)?.position?.end.line;
  return first !== undefined && last !== undefined ? [first, last] : undefined;
}

/** The heading line as written, markers included: `# 1. Docker容器基础**`. */
function headingAsWritten(heading: Heading, lineTexts: ReadonlyMap<number, string>): string {
  const line = heading.position ? lineTexts.get(heading.position.start.line) : undefined;
  return line === undefined ? toString(heading).trim() : line.trim();
}

/**
 * Cut a markdown tree into entries by its headings (see the module comment for the rules).
 * Nodes before the first heading (except front matter) are dropped as `preamble`, with an info message.
 */
export function entriesFromMarkdown(tree: Root, input: AdapterInput, noteMeta: NoteMeta): MarkdownEntries {
  const note = input.note.path;
  const lineTexts = new Map(input.lines.map((line) => [line.line, line.text] as const));
  const children = tree.children.filter((node) => node.type !== 'yaml');
  const titleHeading = titleHeadingOf(children);
  const noteTitle = titleHeading ? withoutWikiLinks(toString(titleHeading).trim()) : undefined;
  const meta: NoteMeta = noteTitle !== undefined && noteMeta.title === undefined ? { ...noteMeta, title: noteTitle } : noteMeta;
  const entries: Entry[] = [];
  const dropped: DroppedLine[] = [];
  const messages: Message[] = [];

  const dropNodes = (nodes: readonly RootContent[], reason: string): void => {
    const span = lineSpan(nodes);
    if (!span) return;
    for (let line = span[0]; line <= span[1]; line++) {
      const text = lineTexts.get(line);
      if (text !== undefined && text.trim() !== '') dropped.push({ note, line, text, reason });
    }
  };

  /** Entries for the question items of a run of nodes, under `section`. */
  const itemEntries = (recognised: NodeQuestions, section: string[]): void => {
    let local: string[] = [];
    for (const item of recognised.items) {
      if (item.kind === 'section') {
        dropLineRange(item.lines, 'grouping-heading');
        local = [item.title];
      } else if (hasOwnText(item.answer)) {
        entries.push({
          key: `${note}:${item.lines[0]}`,
          question: item.question,
          answer: { type: 'root', children: item.answer },
          source: entrySource(input, meta, item.lines, item.asWritten),
          section: [...section, ...local],
        });
      } else dropLineRange(item.lines, 'question-without-answer');
    }
    for (const line of recognised.headerLines) dropLineRange([line, line], 'table-header');
  };
  const dropLineRange = ([first, last]: [number, number], reason: string): void => {
    for (let line = first; line <= last; line++) {
      const text = lineTexts.get(line);
      if (text !== undefined && text.trim() !== '') dropped.push({ note, line, text, reason });
    }
  };
  const hasQuestion = (recognised: NodeQuestions): boolean => recognised.items.some((item) => item.kind === 'question');

  const firstHeading = children.findIndex((node) => node.type === 'heading');
  const preamble = firstHeading === -1 ? children : children.slice(0, firstHeading);
  const preambleItems = questionItemsOf(preamble, lineTexts);
  const unasked = hasQuestion(preambleItems) ? preambleItems.lead : preamble;
  if (unasked.length > 0) {
    dropNodes(unasked, 'preamble');
    const span = lineSpan(unasked);
    messages.push({
      note,
      line: span?.[0],
      severity: 'info',
      source: 'parse/markdown',
      reason: `text before the first ${hasQuestion(preambleItems) ? 'question' : 'heading'} (lines ${span?.[0]}-${span?.[1]}) is not part of any entry; listed as dropped (preamble)`,
    });
  }
  if (hasQuestion(preambleItems)) itemEntries(preambleItems, []);
  if (firstHeading === -1) return { entries, dropped, messages };
  const result = (): MarkdownEntries => (noteTitle !== undefined ? { entries, dropped, messages, title: noteTitle } : { entries, dropped, messages });

  const sectionStack: { depth: number; title: string }[] = [];
  let index = firstHeading;
  while (index < children.length) {
    const heading = children[index] as Heading;
    while (sectionStack.length > 0 && sectionStack.at(-1)!.depth >= heading.depth) sectionStack.pop();
    const section = sectionStack.map((entry) => entry.title);
    const title = withoutWikiLinks(toString(heading).trim());
    let nextHeading = children.findIndex((node, at) => at > index && node.type === 'heading');
    if (nextHeading === -1) nextHeading = children.length;
    const own = children.slice(index + 1, nextHeading);
    let end = nextHeading;

    if (hasOwnText(own) && isQuestionLike(title)) {
      // Sub-headings are points of this answer, up to the end of its subtree or a plain question.
      while (end < children.length) {
        const node = children[end]!;
        if (node.type === 'heading' && (node.depth <= heading.depth || isPlainQuestion(toString(node)))) break;
        end++;
      }
    }
    if (heading === titleHeading) {
      // The note's title: its own text is the introduction (or questions standing right under it).
      dropNodes([heading], 'note-title');
      const recognised = questionItemsOf(own, lineTexts);
      const intro = hasQuestion(recognised) ? recognised.lead : own;
      if (intro.length > 0) {
        dropNodes(intro, 'preamble');
        const span = lineSpan(intro);
        messages.push({ note, line: span?.[0], severity: 'info', source: 'parse/markdown', reason: `introduction under the note's title (lines ${span?.[0]}-${span?.[1]}) is not part of any entry; listed as dropped (preamble)` });
      }
      if (hasQuestion(recognised)) itemEntries(recognised, []);
      index = nextHeading;
      continue;
    }
    const body = children.slice(index + 1, end);
    const recognised = isQuestionLike(title) ? undefined : questionItemsOf(own, lineTexts);
    if (recognised && hasQuestion(recognised)) {
      dropNodes([heading], 'grouping-heading');
      if (hasOwnText(recognised.lead)) {
        // An introduction to the questions below ("第二列是常用参数"), not an answer to a question.
        dropNodes(recognised.lead, 'section-intro');
        const span = lineSpan(recognised.lead);
        messages.push({ note, line: span?.[0], severity: 'info', source: 'parse/markdown', reason: `introduction of section "${title}" (lines ${span?.[0]}-${span?.[1]}) is not part of any entry; listed as dropped (section-intro)` });
      } else dropNodes(recognised.lead, 'reference-links');
      itemEntries(recognised, [...section, title]);
    } else if (hasOwnText(own)) {
      const span = lineSpan([heading, ...body])!;
      const originalTitle = headingAsWritten(heading, lineTexts);
      entries.push({
        key: `${note}:${span[0]}`,
        question: title,
        answer: { type: 'root', children: body },
        source: entrySource(input, meta, span, originalTitle),
        section,
      });
    } else {
      dropNodes([heading], 'grouping-heading');
      dropNodes(own, hasOwnText(own) ? 'grouping-heading' : own.length > 0 ? 'reference-links' : 'grouping-heading');
    }
    sectionStack.push({ depth: heading.depth, title });
    index = end;
  }
  return result();
}

/**
 * Warnings for fenced code blocks that are never closed: CommonMark reads the rest of the note
 * as code, which is almost never what the author meant.
 */
export function unclosedFenceMessages(tree: Root, lines: readonly SourceLine[], note: string): Message[] {
  const lineTexts = new Map(lines.map((line) => [line.line, line.text] as const));
  const messages: Message[] = [];
  visit(tree, 'code', (node) => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined) return;
    const opening = /^\s*(`{3,}|~{3,})/.exec(lineTexts.get(start) ?? '');
    if (!opening) return;
    const closing = lineTexts.get(end)?.trim() ?? '';
    const closed = end > start && closing.startsWith(opening[1]!) && /^(`{3,}|~{3,})$/.test(closing);
    if (!closed) {
      messages.push({ note, line: start, severity: 'warning', source: 'parse/markdown', reason: `code fence opened at line ${start} is never closed; the rest of the note (to line ${end}) was read as code` });
    }
  });
  return messages;
}
