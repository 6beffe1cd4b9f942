/**
 * Code blocks (Fix kind `code`):
 *
 * - paragraphs that are command lines or shell sessions become fenced code; consecutive command
 *   lines (across paragraphs) join into one block. Collapsed sessions are split at their prompts
 *   and at glued commands (see shell-lines.ts);
 * - config files flattened onto one line are restored: systemd units (`ini`), heredocs and JSON
 *   (pretty-printed); ASCII-tree lines (`|-----containers`) become a `text` block;
 * - a session line with terminal output glued to its command goes into a `text` block, never
 *   dropped; terminal-output.ts then puts known output shapes back on their lines and reports
 *   the others;
 * - untagged fences get a detected language (code-language.ts); `mermaid` stays `mermaid`;
 * - Go samples whose indentation was lost are re-indented by bracket depth (go-indent.ts).
 *
 * Only paragraphs made of plain text are read as code: a paragraph with inline code, links or
 * emphasis was written as prose.
 */
import type { Code, Paragraph, Parent, PhrasingContent, RootContent } from 'mdast';
import type { CodeVocabulary } from './data.ts';
import type { NoteRecord } from '../../model.ts';
import { detectLanguage } from './code-language.ts';
import { isFlattenedUnit, restoreHeredoc, restoreSystemdUnit } from './config-files.ts';
import { editEntries, forEachNode, type PassLog, type TreePass } from './edit.ts';
import { lostIndentation, reindentGo } from './go-indent.ts';
import { PROMPT, hasGluedOutput, isCommandLine, prettyJson, restoreShellLines } from './shell-lines.ts';

/** What one run of lines is. `output` is a session line with terminal output glued on. */
type SegmentKind = 'prose' | 'shell' | 'output' | 'ini' | 'json' | 'tree';

/** Consecutive lines of one kind, with the source line of the first and last. */
interface Segment {
  kind: SegmentKind;
  lines: string[];
  first: number;
  last: number;
  /** What was restored, for the Fix detail. */
  restored: string[];
}

const LANGUAGE: Record<Exclude<SegmentKind, 'prose'>, string> = {
  shell: 'shell',
  output: 'text',
  ini: 'ini',
  json: 'json',
  tree: 'text',
};

const TREE_LINE = /^\s*(?:[|│├└]\s*-{2,}|[├└│]──)/;

/**
 * The raw text of a GFM autolink literal (`https://x`, `www.x`, `root@localhost` read as an email),
 * which markdown parsing made out of plain text; undefined for a written link.
 */
function autolinkLiteral(node: PhrasingContent): string | undefined {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0]?.type !== 'text') return undefined;
  const text = node.children[0].value;
  return [text, `mailto:${text}`, `http://${text}`].includes(node.url) ? text : undefined;
}

/** The lines of a paragraph made only of plain text (text, breaks, autolink literals), else undefined. */
function paragraphLines(paragraph: Paragraph): string[] | undefined {
  const pieces: string[] = [];
  for (const child of paragraph.children) {
    const literal = autolinkLiteral(child);
    if (child.type === 'text') pieces.push(child.value);
    else if (child.type === 'break') pieces.push('\n');
    else if (literal !== undefined) pieces.push(literal);
    else return undefined;
  }
  return pieces.join('').split('\n');
}

