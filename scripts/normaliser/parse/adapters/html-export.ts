/**
 * Shape adapter: a note exported or saved as HTML (`<h3>问题</h3><p>答案</p>`, a whole page with
 * `<head>`, or a fragment). The HTML is only ever read as a tree (hast-util-from-html), never
 * run: hast-util-to-mdast turns it into mdast (scripts, styles and the head are left out;
 * `<pre><code class="language-x">` becomes fenced code, tables stay tables) with the note's line
 * numbers, and the markdown rules (markdown-sections.ts, with the question-item recogniser) cut
 * it into entries. `<title>` is the note's title. Lines that hold no content (the head, scripts,
 * styles, comments, lines of bare tags) are dropped with a reason, so every line is accounted for.
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { DroppedLine, NoteMeta, SourceLine } from '../../model.ts';
import type { AdapterInput, AdapterOutput, ShapeAdapter } from '../adapter.ts';
import { entriesFromMarkdown } from '../markdown-sections.ts';
import { isBlank, linesToText } from '../source-lines.ts';

/** A line opening an HTML document. */
const DOCUMENT_START = /^\s*<(?:!doctype\s+html|html)[\s>]/i;
/** A line starting with a block-level tag. */
const BLOCK_TAG = /^\s*<\/?(?:h[1-6]|p|div|section|article|ul|ol|li|table|tr|td|th|pre|blockquote|body|main|header|footer)[\s>]/i;
/** Block-tag lines needed before a fragment counts as HTML. */
const MIN_BLOCK_LINES = 3;
/** Elements whose lines never hold note content, and the drop reason for them. */
const NOT_CONTENT: Readonly<Record<string, string>> = { head: 'html-head', script: 'html-script', style: 'html-script', template: 'html-script', noscript: 'html-script' };

/** True when a note's lines are an HTML document, or a fragment mostly made of block tags. */
export function looksLikeHtml(lines: readonly SourceLine[]): boolean {
  const nonBlank = lines.filter((line) => !isBlank(line.text));
  if (nonBlank[0] && DOCUMENT_START.test(nonBlank[0].text)) return true;
  const blockLines = nonBlank.filter((line) => BLOCK_TAG.test(line.text)).length;
  return blockLines >= MIN_BLOCK_LINES && blockLines * 2 >= nonBlank.length;
}

/** The visible text of one line of HTML (tags read by the parser, not stripped by hand). */
function visibleText(html: string): string {
  return hastToString(fromHtml(html, { fragment: true })).trim();
}

/** Lines inside elements that hold no note content, with the reason to drop each. */
function nonContentLines(tree: HastRoot): Map<number, string> {
  const reasons = new Map<number, string>();
  const mark = (node: { position?: { start: { line: number }; end: { line: number } } }, reason: string): void => {
    if (!node.position) return;
    for (let line = node.position.start.line; line <= node.position.end.line; line++) if (!reasons.has(line)) reasons.set(line, reason);
  };
  visit(tree, (node) => {
    if (node.type === 'comment') mark(node, 'html-comment');
    if (node.type === 'element' && NOT_CONTENT[(node as Element).tagName]) {
      mark(node, NOT_CONTENT[(node as Element).tagName]!);
      return 'skip';
    }
    return undefined;
  });
  return reasons;
}

/** The text of the document's `<title>`, when it has one. */
function documentTitle(tree: HastRoot): string | undefined {
  let title: string | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'title' && title === undefined) title = hastToString(node).trim() || undefined;
  });
  return title;
}

/** A copy of the tree without comments: they are no content (their lines are dropped as html-comment). */
function withoutComments(tree: HastRoot): HastRoot {
  const copy = structuredClone(tree);
  visit(copy, (node, index, parent) => {
    if (node.type === 'comment' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return copy;
}

/** Parse an HTML note into entries. */
export function parseHtmlExport(input: AdapterInput): AdapterOutput {
  const note = input.note.path;
  const hast = fromHtml(linesToText(input.lines, input.lineCount));
  const title = documentTitle(hast);
  const meta: NoteMeta = title !== undefined ? { ...input.meta, title: input.meta.title ?? title } : input.meta;
  const mdast = toMdast(withoutComments(hast)) as Root;
  const result = entriesFromMarkdown(mdast, input, meta);
  // The as-written title of an entry is its line's visible text, not its tags.
  for (const entry of result.entries) entry.source.originalTitle = visibleText(entry.source.originalTitle) || entry.source.originalTitle;

  const covered = new Set<number>(result.dropped.map((dropped) => dropped.line));
  for (const entry of result.entries) for (let line = entry.source.lines[0]; line <= entry.source.lines[1]; line++) covered.add(line);
  const markupReasons = nonContentLines(hast);
  const dropped: DroppedLine[] = [];
  for (const { line, text } of input.lines) {
    if (isBlank(text) || covered.has(line)) continue;
    const reason = markupReasons.get(line) ?? (visibleText(text) === '' ? 'html-markup' : undefined);
    if (reason) dropped.push({ note, line, text, reason });
  }
  return { entries: result.entries, dropped: [...result.dropped, ...dropped], messages: result.messages, meta: title !== undefined ? { title: meta.title } : {} };
}

export const htmlExport: ShapeAdapter = {
  shape: 'html-export',
  detect: (lines: readonly SourceLine[]) => looksLikeHtml(lines),
  parse: parseHtmlExport,
};
