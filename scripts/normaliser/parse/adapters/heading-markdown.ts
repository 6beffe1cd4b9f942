/**
 * Shape adapter: markdown structured by headings (`## 主题` / `### 问题`, or numbered article
 * headings at odd levels). See parse/markdown-sections.ts for how headings become entries.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceLine } from '../../model.ts';
import type { AdapterInput, AdapterOutput, ShapeAdapter } from '../adapter.ts';
import { isCommandLike } from '../line-kinds.ts';
import { parseMarkdown } from '../markdown.ts';
import { entriesFromMarkdown, unclosedFenceMessages } from '../markdown-sections.ts';
import { linesToText } from '../source-lines.ts';

/** Prose headings needed before a note counts as heading-structured markdown. */
const MIN_HEADINGS = 1;

/** Number of top-level headings in markdown text that read as prose, not as `# docker ps` commands. */
export function countProseHeadings(text: string): number {
  return parseMarkdown(text).children.filter(
    (node): node is Heading => node.type === 'heading' && !isCommandLike(toString(node)) && toString(node).trim() !== '',
  ).length;
}

/** Parse a heading-structured markdown note into entries. */
export function parseHeadingMarkdown(input: AdapterInput): AdapterOutput {
  const tree = parseMarkdown(linesToText(input.lines, input.lineCount));
  const result = entriesFromMarkdown(tree, input, input.meta);
  return { ...result, messages: [...result.messages, ...unclosedFenceMessages(tree, input.lines, input.note.path)], meta: {} };
}

export const headingMarkdown: ShapeAdapter = {
  shape: 'heading-markdown',
  detect: (lines: readonly SourceLine[]) => countProseHeadings(lines.map((line) => line.text).join('\n')) >= MIN_HEADINGS,
  parse: parseHeadingMarkdown,
};
