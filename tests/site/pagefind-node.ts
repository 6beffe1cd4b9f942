/**
 * Runs the site's real search in Node: loads the built dist/pagefind/pagefind.js (the same code
 * the browser runs, with the same WebAssembly) and merges the same bundles the search UI merges,
 * ranking results with the UI's ranking options (astro.config.mjs, `pagefind.ranking`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SEARCH_RANKING } from '../../src/integrations/search-index.ts';

/** A bundle the search UI merges into the primary one (Starlight's `pagefind.mergeIndex`). */
export interface MergedBundle {
  /** Folder under dist/, e.g. `pagefind-zh`. */
  bundle: string;
  /** Pagefind language to load it as, e.g. `zh-cn`. */
  language: string;
}

/** Searches a built site as a page in `pageLang` would; resolves to result paths, best first. */
export type SiteSearch = (query: string) => Promise<string[]>;

let fetchPatched = false;
let loadedInstances = 0;

/**
 * Opens the built search index of `distDir` as the search box of a page whose `<html lang>` is
 * `pageLang` (Pagefind picks the primary index by that attribute).
 */
export async function openSiteSearch(
  distDir: string,
  pageLang: string,
  merged: MergedBundle[],
): Promise<SiteSearch> {
  patchFetchForFiles();
  // pagefind.js reads the page language from `document`; give it the page's <html lang>.
  const fakeDocument = {
    currentScript: null,
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? pageLang : null) } : null,
  };
  Object.assign(globalThis, { document: fakeDocument });
  // Each import gets its own module instance (and WebAssembly state), like a fresh page.
  loadedInstances += 1;
  const moduleUrl = `${pathToFileURL(join(distDir, 'pagefind', 'pagefind.js')).href}?instance=${loadedInstances}`;
  const pagefind = (await import(moduleUrl)) as PagefindModule;
  const search = pagefind.createInstance({
    basePath: bundleUrl(distDir, 'pagefind'),
    baseUrl: '/',
    ranking: SEARCH_RANKING,
  });
  await search.init();
  for (const { bundle, language } of merged) {
    await search.mergeIndex(bundleUrl(distDir, bundle), { language, baseUrl: '/', ranking: SEARCH_RANKING });
  }
  return async (query) => {
    const response = await search.search(query);
    return Promise.all(response.results.map(async (result) => (await result.data()).url));
  };
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
  createInstance(options: { basePath: string; baseUrl: string; ranking: typeof SEARCH_RANKING }): {
    init(): Promise<void>;
    mergeIndex(path: string, options: { language: string; baseUrl: string; ranking: typeof SEARCH_RANKING }): Promise<void>;
    search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  };
}
