/**
 * Pagefind UI as Starlight's search dialog creates it, with the options Starlight's `pagefind`
 * config cannot set (its schema keeps only ranking, merged indexes and index weight).
 * astro.config.mjs points the import `@pagefind/default-ui` of Starlight's Search component here;
 * everything else (markup, styles, translations, result URLs) stays Starlight's own.
 *
 * - `bundlePath`: the query module of the bundle of this page's language
 *   (`<bundle>/query/`, src/utils/search-bundles.ts) instead of `/pagefind/` for every UI: Pagefind
 *   UI imports `<bundlePath>pagefind.js`, which is pagefind.js with query handling
 *   (src/scripts/relaxed-pagefind.ts: filler words dropped, synonyms, key terms searched one by
 *   one when the query finds few pages, readable sub-results). No merged index that is that same
 *   bundle: the Chinese UI loads the Chinese bundle alone (one metadata file, one index, no English
 *   pages), the English UI its English bundle with the Chinese one merged.
 * - `debounceTimeoutMs`: SEARCH_DEBOUNCE_MS (100) instead of 300.
 * - the input's `aria-label` (Pagefind UI gives it only a `title`).
 * - `noWorker`: pagefind.js 1.6 runs the search in a Web Worker by default, which costs a second
 *   script nearly as big as pagefind.js (pagefind-worker.js, 42 KB) and one more round trip
 *   before the index starts loading. This site's index is small (a search takes a few
 *   milliseconds), so the main thread does it. Pagefind UI hands the options it does not know to
 *   pagefind.js, whose wrapper reads `noWorker`.
 */
import { PagefindUI as DefaultPagefindUI, type PagefindUIOptions } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { QUERY_MODULE_DIR, SEARCH_DEBOUNCE_MS, searchBundleFor } from '../utils/search-bundles';

export class PagefindUI extends DefaultPagefindUI {
  constructor(options: PagefindUIOptions) {
    // Starlight passes `<base>/pagefind/`: keep the base, swap the folder.
    const bundleFolder = (options.bundlePath ?? '/pagefind/').replace(/pagefind\/$/, `${searchBundleFor(document.documentElement.lang)}/`);
    super({
      ...options,
      bundlePath: `${bundleFolder}${QUERY_MODULE_DIR}/`,
      mergeIndex: (options.mergeIndex ?? []).filter((index) => index.bundlePath !== bundleFolder),
      debounceTimeoutMs: SEARCH_DEBOUNCE_MS,
      noWorker: true,
    });
    // Pagefind UI names its input by `title` only (axe-core: label-title-only); give it the same
    // name as its accessible label. The UI renders synchronously, so the input exists now.
    const root = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
    const input = root?.querySelector('input');
    if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', input.title || input.placeholder);
  }
}
