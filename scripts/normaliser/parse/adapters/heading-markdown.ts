/**
 * Shape adapter: markdown structured by headings (`## 主题` / `### 问题`, or numbered article
 * headings at odd levels), or without headings but with question items only markdown writes
 * (bold questions, a question | answer table, question callouts). See parse/markdown-sections.ts
 * for how headings and question items become entries.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceLine } from '../../model.ts';
import type { AdapterInput, AdapterOutput, ShapeAdapter } from '../adapter.ts';
import { isCommandLike } from '../line-kinds.ts';
import { parseMarkdown } from '../markdown.ts';
import { entriesFromMarkdown, unclosedFenceMessages } from '../markdown-sections.ts';
import { hasMarkdownQuestionItems } from '../question-nodes.ts';
import { linesToText } from '../source-lines.ts';

/** Prose headings needed before a note counts as heading-structured markdown. */
const MIN_HEADINGS = 1;

/** A line that may be a top-level ATX heading (`# x`, at most three spaces before). */
const ATX_HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A line that may be a setext heading's underline (`===`, `---`). */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** Number of top-level headings of a tree that read as prose, not as `# docker ps` commands. */
function proseHeadingsOf(tree: Root): number {
  return tree.children.filter(
    (node): node is Heading => node.type === 'heading' && !isCommandLike(toString(node)) && toString(node).trim() !== '',
  ).length;
}

/** Number of top-level headings in markdown text that read as prose, not as `# docker ps` commands. */
export function countProseHeadings(text: string): number {
  return proseHeadingsOf(parseMarkdown(text));
}

/**
 * True when the note has a prose heading. Every heading starts on an ATX line or ends on a setext
 * underline, so without such lines there is none; when all candidates are ATX lines, each reads
 * alone as it does in the note (unless it names a reference, `[x]`), so when none of them is a
 * prose heading alone, the note has none. Only otherwise is the whole note parsed.
 */
function hasProseHeading(lines: readonly SourceLine[], markdown: () => Root): boolean {
  if (!lines.some((line) => SETEXT_UNDERLINE.test(line.text))) {
    const atxLines = lines.filter((line) => ATX_HEADING_LINE.test(line.text));
    if (atxLines.every((line) => !line.text.includes('[') && countProseHeadings(line.text) === 0)) return false;
  }
  return proseHeadingsOf(markdown()) >= MIN_HEADINGS;
}

/** Markdown a question item needs: bold, a table row, a callout. Without any, no tree is parsed to look. */
const MARKDOWN_ITEM_SYNTAX = /\*\*|^\s*\||^\s*>\s*\[!/;

/** True when a note without prose headings holds markdown question items (see question-nodes.ts). */
function hasQuestionItems(lines: readonly SourceLine[], markdown: () => Root): boolean {
  return lines.some((line) => MARKDOWN_ITEM_SYNTAX.test(line.text)) && hasMarkdownQuestionItems(markdown().children);
}

/** Parse a heading-structured markdown note into entries. */
export function parseHeadingMarkdown(input: AdapterInput): AdapterOutput {
  const tree = input.markdown ?? parseMarkdown(linesToText(input.lines, input.lineCount));
  const result = entriesFromMarkdown(tree, input, input.meta);
  const { title, ...entries } = result;
  return { ...entries, messages: [...result.messages, ...unclosedFenceMessages(tree, input.lines, input.note.path)], meta: title !== undefined && input.meta.title === undefined ? { title } : {} };
}

export const headingMarkdown: ShapeAdapter = {
  shape: 'heading-markdown',
  detect: (lines: readonly SourceLine[], markdown = () => parseMarkdown(lines.map((line) => line.text).join('\n'))) =>
    hasProseHeading(lines, markdown) || hasQuestionItems(lines, markdown),
  parse: parseHeadingMarkdown,
};
