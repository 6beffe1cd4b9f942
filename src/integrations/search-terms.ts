/**
 * The search vocabulary from data/: synonym groups (data/glossary/search-synonyms.yaml), filler
 * words (data/glossary/search-query-words.yaml) and a reader's words for group terms
 * (data/glossary/search-reader-words.yaml), validated with zod. Read by the
 * normaliser's keywords (index time) and bundled into the search box's query handling (query
 * time, src/integrations/search-index.ts).
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { parseDataYaml, readDataText } from '../../scripts/normaliser/data-file.ts';
import { searchForm, type ReaderWord, type SearchTerms } from '../utils/search-query.ts';

export const SEARCH_SYNONYMS_FILE = 'data/glossary/search-synonyms.yaml';
export const SEARCH_QUERY_WORDS_FILE = 'data/glossary/search-query-words.yaml';
export const SEARCH_READER_WORDS_FILE = 'data/glossary/search-reader-words.yaml';

const term = z.string().trim().min(1).refine((text) => searchForm(text).length > 0, 'a term needs a letter or digit');

/** Schema of search-synonyms.yaml: groups of at least two terms, no term twice in a group. */
export const searchSynonymsSchema = z.array(
  z.array(term).min(2).refine((group) => new Set(group.map(searchForm)).size === group.length, 'a term is repeated in its group'),
);

const chinese = z.string().regex(/^\p{Script=Han}+$/u, 'Chinese characters only');

/** Schema of search-query-words.yaml. */
export const searchQueryWordsSchema = z
  .object({ filler: z.array(term).min(1), words: z.array(chinese), question: z.array(term), keptStopwords: z.array(chinese).default([]) })
  .strict();

/** The Chinese stopwords of the `stopwords-iso` package (MIT), as it ships them. */
export function isoChineseStopwords(): readonly string[] {
  const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[] | undefined>;
  return lists.zh ?? [];
}

/**
 * The stopwords a relaxed question drops: those of `stopwords` of two Chinese characters or more
 * (the list's single characters include 内, 小, 打, 管: parts of this site's terms), but for the
 * kept ones and every term the vocabulary searches (synonym terms, whole words, question words).
 */
export function questionStopwords(stopwords: readonly string[], kept: readonly string[], vocabulary: Pick<SearchTerms, 'synonyms' | 'words' | 'question'>): string[] {
  const searched = new Set([...kept, ...vocabulary.synonyms.flat(), ...vocabulary.words, ...vocabulary.question].map(searchForm));
  return [...new Set(stopwords.map(searchForm))].filter((word) => /^\p{Script=Han}{2,}$/u.test(word) && !searched.has(word)).sort();
}

/**
 * Schema of search-reader-words.yaml over the synonym groups: a reader's word -> the group term it
 * means. The term must be one of a group (the word joins that group at query time); the word
 * itself must be in no group and in neither word list of search-query-words.yaml (there it would
 * be searched as itself, or dropped).
 */
export function searchReaderWordsSchema(synonyms: readonly (readonly string[])[], filler: readonly string[], words: readonly string[]) {
  const groupTerms = new Set(synonyms.flat().map(searchForm));
  const fillerWords = new Set(filler.map(searchForm));
  const wholeWords = new Set(words.map(searchForm));
  return z.record(term, term).superRefine((readerWords, context) => {
    for (const [word, means] of Object.entries(readerWords)) {
      if (!groupTerms.has(searchForm(means))) context.addIssue({ code: 'custom', path: [word], message: `${means} is a term of no group in ${SEARCH_SYNONYMS_FILE}` });
      if (groupTerms.has(searchForm(word))) context.addIssue({ code: 'custom', path: [word], message: `${word} is already a term of a group in ${SEARCH_SYNONYMS_FILE}` });
      if (fillerWords.has(searchForm(word))) context.addIssue({ code: 'custom', path: [word], message: `${word} is a filler word in ${SEARCH_QUERY_WORDS_FILE}` });
      if (wholeWords.has(searchForm(word))) context.addIssue({ code: 'custom', path: [word], message: `${word} is a whole word in ${SEARCH_QUERY_WORDS_FILE}` });
    }
  });
}

/**
 * Parses and validates the data files' texts (`readerWordsYaml` absent: no reader's words) and
 * takes the question stopwords from `stopwords` ({@link questionStopwords}); throws a
 * DataFileError naming file and line.
 */
export function parseSearchTerms(synonymsYaml: string, queryWordsYaml: string, readerWordsYaml = '{}\n', stopwords: readonly string[] = []): SearchTerms {
  const synonyms = parseDataYaml(searchSynonymsSchema, synonymsYaml, SEARCH_SYNONYMS_FILE);
  const { filler, words, question, keptStopwords } = parseDataYaml(searchQueryWordsSchema, queryWordsYaml, SEARCH_QUERY_WORDS_FILE);
  const readerWordsByWord = parseDataYaml(searchReaderWordsSchema(synonyms, filler, words), readerWordsYaml, SEARCH_READER_WORDS_FILE);
  const readerWords: ReaderWord[] = Object.entries(readerWordsByWord).map(([word, means]) => ({ word, means }));
  return { synonyms, filler, words, question, readerWords, stopwords: questionStopwords(stopwords, keptStopwords, { synonyms, words, question }) };
}

let loaded: SearchTerms | undefined;

/** The project's search vocabulary, read once. */
export function readSearchTerms(): SearchTerms {
  loaded ??= parseSearchTerms(
    readDataText(SEARCH_SYNONYMS_FILE),
    readDataText(SEARCH_QUERY_WORDS_FILE),
    readDataText(SEARCH_READER_WORDS_FILE),
    isoChineseStopwords(),
  );
  return loaded;
}
