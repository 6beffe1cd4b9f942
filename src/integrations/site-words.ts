/**
 * The Chinese words the site's pages use, for splitting a typed query the way a reader means it
 * (src/utils/search-query.ts, `SearchTerms.dictionary`). The browser's word segmenter glues a
 * filler character to the word after it when it sees the query alone (能解压 -> 能解 + 压); a
 * dictionary of the words the pages hold splits it into 能 + 解压, and 解压 is what Pagefind
 * indexed. Pure: the dictionary lookup is passed in (the build passes CC-CEDICT,
 * scripts/normaliser/ids/cedict.ts).
 */
import { longestMatches } from '../utils/search-query.ts';

/** Longest word kept, in characters: longer dictionary entries are idioms and names, not query words. */
export const LONGEST_SITE_WORD = 4;

const HAN_STRETCH = /\p{Script=Han}+/gu;

/**
 * The dictionary words of two to {@link LONGEST_SITE_WORD} characters that `texts` use, found by
 * splitting each stretch of Chinese by forward longest match over `isWord` (the search box's own
 * splitter, `longestMatches` in src/utils/search-query.ts, so a word is taken
 * where the text says it, not wherever its characters happen to meet: 镜像是 gives 镜像, not
 * 像是); sorted, each once. Markup in `texts` is harmless: only Chinese characters are read.
 * @example siteWords(['ADD 会自动解压 tar 包'], (word) => ['自动', '解压'].includes(word)) // ['自动', '解压']
 */
export function siteWords(texts: Iterable<string>, isWord: (word: string) => boolean): string[] {
  const stretches = new Set<string>();
  for (const text of texts) for (const [stretch] of text.matchAll(HAN_STRETCH)) stretches.add(stretch);
  const words = new Set<string>();
  const known = { has: isWord, longest: LONGEST_SITE_WORD };
  for (const stretch of stretches) for (const word of longestMatches(stretch, known)) if (word.length > 1) words.add(word);
  return [...words].sort();
}
