/**
 * Terminal output glued onto one line (Fix kind `terminal-output`, one per restored line).
 *
 * Copy-paste from a web page often drops the newlines of a session but keeps each line's
 * indentation: `[root@localhost ~]# docker infoClient: Debug Mode: falseServer: Containers: 14
 * Running: 7`. The known output shapes of data/glossary/terminal-output.yaml (`docker info` keys,
 * `docker ps` / `ps -ef` tables with their header and row starts, `docker inspect` JSON,
 * `systemctl status`, ...) say where the lines of a command's output begin, so the command goes
 * back on its own line and the output on its lines, with their indentation.
 *
 * Where: lines of code blocks that are not a programming language (`text`, `shell`, untagged),
 * and plain-text paragraphs that start with a known table header (a `docker ps` table pasted
 * without its command). A line is only restored when the part before the output is exactly the
 * shape's command, so prose is never read as output. Session lines still carrying glued output
 * that no shape knows are kept verbatim and reported (warning), never dropped.
 */
import type { Code, Paragraph, Parent, RootContent } from 'mdast';
import type { NoteRecord } from '../../model.ts';
import type { OutputShape } from './data.ts';
import { editEntries, escapeRegExp, forEachNode, preparedPer, type PassLog, type TreePass } from './edit.ts';
import { PROMPT, hasGluedOutput, prettyJson } from './shell-lines.ts';

/** The reason of the message for a glued output line no shape knows (the report counts them). */
export const UNRESTORED_OUTPUT = 'terminal output glued to its command in no known shape (data/glossary/terminal-output.yaml), kept as it is';

/** Code block languages whose lines may be a terminal session. */
const SESSION_LANGUAGES = new Set(['text', 'shell', 'sh', 'bash', 'console', 'shell-session', 'plaintext', '']);

const PROMPT_AT_START = new RegExp(`^(?:${PROMPT.source})\\s*`);

/** A shape's expressions, built once per shape. */
interface PreparedShape {
  shape: OutputShape;
  /** The whole command before the output (anchored both ends; a glued `#comment` allowed). */
  command?: RegExp;
  header?: RegExp;
  keys?: RegExp;
  listKeys?: RegExp;
  lineStarts: RegExp[];
}

const prepared = preparedPer((shape: OutputShape): PreparedShape => {
  const keys = [...(shape.keys ?? [])].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return {
    shape,
    command: shape.command ? new RegExp(`^(?:${shape.command})(?:\\s*#.*)?$`, 'u') : undefined,
    header: shape.header ? new RegExp(shape.header.map((column) => column.split(' ').map(escapeRegExp).join(' +')).join(' +'), 'u') : undefined,
    // A key starts a line after a space or the start, or glued to a value when it starts with a
    // capital (`falseServer:`); it is followed by its colon and a space or the end.
    keys: keys ? new RegExp(`(?:(?<![\\w./-])|(?<=[a-z0-9)\\]])(?=[A-Z]))(?:${keys}):(?=\\s|$)`, 'gu') : undefined,
    listKeys: shape.listKeys?.length
      ? new RegExp(`^(\\s*(?:${shape.listKeys.map(escapeRegExp).join('|')}):)(\\s{2,})(\\S.*)$`, 'u')
      : undefined,
    lineStarts: (shape.lineStarts ?? []).map((source) => new RegExp(source, 'gu')),
  };
});

/** A line put back on its lines: the shape that did it and the lines. */
export interface RestoredOutput {
  shape: string;
  lines: string[];
}

/** Where lines begin in `output` by the shape (indexes into `output`, sorted, without 0). */
function lineCuts(output: string, shape: PreparedShape): number[] {
  const cuts = new Set<number>();
  const add = (index: number) => {
    // The spaces before a line start are that line's indentation.
    let at = index;
    while (at > 0 && output[at - 1] === ' ') at--;
    if (at > 0) cuts.add(at);
  };
  const header = shape.header?.exec(output);
  if (header) {
    add(header.index);
    if (header.index + header[0].length < output.length) cuts.add(header.index + header[0].length);
  }
  for (const match of shape.keys ? output.matchAll(shape.keys) : []) add(match.index);
  for (const start of shape.lineStarts) for (const match of output.matchAll(start)) add(match.index);
  return [...cuts].sort((a, b) => a - b);
}