/** Splits one line of a paragraph into segments. */
function classifyLine(text: string, line: number, vocabulary: CodeVocabulary): Segment[] {
  const segment = (kind: SegmentKind, lines: string[], restored: string[] = []): Segment => ({ kind, lines, first: line, last: line, restored });
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (TREE_LINE.test(trimmed)) return [segment('tree', [trimmed])];
  if (isFlattenedUnit(trimmed, vocabulary)) {
    const unit = restoreSystemdUnit(trimmed, vocabulary).split('\n');
    return [segment('ini', unit, [`systemd unit restored to ${unit.length} lines`])];
  }
  const heredoc = restoreHeredoc(trimmed);
  if (heredoc) {
    const code = segment('shell', heredoc.code.split('\n'), ['heredoc restored to lines']);
    return heredoc.before ? [segment('prose', [heredoc.before]), code] : [code];
  }
  const json = prettyJson(trimmed);
  if (json) return [segment('json', json.split('\n'), ['JSON pretty-printed'])];
  const hasPrompt = new RegExp(PROMPT.source).test(trimmed);
  if (!hasPrompt && !isCommandLine(trimmed, vocabulary)) return [segment('prose', [text])];

  const restored = restoreShellLines(trimmed, vocabulary);
  const note = restored.length > 1 ? [`collapsed line split into ${restored.length} lines`] : [];
  const segments: Segment[] = [];
  const promptOnly = new RegExp(`^(?:${PROMPT.source})\\s*$`);
  for (const piece of restored) {
    const previous = segments.at(-1);
    // A bare prompt left at the end of a session belongs with what came before it.
    if (previous && promptOnly.test(piece)) {
      previous.lines.push(piece);
      continue;
    }
    const kind: SegmentKind = hasGluedOutput(piece) ? 'output' : /^\S/.test(piece) && !hasPrompt && !isCommandLine(piece, vocabulary) && !/^[\s{}[\]"]/.test(piece) ? 'prose' : 'shell';
    if (previous?.kind === kind) previous.lines.push(piece);
    else segments.push(segment(kind, [piece]));
  }
  if (segments[0]) segments[0].restored.push(...note);
  return segments;
}

/** Segments of a block container's paragraphs, merged where consecutive and of one code kind. */
function rebuildChildren(parent: Parent, vocabulary: CodeVocabulary, log: PassLog): void {
  const output: RootContent[] = [];
  let pending: Segment | undefined;
  const flush = () => {
    if (!pending) return;
    const position = { start: { line: pending.first, column: 1 }, end: { line: pending.last, column: 1 } };
    if (pending.kind === 'prose') {
      output.push({ type: 'paragraph', children: [{ type: 'text', value: pending.lines.join('\n'), position }], position });
    } else {
      const code: Code = { type: 'code', lang: LANGUAGE[pending.kind], meta: null, value: pending.lines.join('\n'), position };
      output.push(code);
      const restored = pending.restored.length > 0 ? `; ${pending.restored.join('; ')}` : '';
      log.fix('code', `${pending.lines.length} line(s) of text -> ${code.lang} code block${restored}`, code);
    }
    pending = undefined;
  };

  for (const child of parent.children as RootContent[]) {
    const lines = child.type === 'paragraph' ? paragraphLines(child) : undefined;
    const first = child.position?.start.line ?? 0;
    const segments = lines?.flatMap((text, offset) => classifyLine(text, first + offset, vocabulary));
    if (!lines || !segments || segments.every((segment) => segment.kind === 'prose')) {
      flush();
      if ('children' in child && child.type !== 'paragraph') rebuildChildren(child, vocabulary, log);
      output.push(child);
      continue;
    }
    for (const segment of segments) {
      // Prose lines of one paragraph stay one paragraph; code of one kind joins across paragraphs.
      if (pending && pending.kind === segment.kind && (segment.kind !== 'prose' || pending.last >= first)) {
        pending.lines.push(...segment.lines);
        pending.last = segment.last;
        pending.restored.push(...segment.restored);
      } else {
        flush();
        pending = segment;
      }
    }
    if (pending?.kind === 'prose') flush();
  }
  flush();
  parent.children = output as typeof parent.children;
}

/** Turns command paragraphs into code and tags, restores and re-indents code blocks. */
export const restoreCodeBlocks: TreePass = (note: NoteRecord, context) => {
  const vocabulary = context.data.vocabulary;
  return editEntries(note, 'clean/code-blocks', (entry, log) => {
    rebuildChildren(entry.answer, vocabulary, log);
    forEachNode(entry.answer, 'code', (code) => {
      if (!code.lang) {
        code.lang = detectLanguage(code.value, vocabulary);
        log.fix('code', `untagged code block -> ${code.lang}`, code);
      }
      if (code.lang === 'go' && lostIndentation(code.value)) {
        code.value = reindentGo(code.value);
        log.fix('code', 'Go sample re-indented by bracket depth', code);
      }
    });
  });
};
