/**
 * Shared by the plain-text adapters: given the lines chosen as question headings, cut the note
 * into entries (heading line + the lines up to the next heading) and account for the rest.
 */
import type { DroppedLine, Entry, Message, NoteMeta, SourceLine } from '../model.ts';
import { dropLines, entrySource, type AdapterInput, type AdapterOutput } from './adapter.ts';
import { buildPlainAnswer } from './plain-text-answer.ts';
import { answerCue, questionCue } from './question-items.ts';
import { isBlank, lastLineOf } from './source-lines.ts';

/** One heading chosen by an adapter: the line, and the entry title as the note writes it. */
export interface PlainHeading {
  line: SourceLine;
  /** Title as written (the heading line, trimmed). */
  title: string;
  /** The entry's question when it differs from the title as written (a cue taken off: `Q1. X` -> `X`). */
  question?: string;
  /**
   * `section`: a section line (`一、基础篇`) that groups every question below it up to the next
   * section line. A question heading (the default) with nothing under it groups only the next entry.
   */
  kind?: 'question' | 'section';
}

/** An answer line without the cue that opens it (`答：镜像是…` -> `镜像是…`); undefined when nothing is left. */
function withoutAnswerCue(line: SourceLine): SourceLine | undefined {
  const cue = answerCue(line.text);
  if (!cue || questionCue(line.text)) return line;
  if (cue.rest === '') return undefined;
  return { ...line, text: line.text.slice(cue.length), column: (line.column ?? 1) + cue.length };
}

/**
 * Entries from headings: each runs from its heading line to the last non-blank line before the
 * next heading. A heading with no text under it is dropped with `emptyReason` (`grouping-heading`
 * by default) and names the `section` of the next entry; a section heading with nothing under it
 * is dropped as `grouping-heading` and names the section of every entry up to the next section
 * heading. Lines before the first heading are dropped as `preamble` (with an info message). An
 * answer cue opening a line of an answer (`答：`) is not part of the answer.
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
  let group: string[] = [];
  let pending: string[] = [];
  headingIndexes.forEach((index, position) => {
    const heading = headings[position]!;
    const body = input.lines.slice(index + 1, headingIndexes[position + 1] ?? input.lines.length);
    const content = body.filter((line) => !isBlank(line.text));
    const isSection = heading.kind === 'section';
    if (content.length === 0) {
      dropped.push(...dropLines(note, [heading.line], isSection ? 'grouping-heading' : emptyReason));
      if (isSection) [group, pending] = [[heading.title], []];
      else pending = [...pending, heading.title];
      return;
    }
    const lines: [number, number] = [heading.line.line, lastLineOf(content.at(-1)!)];
    const column = heading.line.column ?? 1;
    entries.push({
      key: column > 1 ? `${note}:${heading.line.line}:${column}` : `${note}:${heading.line.line}`,
      question: heading.question ?? heading.title,
      answer: buildPlainAnswer(body.flatMap((line) => withoutAnswerCue(line) ?? [])),
      source: entrySource(input, meta, lines, heading.title),
      section: isSection ? group : [...group, ...pending],
    });
    if (isSection) group = [heading.title];
    pending = [];
  });
  return { entries, dropped, messages };
}
