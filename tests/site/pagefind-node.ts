/**
 * Runs the site's real search in Node: loads a built bundle's pagefind.js (the same code the
 * browser runs, with the same WebAssembly) and opens the bundles the search box of a page in that
 * language opens (src/utils/search-bundles.ts, src/scripts/pagefind-ui.ts), ranking results with
 * the UI's ranking options (astro.config.mjs, `pagefind.ranking`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { INDEX_LANGUAGE, SEARCH_RANKING } from '../../src/integrations/search-index.ts';
import { readSearchTerms } from '../../src/integrations/search-terms.ts';
import { QUERY_MODULE_DIR, SEARCH_BUNDLES, searchBundleFor } from '../../src/utils/search-bundles.ts';
import { relaxedSearch, type PagefindSearcher } from '../../src/utils/relaxed-search.ts';
import type { SearchTerms } from '../../src/utils/search-query.ts';

/** Searches a built site as a page in `pageLang` would; resolves to result paths, best first. */
export type SiteSearch = (query: string) => Promise<string[]>;

let fetchPatched = false;
let loadedInstances = 0;

/**
 * The vocabulary the built search box of a page in `pageLang` works with: the data files' (whose
 * filler and reader's words the query module holds) with what the build wrote into the bundle's
 * `query/vocabulary.js` (src/integrations/search-index.ts), the site dictionary included.
 */
export async function builtSearchTerms(distDir: string, pageLang: string): Promise<SearchTerms> {
  const path = join(distDir, searchBundleFor(pageLang), QUERY_MODULE_DIR, 'vocabulary.js');
  const built = (await import(`${pathToFileURL(path).href}?read=${Date.now()}`)) as { default: Omit<SearchTerms, 'filler' | 'readerWords'> };
  return { ...readSearchTerms(), ...built.default };
}

/** Opens the search of `distDir` as the search box of a page in `pageLang` (`<html lang>`) does. */
export async function openSiteSearch(distDir: string, pageLang: string): Promise<SiteSearch> {
  const search = await openPagefind(distDir, pageLang);
  return async (query) => {
    const response = await search.search(query);
    return Promise.all((response?.results ?? []).map(async (result) => (await result.data()).url));
  };
}

/**
 * The same search with the search box's query handling (src/utils/relaxed-search.ts, as
 * src/scripts/relaxed-pagefind.ts runs it in the browser) over `terms`.
 */
export async function openRelaxedSiteSearch(distDir: string, pageLang: string, terms: SearchTerms): Promise<SiteSearch> {
  const search = await openPagefind(distDir, pageLang);
  return async (query) => {
    const response = await relaxedSearch(search, query, { filler: terms.filler, readerWords: (terms.readerWords ?? []).map((reader) => reader.word), load: async () => terms });
    return Promise.all((response?.results ?? []).map(async (result) => (await result.data()).url));
  };
}

/** The pagefind.js instance a page in `pageLang` searches with, its merged bundles loaded. */
export async function openPagefind(distDir: string, pageLang: string): Promise<PagefindSearcher> {
  patchFetchForFiles();
  // pagefind.js reads the page language from `document`; give it the page's <html lang>.
  const fakeDocument = {
    currentScript: null,
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? pageLang : null) } : null,
  };
  Object.assign(globalThis, { document: fakeDocument });
  const primary = searchBundleFor(pageLang);
  // astro.config.mjs merges the Chinese bundle; the UI leaves it out where it is the first one.
  const merged = [SEARCH_BUNDLES.zh].filter((bundle) => bundle !== primary);
  // Each import gets its own module instance (and WebAssembly state), like a fresh page.
  loadedInstances += 1;
  const moduleUrl = `${pathToFileURL(join(distDir, primary, 'pagefind.js')).href}?instance=${loadedInstances}`;
  const pagefind = (await import(moduleUrl)) as PagefindModule;
  const search = pagefind.createInstance({
    basePath: bundleUrl(distDir, primary),
    baseUrl: '/',
    ranking: SEARCH_RANKING,
  });
  await search.init();
  for (const bundle of merged) {
    await search.mergeIndex(bundleUrl(distDir, bundle), { language: INDEX_LANGUAGE, baseUrl: '/', ranking: SEARCH_RANKING });
  }
  return search;
}

function bundleUrl(distDir: string, bundle: string): string {
  return `${pathToFileURL(join(distDir, bundle)).href}/`;
}

/** Node's fetch cannot read file: URLs, which is how pagefind.js loads its index here. */
function patchFetchForFiles(): void {
  if (fetchPatched) return;
  fetchPatched = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return networkFetch(input, init);
    return new Response(await readFile(fileURLToPath(url.split('?')[0] ?? url)));
  };
}

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; ranking: typeof SEARCH_RANKING }): PagefindSearcher & {
    init(): Promise<void>;
    mergeIndex(path: string, options: { language: string; baseUrl: string; ranking: typeof SEARCH_RANKING }): Promise<void>;
  };
}
