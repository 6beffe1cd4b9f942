/**
 * The tree cleaning passes, run over each entry of a note in this order:
 *
 * 1. question-title - strip prefixes and stray markup from questions, end them consistently
 * 2. images         - drop broken and hot-linked pictures (before code: their paragraphs go away)
 * 3. captions       - caption lines without their picture (`标题_关键词`, `图 1`) dropped; after
 *                     images, whose dropped pictures no longer count as there
 * 4. nested-points  - the sub-points a point announces (`以下 3 个服务：`) nested under it
 * 5. code-blocks    - command paragraphs -> fenced code, collapsed sessions and config files
 *                     restored, untagged fences tagged, lost Go indentation restored
 * 6. terminal-output - output glued onto its command's line put back on its lines by its known
 *                     shape (after code-blocks, which made the session blocks)
 * 7. regional terms - Taiwan-style terms -> mainland usage (prose only)
 * 8. typos          - known typos, by scope (prose, code, Dockerfile instructions); after
 *                     code-blocks so rules scoped to code also reach the blocks it made
 * 9. inline-code    - glued flags/commands split, commands and flags in prose -> inline code;
 *                     after typos so `–rm` is already `--rm`
 * 10. privacy        - private addresses, personal mirror IDs, own host names -> placeholders
 * 11. typeset        - CJK typesetting last, so it also spaces the text around the inline code
 *                     that inline-code made and every prose change before it
 */
import type { CleanContext, NoteRecord } from '../../model.ts';
import { dropOrphanCaptions } from './captions.ts';
import { restoreCodeBlocks } from './code-blocks.ts';
import { draftOf, type TreePass } from './edit.ts';
import { applyRegionalTerms, correctTypos } from './glossary.ts';
import { dropBrokenImages } from './images.ts';
import { nestAnnouncedPoints } from './nested-points.ts';
import { markInlineCode } from './inline-code.ts';
import { collectPrivateAddresses, redactPrivateDetails } from './privacy.ts';
import { cleanQuestionTitles } from './question-title.ts';
import { restoreTerminalOutput } from './terminal-output.ts';
import { typesetProse } from './typeset.ts';

export type { TreePass } from './edit.ts';
export { loadTreeCleanData, type TreeCleanData } from './data.ts';
export { collectPrivateAddresses } from './privacy.ts';

/** The passes in the order `cleanNote` runs them, by name. */
export const TREE_PASSES: ReadonlyArray<readonly [name: string, pass: TreePass]> = [
  ['question-title', cleanQuestionTitles],
  ['images', dropBrokenImages],
  ['captions', dropOrphanCaptions],
  ['nested-points', nestAnnouncedPoints],
  ['code-blocks', restoreCodeBlocks],
  ['terminal-output', restoreTerminalOutput],
  ['regional-terms', applyRegionalTerms],
  ['typos', correctTypos],
  ['inline-code', markInlineCode],
  ['privacy', redactPrivateDetails],
  ['typeset', typesetProse],
];

/** Runs every tree pass over `note` in the documented order; returns a cleaned copy. */
export function cleanNote(note: NoteRecord, context: CleanContext): NoteRecord {
  // One copy for all passes: each pass edits this draft in place.
  return TREE_PASSES.reduce((current, [, pass]) => pass(current, context), draftOf(note));
}

/**
 * Cleans every note with one run-wide private-address map (numbered over the notes sorted by
 * path), so an address has the same placeholder in every note. Returns the notes in input order.
 */
export function cleanNotes(notes: readonly NoteRecord[], context: CleanContext): NoteRecord[] {
  const privateAddresses = context.privateAddresses ?? collectPrivateAddresses(notes, context.data.privacy);
  return notes.map((note) => cleanNote(note, { ...context, privateAddresses }));
}
