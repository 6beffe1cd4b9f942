/**
 * Shared by the plain-text adapters: given the lines chosen as question headings, cut the note
 * into entries (heading line + the lines up to the next heading) and account for the rest.
 */
import type { DroppedLine, Entry, Message, NoteMeta, SourceLine } from '../model.ts';
import { dropLines, entrySource, type AdapterInput, type AdapterOutput } from './adapter.ts';
import { buildPlainAnswer } from './plain-text-answer.ts';
import { isBlank, lastLineOf } from './source-lines.ts';

/** One heading chosen by an adapter: the line, and the entry title as the note writes it. */
export interface PlainHeading {
  line: SourceLine;
  /** Title as written (the heading line, trimmed). */
  title: string;
}

/**
 * Entries from headings: each runs from its heading line to the last non-blank line before the
 * next heading. A heading with no text under it is dropped with `emptyReason` (`grouping-heading`
 * by default) and names the `section` of the next entry; lines before the first heading are
 * dropped as `preamble` (with an info message).
 */
export function entriesFromHeadings(
  input: AdapterInput,
  headings: readonly PlainHeading[],
  meta: NoteMeta,
  emptyReason = 'grouping-heading',
): Pick<AdapterOutput, 'entries' | 'dropped' | 'messages'> {
  const note = input.note.path;
  const entries: Entry[] = [];
  const dropped: DroppedLine[] = [];
  const messages: Message[] = [];
  const headingIndexes = headings.map((heading) => input.lines.indexOf(heading.line)).filter((index) => index !== -1);
  const preamble = input.lines.slice(0, headingIndexes[0] ?? input.lines.length).filter((line) => !isBlank(line.text));
  if (preamble.length > 0) {
    dropped.push(...dropLines(note, preamble, 'preamble'));
    messages.push({
      note,
      line: preamble[0]!.line,
      severity: 'info',
      source: 'parse/plain-text',
      reason: `${preamble.length} line(s) before the first question are not part of any entry; listed as dropped (preamble)`,
    });
  }
  let section: string[] = [];
  headingIndexes.forEach((index, position) => {
    const heading = headings[position]!;
    const body = input.lines.slice(index + 1, headingIndexes[position + 1] ?? input.lines.length);
    const content = body.filter((line) => !isBlank(line.text));
    if (content.length === 0) {
      dropped.push(...dropLines(note, [heading.line], emptyReason));
      section = [...section, heading.title];
      return;
    }
    const lines: [number, number] = [heading.line.line, lastLineOf(content.at(-1)!)];
    entries.push({
      key: `${note}:${heading.line.line}`,
      question: heading.title,
      answer: buildPlainAnswer(body),
      source: entrySource(input, meta, lines, heading.title),
      section,
    });
    section = [];
  });
  return { entries, dropped, messages };
}
