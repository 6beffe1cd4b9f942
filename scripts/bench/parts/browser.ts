/**
 * Benchmark parts `weight` and `search`: what Chromium downloads on a first visit of a typical
 * question page (ours and plain), and what the first search costs on our site.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { TOPICS } from '../../normaliser/model.ts';
import type { PageWeight, SearchResult, Transfer } from '../report.ts';
import { builtPages, folderBytes, listFiles } from '../sites.ts';
import { serveStatic } from '../static-server.ts';
import { CHROME_FLAGS, type BenchContext } from './context.ts';

/** The Chinese query the search part types (数据卷: "volume"). */
export const SEARCH_QUERY = '数据卷';
/** Pagefind UI's default debounce between typing and searching (Starlight does not change it). */
export const PAGEFIND_DEBOUNCE_MS = 300;

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

/** One first search: bytes and requests from opening the dialog to results, and typing→results time. */
async function firstSearch(browser: Browser, url: string): Promise<{ bytes: number; requests: number; ms: number }> {
  const browserContext = await browser.newContext();
  try {
    const page = await browserContext.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const stop = recordResponses(page);
    await page.click('button[data-open-modal]');
    await page.waitForSelector('#starlight__search input', { state: 'visible' });
    const ms = await page.evaluate(async (query) => {
      const input = document.querySelector<HTMLInputElement>('#starlight__search input') as HTMLInputElement;
      return new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('#starlight__search .pagefind-ui__result')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error('no search results within 15 s')), 15_000);
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }, SEARCH_QUERY);
    await page.waitForLoadState('networkidle');
    const responses = await stop();
    return { bytes: responses.reduce((sum, response) => sum + response.bytes.length, 0), requests: responses.length, ms };
  } finally {
    await browserContext.close();
  }
}

/** Measure the search index and BENCH_RUNS first searches on our site. */
export async function benchSearch(context: BenchContext, oursDist: string): Promise<SearchResult> {
  const pagefindDir = join(oursDist, 'pagefind');
  const result: SearchResult = {
    query: SEARCH_QUERY,
    indexBytes: folderBytes(pagefindDir),
    indexFiles: listFiles(pagefindDir).length,
    firstQueryBytes: [],
    firstQueryRequests: [],
    typingToResultsMs: [],
    debounceMs: PAGEFIND_DEBOUNCE_MS,
  };
  const server = await serveStatic(oursDist);
  const browser = await launchChromium(context);
  try {
    const path = typicalQuestionPage(oursDist, oursDist);
    for (let run = 0; run < context.runs; run++) {
      const { bytes, requests, ms } = await firstSearch(browser, `${server.url}/${path}`);
      context.log(`search run ${run + 1}/${context.runs}: ${Math.round(ms)} ms, ${(bytes / 1024).toFixed(1)} KB in ${requests} requests`);
      result.firstQueryBytes.push(bytes);
      result.firstQueryRequests.push(requests);
      result.typingToResultsMs.push(ms);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
