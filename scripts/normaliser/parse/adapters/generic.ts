/**
 * Shape adapter for plain text no other adapter claims: the shared question-item recogniser
 * alone (parse/question-lines.ts) reads its questions: cued ones (`问：`, `Q:`, `Q1.`), lines an
 * answer cue follows (`1. 镜像和容器是什么关系？` / `答：…`), section lines (`一、基础篇`) as
 * groups. A short first line above them is the note's title (meta, dropped as `note-title`).
 * When the recogniser finds no question, the whole note is one entry titled by its first line,
 * so every line is still accounted for, and a warning says so.
 */
import type { SourceLine } from '../../model.ts';
import type { AdapterInput, AdapterOutput, ShapeAdapter } from '../adapter.ts';
import { charLength } from '../line-kinds.ts';
import { entriesFromHeadings } from '../plain-text-entries.ts';
import { plainQuestionEntries } from '../question-lines.ts';
import { isBlank } from '../source-lines.ts';

/** Longest first line used as the title as it is; a longer one is cut. */
const MAX_TITLE_LENGTH = 80;

/** The whole note as one entry titled by its first line, with a warning. */
function wholeNote(input: AdapterInput, first: SourceLine): AdapterOutput {
  const text = first.text.trim();
  const title = charLength(text) > MAX_TITLE_LENGTH ? `${[...text].slice(0, MAX_TITLE_LENGTH).join('')}…` : text;
  const result = entriesFromHeadings(input, [{ line: first, title }], input.meta, 'lone-title');
  return {
    ...result,
    messages: [
      ...result.messages,
      { note: input.note.path, line: first.line, severity: 'warning', source: 'parse/generic', reason: 'shape not recognised and no question found; the whole note is kept as one entry titled by its first line' },
    ],
    meta: {},
  };
}

/** Parse a note of no other shape: its question items, or one entry. */
export function parseGeneric(input: AdapterInput): AdapterOutput {
  const first = input.lines.find((line) => !isBlank(line.text));
  if (!first) {
    return { entries: [], dropped: [], messages: [{ note: input.note.path, severity: 'warning', source: 'parse/generic', reason: 'note has no text (empty, or only site noise)' }], meta: {} };
  }
  const { output, asks } = plainQuestionEntries(input, []);
  return asks ? output : wholeNote(input, first);
}

export const generic: ShapeAdapter = {
  shape: 'generic',
  detect: (_lines: readonly SourceLine[]) => true,
  parse: parseGeneric,
};