/** JSON output on its lines: pretty-printed, or, when it does not parse, cut at its kept indentation. */
function jsonLines(output: string): string[] {
  const pretty = prettyJson(output);
  if (pretty) return pretty.split('\n');
  return output.split(/(?<=\S)(?=\s{2,}["{}[\]])/u);
}

/** The output's lines by the shape, list values of `listKeys` on lines of their own. */
function outputLines(output: string, shape: PreparedShape): string[] {
  if (shape.shape.json) return jsonLines(output);
  const cuts = lineCuts(output, shape);
  const lines = [0, ...cuts].map((cut, index) => output.slice(cut, cuts[index]));
  return lines.flatMap((line) => {
    const list = shape.listKeys?.exec(line);
    if (!list) return [line];
    const [, key = '', indent = '', items = ''] = list;
    return [key, ...items.split(/\s{2,}/u).map((item) => indent + item)];
  });
}

/** Indexes in `rest` where the shape's output could begin, in order. */
function outputStarts(rest: string, shape: PreparedShape): number[] {
  const starts: number[] = [];
  if (shape.shape.json) for (const bracket of rest.matchAll(/[[{]/g)) starts.push(bracket.index);
  const header = shape.header?.exec(rest);
  if (header) starts.push(header.index);
  for (const match of shape.keys ? rest.matchAll(shape.keys) : []) starts.push(match.index);
  for (const start of shape.lineStarts) for (const match of rest.matchAll(start)) starts.push(match.index);
  return [...new Set(starts)].sort((a, b) => a - b);
}

/**
 * One session line put back on its lines by the first shape that knows it, else undefined.
 * @example restoreOutputLine('[root@h ~]# docker infoClient: Debug Mode: false', shapes)
 *   // { shape: 'docker info', lines: ['[root@h ~]# docker info', 'Client:', ' Debug Mode: false'] }
 */
export function restoreOutputLine(line: string, shapes: readonly OutputShape[]): RestoredOutput | undefined {
  const prompt = PROMPT_AT_START.exec(line)?.[0] ?? '';
  const rest = line.slice(prompt.length);
  for (const shape of shapes.map(prepared)) {
    for (const start of outputStarts(rest, shape)) {
      const command = rest.slice(0, start).trimEnd();
      if (shape.command ? !shape.command.test(command) : start !== 0 || prompt !== '') continue;
      const lines = outputLines(rest.slice(start), shape).map((text) => text.trimEnd()).filter((text) => text.trim() !== '');
      const restored = command ? [`${prompt}${command}`, ...lines] : lines;
      // Only a line broken somewhere counts as restored.
      if (restored.length >= 2) return { shape: shape.shape.name, lines: restored };
    }
  }
  return undefined;
}

/** A paragraph's text when it is only plain text (no inline markup), else undefined. */
function plainParagraphText(paragraph: Paragraph): string | undefined {
  return paragraph.children.every((child) => child.type === 'text') ? paragraph.children.map((child) => (child as { value: string }).value).join('') : undefined;
}

/** Restores the lines of one code block; reports the glued session lines no shape knows. */
function restoreBlock(code: Code, shapes: readonly OutputShape[], log: PassLog): void {
  const unknown: string[] = [];
  const lines = code.value.split('\n').flatMap((line) => {
    const restored = restoreOutputLine(line, shapes);
    if (restored) {
      log.fix('terminal-output', `${restored.shape}: 1 line -> ${restored.lines.length} lines`, code);
      return restored.lines;
    }
    if (PROMPT_AT_START.test(line) && hasGluedOutput(line)) unknown.push(line);
    return [line];
  });
  code.value = lines.join('\n');
  // One message per line, so the report counts the lines left glued (`totals.unrestoredOutput`).
  if ((code.lang ?? '') === 'text') {
    for (const line of unknown) log.message('warning', `${UNRESTORED_OUTPUT}: ${line.slice(0, 60)}…`, code);
  }
}

/** Paragraphs that are a known table pasted without its command become `text` blocks. */
function restoreTableParagraphs(parent: Parent, shapes: readonly OutputShape[], log: PassLog): void {
  parent.children = (parent.children as RootContent[]).map((child): RootContent => {
    if ('children' in child && child.type !== 'paragraph') restoreTableParagraphs(child as Parent, shapes, log);
    if (child.type !== 'paragraph') return child;
    const text = plainParagraphText(child);
    const restored = text === undefined ? undefined : restoreOutputLine(text.trim(), shapes.filter((shape) => !shape.command));
    if (!restored) return child;
    const code: Code = { type: 'code', lang: 'text', meta: null, value: restored.lines.join('\n'), ...(child.position ? { position: child.position } : {}) };
    log.fix('terminal-output', `${restored.shape}: paragraph -> text block of ${restored.lines.length} lines`, code);
    return code;
  }) as typeof parent.children;
}

/** Puts terminal output glued onto one line back on its lines (Fix kind `terminal-output`). */
export const restoreTerminalOutput: TreePass = (note: NoteRecord, context) => {
  const shapes = context.data.terminalOutput;
  return editEntries(note, 'clean/terminal-output', (entry, log) => {
    restoreTableParagraphs(entry.answer, shapes, log);
    forEachNode(entry.answer, 'code', (code) => {
      if (SESSION_LANGUAGES.has(code.lang ?? '')) restoreBlock(code, shapes, log);
    });
  });
};
