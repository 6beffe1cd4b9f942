/**
 * Which Pagefind bundle each UI searches, and how the search box waits for typing. Shared by the
 * build (src/integrations/search-index.ts writes the bundles), the browser
 * (src/scripts/pagefind-ui.ts opens them) and the tests; no Node or browser APIs here.
 */

/**
 * The bundles, by the `<html lang>` of their pages:
 * - `pagefind`: the Chinese pages. The Chinese UI searches it alone, so a first search there loads
 *   one pagefind.js, one WebAssembly module, one metadata file and one index's chunks, and never
 *   finds an English page. Starlight's default folder: if the UI ever stops picking a bundle,
 *   every UI still searches the Chinese pages.
 * - `pagefind-en`: the English pages (translations). The English UI searches it and merges
 *   `pagefind` as `zh-cn` (astro.config.mjs, `pagefind.mergeIndex`), so English-UI readers find
 *   every answer not yet translated, in Chinese. Pagefind splits a query into Chinese words only
 *   for an index it loads as `zh`, and it loads the first bundle as the page's language, so the
 *   Chinese pages must be the merged one there. Untranslated `/en/` fallback pages are in no
 *   bundle (src/route-data.ts).
 */
export const SEARCH_BUNDLES = { zh: 'pagefind', en: 'pagefind-en' } as const;

/**
 * Folder, inside each bundle, of the search box's query module: `<bundle>/query/pagefind.js`,
 * pagefind.js's API with query handling (src/scripts/relaxed-pagefind.ts), importing the
 * bundle's `../pagefind.js`. Pagefind UI loads `<bundlePath>pagefind.js`, so its bundle path is
 * this folder (src/scripts/pagefind-ui.ts).
 */
export const QUERY_MODULE_DIR = 'query';

/** A bundle folder under dist/. */
export type SearchBundle = (typeof SEARCH_BUNDLES)[keyof typeof SEARCH_BUNDLES];

/**
 * The bundle of a page's `<html lang>`, and so the first bundle its UI searches: English for `en`
 * and `en-*`, else Chinese.
 * @example searchBundleFor('en') === 'pagefind-en'
 * @example searchBundleFor('zh-CN') === 'pagefind'
 */
export function searchBundleFor(htmlLang: string): SearchBundle {
  return /^en(-|$)/i.test(htmlLang) ? SEARCH_BUNDLES.en : SEARCH_BUNDLES.zh;
}

/**
 * Milliseconds the search box waits after the last input before it searches (Pagefind UI's
 * default is 300). Readers typing Chinese with an IME fire one input per committed word, not per
 * key, and Pagefind UI starts loading the index chunks of what was typed at once, so 100 ms is
 * enough to skip the searches for half-typed Latin words without making every search wait.
 */
export const SEARCH_DEBOUNCE_MS = 100;

/**
 * Pagefind weight of a question page's keywords (src/components/PageTitle.astro), on Pagefind's
 * scale where body text is 1 and headings 7 (h1) down to 2 (h6): the keywords and the synonyms
 * the normaliser adds to them (data/glossary/search-synonyms.yaml) say what the page is about,
 * so a hit there counts like a section heading.
 */
export const KEYWORDS_SEARCH_WEIGHT = 5;
