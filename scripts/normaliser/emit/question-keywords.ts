/**
 * Search aliases of a question: the glossary terms its title uses, in Chinese as written and in
 * English (`数据卷` -> `数据卷`, `volume`), plus the ASCII words of the title (`CMD`).
 */
import type { CanonicalQuestion } from '../model.ts';
import { defaultIdTerms, type IdTerms } from '../ids/id-terms.ts';
import { titleTokens } from '../ids/title-tokens.ts';

/** Most keywords a page lists. */
export const MAX_KEYWORDS = 12;

/** The question's keywords: those it already has first, then the glossary's, no repeats. */
export function questionKeywords(question: CanonicalQuestion, terms: IdTerms = defaultIdTerms): string[] {
  const keywords: string[] = [...question.keywords];
  const title = question.question.normalize('NFKC').replace(/\s+/g, ' ');
  const asWritten = (text: string): string => {
    const at = title.toLowerCase().indexOf(text);
    return at < 0 ? text : title.slice(at, at + text.length);
  };
  for (const token of titleTokens(question.question, terms)) {
    if (token.kind !== 'term' || token.origin === 'pinyin') continue;
    if (token.words.every((word) => terms.weakWords.has(word))) continue;
    // `1`, `a`: ASCII words that say nothing on their own.
    if (token.origin === 'ascii' && !/[a-z].*[a-z0-9]|[a-z0-9].*[a-z]/.test(token.text)) continue;
    if (/\p{Script=Han}/u.test(token.text)) keywords.push(token.text);
    else keywords.push(asWritten(token.text));
    if (token.origin === 'glossary') keywords.push(token.words.join(' '));
  }
  const seen = new Set<string>();
  return keywords
    .filter((keyword) => {
      const key = keyword.toLowerCase();
      if (!keyword.trim() || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_KEYWORDS);
}
