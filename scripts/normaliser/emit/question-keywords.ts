/**
 * Search aliases of a question: the glossary terms its title uses, in Chinese as written and in
 * English (`数据卷` -> `数据卷`, `volume`), plus the ASCII words of the title (`CMD`), then the
 * other terms of every search synonym group (data/glossary/search-synonyms.yaml) the title or
 * those keywords mention (`如何配置自动容器重启？` -> `重启策略`, `restart policy`, `--restart`).
 * The page shows them and Pagefind indexes them, weighted like a heading (src/components/PageTitle.astro).
 */
import type { CanonicalQuestion } from '../model.ts';
import { defaultIdTerms, type IdTerms } from '../ids/id-terms.ts';
import { titleTokens } from '../ids/title-tokens.ts';
import { readSearchTerms } from '../../../src/integrations/search-terms.ts';
import { groupsMentioned } from '../../../src/utils/search-query.ts';

/** Most keywords a page lists from its title (the question's own and the glossary's). */
export const MAX_KEYWORDS = 12;

/** Most synonyms a page lists after those. */
export const MAX_SYNONYMS = 10;

/**
 * The question's keywords: those it already has first, then the glossary's, then the synonyms of
 * both, no repeats in any case.
 */
export function questionKeywords(
  question: CanonicalQuestion,
  terms: IdTerms = defaultIdTerms,
  synonyms: readonly (readonly string[])[] = readSearchTerms().synonyms,
): string[] {
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
  const own = distinct(keywords).slice(0, MAX_KEYWORDS);
  const mentioned = [title, ...own].flatMap((text) => groupsMentioned(text, synonyms));
  const added = distinct([...own, ...mentioned.flat()]).slice(own.length, own.length + MAX_SYNONYMS);
  return [...own, ...added];
}

/** `texts` without blanks and without repeats in any case, first spelling kept. */
function distinct(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = text.normalize('NFKC').toLowerCase();
    if (!text.trim() || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
