/**
 * The search vocabulary from data/: synonym groups (data/glossary/search-synonyms.yaml) and
 * filler words (data/glossary/search-query-words.yaml), validated with zod. Read by the
 * normaliser's keywords (index time) and bundled into the search box's query handling (query
 * time, src/integrations/search-index.ts).
 */
import { z } from 'zod';
import { parseDataYaml, readDataText } from '../../scripts/normaliser/data-file.ts';
import { searchForm, type SearchTerms } from '../utils/search-query.ts';

export const SEARCH_SYNONYMS_FILE = 'data/glossary/search-synonyms.yaml';
export const SEARCH_QUERY_WORDS_FILE = 'data/glossary/search-query-words.yaml';

const term = z.string().trim().min(1).refine((text) => searchForm(text).length > 0, 'a term needs a letter or digit');

/** Schema of search-synonyms.yaml: groups of at least two terms, no term twice in a group. */
export const searchSynonymsSchema = z.array(
  z.array(term).min(2).refine((group) => new Set(group.map(searchForm)).size === group.length, 'a term is repeated in its group'),
);

const chinese = z.string().regex(/^\p{Script=Han}+$/u, 'Chinese characters only');

/** Schema of search-query-words.yaml. */
export const searchQueryWordsSchema = z.object({ filler: z.array(term).min(1), words: z.array(chinese), question: z.array(term) }).strict();

/** Parses and validates the two data files' texts; throws a DataFileError naming file and line. */
export function parseSearchTerms(synonymsYaml: string, queryWordsYaml: string): SearchTerms {
  const synonyms = parseDataYaml(searchSynonymsSchema, synonymsYaml, SEARCH_SYNONYMS_FILE);
  const { filler, words, question } = parseDataYaml(searchQueryWordsSchema, queryWordsYaml, SEARCH_QUERY_WORDS_FILE);
  return { synonyms, filler, words, question };
}

let loaded: SearchTerms | undefined;

/** The project's search vocabulary, read once. */
export function readSearchTerms(): SearchTerms {
  loaded ??= parseSearchTerms(readDataText(SEARCH_SYNONYMS_FILE), readDataText(SEARCH_QUERY_WORDS_FILE));
  return loaded;
}
