/**
 * Resolves an overrides entry reference (`{ note, title?, line? }`) to the one entry it names.
 */
import type { Entry } from '../model.ts';
import type { EntryRef } from './schema.ts';

/**
 * The entry a reference names, or why it names none (`missing`: the note or the text is gone,
 * so a decision that once matched went stale) or several (`ambiguous`: the reference needs a line).
 */
export type EntryRefResolution = { entry: Entry } | { problem: string; kind: 'missing' | 'ambiguous' };

/** Case- and width-insensitive form used for title substrings. */
function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Finds the one entry of `ref.note` whose original or clean title contains `ref.title` and whose
 * line range contains `ref.line` (each only when given). Zero or several matches is a problem.
 */
export function resolveEntryRef(ref: EntryRef, entries: readonly Entry[]): EntryRefResolution {
  const inNote = entries.filter((entry) => entry.source.note === ref.note);
  if (inNote.length === 0) return { problem: `no entries from note ${ref.note}`, kind: 'missing' };
  const title = ref.title === undefined ? undefined : foldForSearch(ref.title);
  const matches = inNote.filter((entry) => {
    const [first, last] = entry.source.lines;
    if (ref.line !== undefined && (ref.line < first || ref.line > last)) return false;
    if (title === undefined) return true;
    return (
      foldForSearch(entry.source.originalTitle).includes(title) || foldForSearch(entry.question).includes(title)
    );
  });
  const described = `${ref.note}${ref.title === undefined ? '' : ` "${ref.title}"`}${ref.line === undefined ? '' : ` line ${ref.line}`}`;
  const [only] = matches;
  if (matches.length === 1 && only) return { entry: only };
  if (matches.length === 0) return { problem: `no entry matches ${described}`, kind: 'missing' };
  const at = matches.map((entry) => entry.source.lines[0]).join(', ');
  return { problem: `${described} is ambiguous: it matches the entries at lines ${at}; add a line`, kind: 'ambiguous' };
}
