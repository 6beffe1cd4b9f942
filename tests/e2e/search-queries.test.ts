/**
 * The search box against the real built index, as a reader types into it (issue 11):
 * - every question's title, typed verbatim, shows its own page first, in both UIs;
 * - the hand-written queries of tests/fixtures/search-queries.yaml: one of their answers in the
 *   first three results for at least 95 % of them, and never an empty list. The misses are printed.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH } from '../../src/plugins/mermaid.ts';
import { questionPages, readContentPages } from '../site/site-content.ts';
import { readSearchQueries } from '../site/search-queries.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';
import { openSearchDialog, typeSearch } from './search-dialog.ts';

const questions = questionPages(readContentPages());
const queries = readSearchQueries(questions);
const UIS = [
  { ui: 'zh-CN', home: '/' },
  { ui: 'en', home: '/en/' },
] as const;

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function searchPage(home: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${home}`);
  await openSearchDialog(page);
  return page;
}

/** The built pages' titles: the `<h1>` each question page shows (read from the page itself). */
async function builtTitles(page: Page): Promise<{ path: string; title: string }[]> {
  const titles: { path: string; title: string }[] = [];
  for (const question of questions) {
    const response = await page.request.get(`${server.origin}${question.path}`);
    const html = await response.text();
    const h1 = /<h1[^>]*id="_top"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
    titles.push({ path: question.path, title: decodeEntities(h1.replace(/<[^>]+>/g, '')).trim() });
  }
  return titles;
}

function decodeEntities(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe.each(UIS)('search from the $ui UI', ({ ui, home }) => {
  it('shows each question first when its title is typed verbatim', { timeout: 600_000 }, async () => {
    const page = await searchPage(home);
    const titles = await builtTitles(page);
    expect(titles.every(({ title }) => title.length > 0)).toBe(true);
    const misses: string[] = [];
    for (const { path, title } of titles) {
      const shown = await typeSearch(page, title);
      if (shown.results[0]?.path !== path) misses.push(`${title} -> ${path}; shown: ${shown.results.slice(0, 3).map((r) => r.path).join(', ') || shown.message}`);
    }
    await page.close();
    if (misses.length > 0) console.log(`[${ui}] titles not first (${misses.length} of ${titles.length}):\n  ${misses.join('\n  ')}`);
    expect(misses).toEqual([]);
  });

  it('answers the hand-written queries in the first three results', { timeout: 600_000 }, async () => {
    const page = await searchPage(home);
    const misses: string[] = [];
    const empty: string[] = [];
    for (const { query, answerPaths } of queries) {
      const shown = await typeSearch(page, query);
      if (shown.results.length === 0) empty.push(query);
      const top = shown.results.slice(0, 3).map((result) => result.path);
      if (!top.some((path) => answerPaths.includes(path))) {
        misses.push(`${query} -> ${answerPaths.join(' | ')}; shown: ${top.join(', ') || shown.message}`);
      }
    }
    await page.close();
    const recall = (queries.length - misses.length) / queries.length;
    console.log(`[${ui}] recall@3 ${(recall * 100).toFixed(1)} % (${queries.length - misses.length}/${queries.length}), empty lists: ${empty.length}`);
    if (misses.length > 0) console.log(`[${ui}] misses:\n  ${misses.join('\n  ')}`);
    expect(empty).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
