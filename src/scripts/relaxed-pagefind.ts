/**
 * The Pagefind JS API the search box loads in place of pagefind.js: pagefind.js itself, but with a
 * `search()` that understands the query (src/utils/relaxed-search.ts). Pagefind UI imports
 * `<bundlePath>pagefind.js` and calls `options`, `mergeIndex`, `filters`, `preload` and `search` on
 * the module (a module's exports cannot be wrapped from outside), so src/integrations/search-index.ts
 * bundles this module, with the filler and reader's words, as `<bundle>/query/pagefind.js` next to each
 * bundle, importing `../pagefind.js`, and the rest of the vocabulary as `./vocabulary.js`, which
 * it imports when a query is relaxed; src/scripts/pagefind-ui.ts points Pagefind UI at it. Markup,
 * keyboard use and translations stay Pagefind UI's and Starlight's.
 */
import { relaxedSearch, type PagefindResponse, type PagefindSearcher, type QueryVocabulary } from '../utils/relaxed-search.ts';

/** The exports of pagefind.js that Pagefind UI uses. */
export interface PagefindModule extends PagefindSearcher {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, unknown>>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * `pagefind` with query handling over `vocabulary`; every other call goes to pagefind.js unchanged.
 * The rest of the vocabulary loads once, for the first query that needs it.
 */
export function relaxedPagefind(pagefind: PagefindModule, vocabulary: QueryVocabulary): PagefindModule {
  let loading: ReturnType<QueryVocabulary['load']> | undefined;
  const loadOnce: QueryVocabulary = { filler: vocabulary.filler, readerWords: vocabulary.readerWords, load: () => (loading ??= vocabulary.load()) };
  return {
    options: (options) => pagefind.options(options),
    mergeIndex: (indexPath, options) => pagefind.mergeIndex(indexPath, options),
    filters: () => pagefind.filters(),
    preload: (term, options) => pagefind.preload(term, options),
    init: () => pagefind.init(),
    destroy: () => pagefind.destroy(),
    search: (term, options): Promise<PagefindResponse | null> => relaxedSearch(pagefind, term, loadOnce, options),
  };
}
