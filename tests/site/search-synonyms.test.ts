/**
 * Every term of the synonym table (data/glossary/search-synonyms.yaml), typed into the search as the
 * search box runs it (tests/site/pagefind-node.ts, the real built index), reaches a page about its
 * group: one of the first three results holds a term of the group in its title or keywords (where
 * the normaliser put the group's terms, scripts/normaliser/emit/question-keywords.ts), or, for a
 * group no title or keyword holds, in its answer. So does every reader's word
 * (data/glossary/search-reader-words.yaml), through the group of the term it means, and no page
 * lists one as a keyword.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readSearchTerms } from '../../src/integrations/search-terms.ts';
import { containsTerm, searchForm } from '../../src/utils/search-query.ts';
import { builtSearchTerms, openRelaxedSiteSearch, type SiteSearch } from './pagefind-node.ts';
import { buildSiteOnce } from './site-build.ts';
import { questionPages, readContentPages } from './site-content.ts';

const terms = readSearchTerms();
const questions = questionPages(readContentPages());

/** The question pages holding a term of `group`, by where: title or keywords, else the answer. */
function pagesAbout(group: readonly string[]): Set<string> {
  const forms = group.map(searchForm);
  const holds = (text: string): boolean => forms.some((term) => containsTerm(searchForm(text), term));
  const byTitle = questions.filter((page) => holds(page.title) || page.keywords.some(holds));
  const pages = byTitle.length > 0 ? byTitle : questions.filter((page) => holds(page.body));
  return new Set(pages.map((page) => page.path));
}

describe.each(['zh-CN', 'en'])('every synonym from the %s UI', (lang) => {
  let search: SiteSearch;

  beforeAll(async () => {
    await buildSiteOnce();
    search = await openRelaxedSiteSearch('dist', lang, await builtSearchTerms('dist', lang));
  });

  it('reaches a page about its group in the first three results', async () => {
    const misses: string[] = [];
    let checked = 0;
    for (const group of terms.synonyms) {
      const about = pagesAbout(group);
      expect(about.size, `no page holds any of ${group.join(', ')}: drop the group or fix a term`).toBeGreaterThan(0);
      for (const term of group) {
        checked += 1;
        const shown = (await search(term)).slice(0, 3);
        if (!shown.some((path) => about.has(path))) misses.push(`${term} (${group.join(' | ')}): ${shown.join(', ') || 'nothing'}`);
      }
    }
    for (const { word, means } of terms.readerWords ?? []) {
      checked += 1;
      const group = terms.synonyms.find((terms) => terms.some((term) => searchForm(term) === searchForm(means)))!;
      const shown = (await search(word)).slice(0, 3);
      if (!shown.some((path) => pagesAbout(group).has(path))) misses.push(`${word} -> ${means} (${group.join(' | ')}): ${shown.join(', ') || 'nothing'}`);
    }
    if (misses.length > 0) console.log(`[${lang}] synonyms not reaching their pages:\n  ${misses.join('\n  ')}`);
    expect(checked).toBe(terms.synonyms.flat().length + (terms.readerWords ?? []).length);
    expect(terms.readerWords?.length).toBeGreaterThan(0);
    expect(misses).toEqual([]);
  });
});

describe('a reader’s words', () => {
  it('are no page’s keywords: the pages show the notes’ words', () => {
    const readerWords = (terms.readerWords ?? []).map(({ word }) => searchForm(word));
    const listing = questions.flatMap((page) => page.keywords.filter((keyword) => readerWords.includes(searchForm(keyword))).map((keyword) => `${page.path}: ${keyword}`));
    expect(listing).toEqual([]);
  });
});
