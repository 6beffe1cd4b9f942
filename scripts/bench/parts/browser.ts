/**
 * Benchmark parts `weight` and `search`: what Chromium downloads on a first visit of a typical
 * question page (ours and plain), and what the first search costs on our site.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { SEARCH_DEBOUNCE_MS } from '../../../src/utils/search-bundles.ts';
import { TOPICS } from '../../normaliser/model.ts';
import type { FetchedFile, PageWeight, SearchBundle, SearchResult, Transfer } from '../report.ts';
import { builtPages, folderBytes, listFiles } from '../sites.ts';
import { serveStatic } from '../static-server.ts';
import { CHROME_FLAGS, type BenchContext } from './context.ts';

/** The Chinese query the search part types (数据卷: "volume"). */
export const SEARCH_QUERY = '数据卷';

/**
 * A question as a reader types it, which the search box relaxes (src/utils/relaxed-search.ts):
 * no page holds every word of it, so each of its concepts and their synonyms is searched.
 */
export const RELAXED_QUERY = '数据卷和绑定挂载的区别';

/**
 * The typical question page: among question pages (`<topic>/<id>/index.html`) present in both
 * sites, the one of median HTML size in ours.
 */
export function typicalQuestionPage(oursDist: string, plainDist: string): string {
  const plain = new Set(builtPages(plainDist));
  const questions = builtPages(oursDist)
    .filter((path) => plain.has(path) && TOPICS.some((topic) => new RegExp(`^${topic}/[^/]+/index\\.html$`).test(path)))
    .map((path) => ({ path, bytes: statSync(join(oursDist, path)).size }))
    .sort((a, b) => a.bytes - b.bytes || (a.path < b.path ? -1 : 1));
  const middle = questions[Math.floor((questions.length - 1) / 2)];
  if (!middle) throw new Error(`no question page found in ${oursDist}`);
  return middle.path.replace(/index\.html$/, '');
}

const kindOf = (response: Response): keyof PageWeight['byKind'] => {
  const type = response.request().resourceType();
  return type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
};

/** Collects every response of a page with its body, until `stop()`. */
function recordResponses(page: Page) {
  const pending: Promise<{ url: string; kind: keyof PageWeight['byKind']; bytes: Buffer }>[] = [];
  const listener = (response: Response): void => {
    pending.push(response.body().then((bytes) => ({ url: response.url(), kind: kindOf(response), bytes }), () => ({ url: response.url(), kind: kindOf(response), bytes: Buffer.alloc(0) })));
  };
  page.on('response', listener);
  return async () => {
    page.off('response', listener);
    return Promise.all(pending);
  };
}

export async function launchChromium(context: BenchContext): Promise<Browser> {
  return chromium.launch({ executablePath: context.chromePath, args: CHROME_FLAGS });
}

