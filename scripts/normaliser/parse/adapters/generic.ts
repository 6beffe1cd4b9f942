/**
 * Shape adapter of last resort, for notes no other adapter recognises: the whole note is one
 * entry titled by its first line, so every line is still accounted for; a warning says so.
 */
import type { SourceLine } from '../../model.ts';
import type { AdapterInput, AdapterOutput, ShapeAdapter } from '../adapter.ts';
import { charLength } from '../line-kinds.ts';
import { entriesFromHeadings } from '../plain-text-entries.ts';
import { isBlank } from '../source-lines.ts';

/** Longest first line used as the title as it is; a longer one is cut. */
const MAX_TITLE_LENGTH = 80;

/** Parse a note of unknown shape into at most one entry. */
export function parseGeneric(input: AdapterInput): AdapterOutput {
  const first = input.lines.find((line) => !isBlank(line.text));
  if (!first) {
    return { entries: [], dropped: [], messages: [{ note: input.note.path, severity: 'warning', source: 'parse/generic', reason: 'note has no text (empty, or only site noise)' }], meta: {} };
  }
  const text = first.text.trim();
  const title = charLength(text) > MAX_TITLE_LENGTH ? `${[...text].slice(0, MAX_TITLE_LENGTH).join('')}…` : text;
  const result = entriesFromHeadings(input, [{ line: first, title }], input.meta, 'lone-title');
  return {
    ...result,
    messages: [
      ...result.messages,
      { note: input.note.path, line: first.line, severity: 'warning', source: 'parse/generic', reason: 'shape not recognised; the whole note is kept as one entry titled by its first line' },
    ],
    meta: {},
  };
}

export const generic: ShapeAdapter = {
  shape: 'generic',
  detect: (_lines: readonly SourceLine[]) => true,
  parse: parseGeneric,
};
