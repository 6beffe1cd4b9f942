/**
 * Text normalisation applied right after decoding: line endings and odd spaces.
 * Every change keeps line N of the result on line N of the original file.
 */

/** Spaces that look like a space but are not U+0020: NBSP, U+3000, the U+2000 block, narrow NBSP. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Characters with no width that copy-paste leaves behind (ZWSP, ZWNJ, ZWJ, word joiner, stray BOM). */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Unicode line/paragraph separators: not line breaks for the notes' readers, so they become spaces. */
const UNICODE_SEPARATORS = /[\u2028\u2029]/g;

/**
 * Normalise decoded text: CRLF and lone CR become LF (each was one line break, so numbering holds),
 * NBSP / U+3000 / other odd spaces become U+0020, zero-width characters are removed.
 *
 * @example normaliseText('a\r\nb\u3000c\u200B') // 'a\nb c'
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(UNICODE_SEPARATORS, ' ')
    .replace(ODD_SPACES, ' ')
    .replace(ZERO_WIDTH, '');
}
