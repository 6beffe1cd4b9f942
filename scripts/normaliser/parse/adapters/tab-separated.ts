/**
 * Shape adapter: flashcards exported as tab-separated text (an Anki "Notes in Plain Text" export:
 * `问题<TAB>答案` a line, under `#separator:tab` / `#html:true` header lines; any spreadsheet
 * saved as TSV). Each row is a question (the first field) and its answer (the other fields). With
 * `#html:true` a field is HTML (`<br>`, `<b>`, `&amp;`), read as a tree (hast-util-from-html, then
 * hast-util-to-mdast, as for an HTML export: nothing in it runs) when it only formats its text;
 * a field with any other tag (`<script>`, `<img onerror>`), or without `#html:true`, is text. The rows
 * become a markdown tree of one heading a row (at the row's line), so the markdown rules
 * (markdown-sections.ts) cut the entries; header lines are dropped as `export-header`, a line
 * without a tab belongs to the row above it.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { SourceLine } from '../../model.ts';
import { dropLines, type AdapterInput, type AdapterOutput, type ShapeAdapter } from '../adapter.ts';
import { entriesFromMarkdown } from '../markdown-sections.ts';
import { isQuestionText } from '../question-items.ts';
import { isBlank } from '../source-lines.ts';

/** An export header line: `#separator:tab`, `#html:true`, `#columns:…`, `#deck column:3`. */
const HEADER_LINE = /^#[a-z][a-z ]*:/i;
/** Rows needed before a note counts as tab-separated. */
const MIN_ROWS = 3;

/** The header lines at the top of the note, and whether they declare HTML fields. */
function exportHeader(lines: readonly SourceLine[]): { header: SourceLine[]; html: boolean; separator: string | undefined } {
  const header: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    if (!HEADER_LINE.test(line.text.trim())) break;
    header.push(line);
  }
  const value = (key: string): string | undefined =>
    header.map((line) => new RegExp(`^#${key}:(.*)$`, 'i').exec(line.text.trim())?.[1]?.trim().toLowerCase()).find((found) => found !== undefined);
  return { header, html: value('html') === 'true', separator: value('separator') };
}

/** True when most non-header lines are rows of a tab and most rows start with a question. */
function looksTabSeparated(lines: readonly SourceLine[]): boolean {
  const { header, separator } = exportHeader(lines);
  if (separator !== undefined && separator !== 'tab' && separator !== '\t') return false;
  const body = lines.filter((line) => !isBlank(line.text) && !header.includes(line));
  const rows = body.filter((line) => line.text.includes('\t'));
  if (rows.length < MIN_ROWS || rows.length * 5 < body.length * 4) return false;
  const asking = rows.filter((line) => isQuestionText(fieldText(line.text.split('\t')[0]!, true)));
  return asking.length * 2 >= rows.length;
}

/** A field's visible text: HTML read as a tree when the export says its fields are HTML. */
function fieldText(field: string, html: boolean): string {
  return (html && isFormattingHtml(field) ? hastToString(fromHtml(field, { fragment: true })) : field).replace(/\s+/g, ' ').trim();
}

/** Every node of `nodes` placed on `line` (the row's), so the entry's line range is the row's. */
function onLine<T extends RootContent>(nodes: T[], line: number, length: number): T[] {
  const root: Root = { type: 'root', children: nodes };
  visit(root, (node) => {
    node.position = { start: { line, column: 1 }, end: { line, column: length + 1 } };
  });
  return nodes;
}

/**
 * The tags a flashcard field formats its text with. A field with any other element (`<script>`,
 * `<iframe>`, `<img onerror>`…) is not read as HTML: it is text, and comes out as text.
 */
const FORMATTING_TAGS = new Set(['br', 'b', 'strong', 'i', 'em', 'u', 's', 'code', 'pre', 'span', 'div', 'p', 'ul', 'ol', 'li', 'sub', 'sup', 'font']);

/** True when a field's HTML holds only formatting tags, without attributes that run code. */
function isFormattingHtml(field: string): boolean {
  let formatting = true;
  visit(fromHtml(field, { fragment: true }), 'element', (node: Element) => {
    const runs = Object.keys(node.properties ?? {}).some((name) => /^on/i.test(name));
    if (!FORMATTING_TAGS.has(node.tagName) || runs) formatting = false;
  });
  return formatting;
}

/** A row's answer fields as mdast: paragraphs of text, or the HTML's own blocks. */
function answerNodes(fields: readonly string[], html: boolean): RootContent[] {
  const text = fields.filter((field) => field.trim() !== '');
  if (text.length === 0) return [];
  if (!html || !text.every(isFormattingHtml)) return text.map((field) => ({ type: 'paragraph', children: [{ type: 'text', value: field.trim() }] }));
  const tree = toMdast(fromHtml(text.join('<br>'), { fragment: true })) as Root;
  return inParagraphs(tree.children);
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'html']);

/** `nodes` with each run of phrasing content (a field's `a<br><b>b</b>` comes out bare) in a paragraph of its own. */
function inParagraphs(nodes: readonly RootContent[]): RootContent[] {
  const blocks: RootContent[] = [];
  let run: Paragraph | undefined;
  for (const node of nodes) {
    if (!PHRASING.has(node.type)) {
      run = undefined;
      blocks.push(node);
      continue;
    }
    if (!run) {
      run = { type: 'paragraph', children: [] };
      blocks.push(run);
    }
    run.children.push(node as PhrasingContent);
  }
  return blocks;
}

/** Parse a tab-separated note into entries. */
export function parseTabSeparated(input: AdapterInput): AdapterOutput {
  const { header, html } = exportHeader(input.lines);
  const children: RootContent[] = [];
  const lineTexts: SourceLine[] = [];
  for (const line of input.lines) {
    if (isBlank(line.text) || header.includes(line)) continue;
    const length = line.text.length;
    if (!line.text.includes('\t')) {
      children.push(...onLine(answerNodes([line.text], html), line.line, length));
      continue;
    }
    const [question = '', ...answer] = line.text.split('\t');
    const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: fieldText(question, html) }] };
    children.push(...onLine([heading], line.line, length), ...onLine(answerNodes(answer, html), line.line, length));
    lineTexts.push({ ...line, text: `## ${fieldText(question, html)}` });
  }
  // The markdown rules read each heading's line as written: give them the question, not the row.
  const asWritten = new Map(lineTexts.map((line) => [line.line, line]));
  const lines = input.lines.map((line) => asWritten.get(line.line) ?? line);
  const result = entriesFromMarkdown({ type: 'root', children }, { ...input, lines }, input.meta);
  // The as-written title of an entry is its question field, as its visible text.
  for (const entry of result.entries) {
    const row = asWritten.get(entry.source.lines[0]);
    if (row) entry.source.originalTitle = row.text.replace(/^## /, '');
  }
  return { entries: result.entries, dropped: [...dropLines(input.note.path, header, 'export-header'), ...result.dropped], messages: result.messages, meta: {} };
}

export const tabSeparated: ShapeAdapter = {
  shape: 'tab-separated',
  detect: (lines: readonly SourceLine[]) => looksTabSeparated(lines),
  parse: parseTabSeparated,
};
