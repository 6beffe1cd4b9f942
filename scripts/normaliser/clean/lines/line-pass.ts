/**
 * The contract of a line pass: numbered lines in, surviving lines out, with every removed line
 * listed as dropped and every change recorded as a fix. Line passes run before a shape adapter.
 */
import type { DroppedLine, Fix, Message, NoteMeta, NoteShape, SourceLine } from '../../model.ts';

/** What a line pass knows about the note it works on. */
export interface LinePassContext {
  /** Note path, for DroppedLine / Fix / Message. */
  note: string;
  /** Shape detected for the note: markdown shapes get their code fences protected. */
  shape: NoteShape;
}

/** What a line pass returns. */
export interface LinePassResult {
  /** Surviving lines, in order; removed ones are absent, joined ones carry `endLine`. */
  lines: SourceLine[];
  dropped: DroppedLine[];
  fixes: Fix[];
  messages: Message[];
  /** What the pass learnt about the note (page title, page URL). */
  meta: NoteMeta;
}

/**
 * True for the shapes written in markup (markdown, an HTML export): their fenced code a line pass
 * must not touch, and their line breaks are the markup's, never copy-paste damage to join.
 */
export function isMarkdownShape(shape: NoteShape): boolean {
  return shape === 'front-matter-markdown' || shape === 'heading-markdown' || shape === 'html-export';
}

/**
 * Line numbers inside fenced code blocks (fence lines included), found by scanning for ``` / ~~~
 * fences the way CommonMark opens and closes them; used only to protect code from line passes.
 */
export function fencedLineNumbers(lines: readonly SourceLine[]): Set<number> {
  const inside = new Set<number>();
  let open: { char: string; size: number } | undefined;
  for (const { line, text } of lines) {
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (open) {
      inside.add(line);
      if (fence && fence[1]![0] === open.char && fence[1]!.length >= open.size && text.trim() === fence[1]) open = undefined;
    } else if (fence) {
      open = { char: fence[1]![0]!, size: fence[1]!.length };
      inside.add(line);
    }
  }
  return inside;
}