/** What a first visit of `url` downloads (fresh browser context, so an empty cache). */
export async function measurePageWeight(browser: Browser, url: string, path: string): Promise<PageWeight> {
  const browserContext = await browser.newContext();
  try {
    const page = await browserContext.newPage();
    const stop = recordResponses(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    const responses = await stop();
    const empty = (): Transfer => ({ requests: 0, raw: 0, gzip: 0 });
    const weight: PageWeight = { path, byKind: { html: empty(), css: empty(), js: empty(), other: empty() }, scripts: [] };
    for (const response of responses) {
      const kind = weight.byKind[response.kind];
      kind.requests++;
      kind.raw += response.bytes.length;
      kind.gzip += response.bytes.length > 0 ? gzipSync(response.bytes, { level: 6 }).length : 0;
      if (response.kind === 'js') weight.scripts.push(`${new URL(response.url).pathname} (${(gzipSync(response.bytes).length / 1024).toFixed(1)} KB gz)`);
    }
    weight.scripts.sort();
    return weight;
  } finally {
    await browserContext.close();
  }
}

/** Measure the first-visit weight of the typical question page on both sites. */
export async function benchWeight(context: BenchContext, dists: { ours: string; plain: string }): Promise<{ ours: PageWeight; plain: PageWeight }> {
  const path = typicalQuestionPage(dists.ours, dists.plain);
  const servers = [await serveStatic(dists.ours), await serveStatic(dists.plain)] as const;
  const browser = await launchChromium(context);
  try {
    const ours = await measurePageWeight(browser, `${servers[0].url}/${path}`, path);
    const plain = await measurePageWeight(browser, `${servers[1].url}/${path}`, path);
    context.log(`weight /${path}: measured`);
    return { ours, plain };
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}

/** Bytes a compressing host would send for `body`: gzip (level 6) when that is smaller. */
function compressedSize(body: Buffer): number {
  return body.length > 0 ? Math.min(body.length, gzipSync(body, { level: 6 }).length) : 0;
}

/** Resolves once no request of `page` has been in flight for `quietMs`. */
async function networkQuiet(page: Page, quietMs = 250): Promise<void> {
  let inFlight = 0;
  let lastChange = performance.now();
  const started = (): void => {
    inFlight++;
    lastChange = performance.now();
  };
  const ended = (): void => {
    inFlight--;
    lastChange = performance.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    while (inFlight > 0 || performance.now() - lastChange < quietMs) await new Promise((resolve) => setTimeout(resolve, 25));
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/**
 * Types `query` into the open search dialog and resolves with the milliseconds from the input
 * event to the first result for it with its title and link on screen (Pagefind UI first shows
 * empty placeholders, then fills each from its fragment file; a result for an earlier query does
 * not count: the status line must name this one).
 */
async function typeAndTime(page: Page, query: string): Promise<number> {
  return page.evaluate(async (typed) => {
    const input = document.querySelector<HTMLInputElement>('#starlight__search input') as HTMLInputElement;
    return new Promise<number>((resolve, reject) => {
      const started = performance.now();
      // No named helper functions in here: tsx would wrap them in a `__name` the page lacks.
      const observer = new MutationObserver(() => {
        const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
        const first = document.querySelector('#starlight__search .pagefind-ui__result');
        if (message.includes(typed) && first?.querySelector('.pagefind-ui__result-link')) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      setTimeout(() => reject(new Error(`no search results for ${typed} within 15 s`)), 15_000);
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }, query);
}

/** Resolves once every shown result is filled in and the network has been quiet for a moment. */
async function resultsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('#starlight__search .pagefind-ui__loading'), undefined, { timeout: 15_000 });
  await networkQuiet(page);
}

function fetched(responses: { url: string; bytes: Buffer }[]): FetchedFile[] {
  return responses.map((response) => ({ path: new URL(response.url).pathname, bytes: response.bytes.length, compressedBytes: compressedSize(response.bytes) }));
}

/**
 * One first search of `query` (fresh context, empty cache). Bytes and requests: everything
 * fetched from opening the dialog until every shown result is filled in and the network has been
 * quiet for a moment. With `then`, that query is typed next in the same dialog, and what it adds
 * (requests, bytes, time) is measured the same way: the cost of relaxing a question once the
 * index of the first query is loaded.
 */
async function firstSearch(browser: Browser, url: string, query: string, then?: string): Promise<{ files: FetchedFile[]; ms: number; next?: { files: FetchedFile[]; ms: number } }> {
  const browserContext = await browser.newContext();
  try {
    const page = await browserContext.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const stop = recordResponses(page);
    await page.click('button[data-open-modal]');
    await page.waitForSelector('#starlight__search input', { state: 'visible' });
    const ms = await typeAndTime(page, query);
    await resultsSettled(page);
    const files = fetched(await stop());
    if (!then) return { files, ms };
    const stopNext = recordResponses(page);
    const nextMs = await typeAndTime(page, then);
    await resultsSettled(page);
    return { files, ms, next: { files: fetched(await stopNext()), ms: nextMs } };
  } finally {
    await browserContext.close();
  }
}

/** Every Pagefind bundle of a built site: `dist/pagefind/` and any `dist/pagefind-<name>/`. */
function searchBundles(distDir: string): SearchBundle[] {
  return readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^pagefind(-|$)/.test(entry.name))
    .map((entry) => ({ name: entry.name, bytes: folderBytes(join(distDir, entry.name)), files: listFiles(join(distDir, entry.name)).length }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Measure the search bundles and BENCH_RUNS first searches on our site, bare and relaxed. */
export async function benchSearch(context: BenchContext, oursDist: string): Promise<SearchResult> {
  const result: SearchResult = {
    query: SEARCH_QUERY,
    bundles: searchBundles(oursDist),
    firstQueryBytes: [],
    firstQueryCompressedBytes: [],
    firstQueryRequests: [],
    typingToResultsMs: [],
    debounceMs: SEARCH_DEBOUNCE_MS,
    files: [],
    relaxed: { query: RELAXED_QUERY, firstQueryBytes: [], firstQueryRequests: [], typingToResultsMs: [], afterBareBytes: [], afterBareRequests: [], afterBareMs: [], files: [] },
  };
  const relaxed = result.relaxed!;
  const server = await serveStatic(oursDist);
  const browser = await launchChromium(context);
  const total = (files: FetchedFile[]) => files.reduce((sum, file) => sum + file.bytes, 0);
  try {
    const path = typicalQuestionPage(oursDist, oursDist);
    for (let run = 0; run < context.runs; run++) {
      const { files, ms, next } = await firstSearch(browser, `${server.url}/${path}`, SEARCH_QUERY, RELAXED_QUERY);
      const bytes = total(files);
      const compressed = files.reduce((sum, file) => sum + file.compressedBytes, 0);
      context.log(`search run ${run + 1}/${context.runs}: ${Math.round(ms)} ms, ${(bytes / 1024).toFixed(1)} KB (${(compressed / 1024).toFixed(1)} KB with gzip) in ${files.length} requests`);
      result.firstQueryBytes.push(bytes);
      result.firstQueryCompressedBytes.push(compressed);
      result.firstQueryRequests.push(files.length);
      result.typingToResultsMs.push(ms);
      result.files = files;
      relaxed.afterBareBytes.push(total(next!.files));
      relaxed.afterBareRequests.push(next!.files.length);
      relaxed.afterBareMs.push(next!.ms);
      const first = await firstSearch(browser, `${server.url}/${path}`, RELAXED_QUERY);
      context.log(`relaxed search run ${run + 1}/${context.runs}: first ${Math.round(first.ms)} ms, ${(total(first.files) / 1024).toFixed(1)} KB in ${first.files.length} requests; after ${SEARCH_QUERY} +${Math.round(next!.ms)} ms, +${(total(next!.files) / 1024).toFixed(1)} KB in ${next!.files.length} requests`);
      relaxed.firstQueryBytes.push(total(first.files));
      relaxed.firstQueryRequests.push(first.files.length);
      relaxed.typingToResultsMs.push(first.ms);
      relaxed.files = first.files;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
