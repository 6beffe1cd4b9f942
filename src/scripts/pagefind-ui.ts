/**
 * Pagefind UI as Starlight's search dialog creates it, with the options Starlight's `pagefind`
 * config cannot set (its schema keeps only ranking, merged indexes and index weight).
 * astro.config.mjs points the import `@pagefind/default-ui` of Starlight's Search component here;
 * everything else (markup, styles, translations, result URLs) stays Starlight's own.
 *
 * - `bundlePath`: the bundle of this page's language (src/utils/search-bundles.ts) instead of
 *   `/pagefind/` for every UI, and no merged index that is that same bundle: the Chinese UI loads
 *   the Chinese bundle alone (one metadata file, one index, no English pages), the English UI its
 *   English bundle with the Chinese one merged.
 * - `debounceTimeoutMs`: SEARCH_DEBOUNCE_MS (100) instead of 300.
 * - `noWorker`: pagefind.js 1.6 runs the search in a Web Worker by default, which costs a second
 *   script nearly as big as pagefind.js (pagefind-worker.js, 42 KB) and one more round trip
 *   before the index starts loading. This site's index is small (a search takes a few
 *   milliseconds), so the main thread does it. Pagefind UI hands the options it does not know to
 *   pagefind.js, whose wrapper reads `noWorker`.
 */
import { PagefindUI as DefaultPagefindUI, type PagefindUIOptions } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { SEARCH_DEBOUNCE_MS, searchBundleFor } from '../utils/search-bundles';

export class PagefindUI extends DefaultPagefindUI {
  constructor(options: PagefindUIOptions) {
    // Starlight passes `<base>/pagefind/`: keep the base, swap the folder.
    const bundlePath = (options.bundlePath ?? '/pagefind/').replace(/pagefind\/$/, `${searchBundleFor(document.documentElement.lang)}/`);
    super({
      ...options,
      bundlePath,
      mergeIndex: (options.mergeIndex ?? []).filter((index) => index.bundlePath !== bundlePath),
      debounceTimeoutMs: SEARCH_DEBOUNCE_MS,
      noWorker: true,
    });
  }
}
