/**
 * The search box against the real built index, as a reader types into it (issue 11):
 * - every question's title, typed verbatim, shows its own page first, in both UIs;
 * - the hand-written queries of tests/fixtures/search-queries.yaml: one of their answers in the
 *   first three results for at least 95 % of them, and never an empty list. The misses are printed;
 * - the held-out queries of tests/fixtures/search-queries-held-out.yaml (written apart from the
 *   search rules): never an empty list, and recall in the first three at least
 *   {@link HELD_OUT_FLOOR} (a regression floor, not a target; the figure is printed);
 * - every row a reader can use: titled by the page or a real heading (no 补充, no 来自《…》), no
 *   page twice, at most three rows a page;
 * - the dialog with results passes axe-core and keeps Pagefind UI's keyboard use.
 */
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH } from '../../src/plugins/mermaid.ts';
import { questionPages, readContentPages } from '../site/site-content.ts';
import { readSearchQueries } from '../site/search-queries.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';
import { openSearchDialog, typeSearch, type ShownSearch } from './search-dialog.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What is wrong with the rows of one search, for a reader: empty when nothing. */
function rowProblems(query: string, shown: ShownSearch): string[] {
  const problems: string[] = [];
  const paths = shown.results.map((result) => result.path);
  if (new Set(paths).size !== paths.length) problems.push(`${query}: a page twice: ${paths.join(', ')}`);
  for (const result of shown.results) {
    if (result.subResults.length > 2) problems.push(`${query}: ${result.path} takes ${1 + result.subResults.length} rows`);
    for (const title of [result.title, ...result.subResults.map((sub) => sub.title)]) {
      if (/^来自《.*》$/.test(title) || title === '补充' || title === '') problems.push(`${query}: ${result.path} has a row titled "${title}"`);
    }
    if (result.subResults.some((sub) => sub.title === result.title)) problems.push(`${query}: ${result.path} repeats its title as a heading row`);
  }
  return problems;
}

const questions = questionPages(readContentPages());
const queries = readSearchQueries(questions);
const heldOut = readSearchQueries(questions, undefined, 'tests/fixtures/search-queries-held-out.yaml');
/** Least recall in the first three over the held-out queries (86 % in the Chinese UI, 85 % in the English one when it was set). */
const HELD_OUT_FLOOR = 0.78;
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

  it('answers the held-out queries in the first three results, above the floor', { timeout: 600_000 }, async () => {
    const page = await searchPage(home);
    const misses: string[] = [];
    const empty: string[] = [];
    for (const { query, answerPaths } of heldOut) {
      const shown = await typeSearch(page, query);
      if (shown.results.length === 0) empty.push(query);
      const top = shown.results.slice(0, 3).map((result) => result.path);
      if (!top.some((path) => answerPaths.includes(path))) misses.push(`${query} -> ${answerPaths.join(' | ')}; shown: ${top.join(', ') || shown.message}`);
    }
    await page.close();
    const recall = (heldOut.length - misses.length) / heldOut.length;
    console.log(`[${ui}] held-out recall@3 ${(recall * 100).toFixed(1)} % (${heldOut.length - misses.length}/${heldOut.length}), empty lists: ${empty.length}`);
    if (misses.length > 0) console.log(`[${ui}] held-out misses:\n  ${misses.join('\n  ')}`);
    expect(empty).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  it('answers the hand-written queries in the first three results', { timeout: 600_000 }, async () => {
    const page = await searchPage(home);
    const misses: string[] = [];
    const empty: string[] = [];
    const badRows: string[] = [];
    for (const { query, answerPaths } of queries) {
      const shown = await typeSearch(page, query);
      if (shown.results.length === 0) empty.push(query);
      badRows.push(...rowProblems(query, shown));
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
    expect(badRows).toEqual([]);
  });

  it('shows results that pass axe-core and open with the keyboard', async () => {
    const page = await searchPage(home);
    // A question that is relaxed, with heading rows under some pages.
    const shown = await typeSearch(page, 'Dockerfile 中最常见的指令是什么？');
    expect(shown.results.length).toBeGreaterThan(0);
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run({ include: [['#starlight__search']] }, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
    // Tab from the input (past its clear button) reaches the first result's link; Enter opens it.
    await page.locator('#starlight__search input').focus();
    let focused = '';
    for (let step = 0; step < 3 && !focused.startsWith('/'); step += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).pathname : ''));
    }
    expect(focused).toBe(shown.results[0]!.path);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}${shown.results[0]!.path}**`);
    await page.close();
  });
});
