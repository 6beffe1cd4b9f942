/**
 * The site in a real browser: playwright-core drives the Debian Chromium against `astro preview`.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH } from '../../src/plugins/mermaid.ts';
import { questionPages, readContentPages } from '../site/site-content.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';
import { SEARCH_CASES } from './search-cases.ts';
import { QUERY_MODULE_DIR, SEARCH_BUNDLES, searchBundleFor } from '../../src/utils/search-bundles.ts';

const SCREENSHOTS = 'test-results';
const questions = questionPages(readContentPages());
/** The question page the single-page checks use: the first one with a diagram, else the first. */
const samplePage = questions.find((page) => /^```mermaid\s*$/m.test(page.body)) ?? questions[0]!;

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let consoleErrors: string[] = [];

async function openPage(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`${path}: ${response.status()} ${response.url()}`);
  });
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** Types into Starlight's search dialog and waits for Pagefind's results; returns their paths. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('#starlight__search input');
  await input.waitFor();
  await input.fill(query);
  const links = page.locator('#starlight__search .pagefind-ui__result-link');
  await links.first().waitFor({ timeout: 15_000 });
  return (await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname)))
    .filter((path, index, all) => all.indexOf(path) === index);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startPreview();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  expect(consoleErrors).toEqual([]);
  consoleErrors = [];
});

describe('search', () => {
  it.each(SEARCH_CASES)('"$query" from the $ui UI reaches the page whose title has "$titleHas"', async (searchCase) => {
    const expected = questions.filter((page) => page.title.includes(searchCase.titleHas));
    expect(expected, `update tests/e2e/search-cases.ts: "${searchCase.titleHas}"`).toHaveLength(1);
    const target = expected[0]!;
    const page = await openPage(searchCase.ui === 'en' ? '/en/' : '/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const results = await search(page, searchCase.query);
    expect(results.slice(0, 3)).toContain(target.path);
    // The UI's own bundle first, plus the Chinese one in the English UI; the query module, the
    // one pagefind.js it wraps and one WebAssembly module, searched on the main thread
    // (src/scripts/pagefind-ui.ts, src/scripts/relaxed-pagefind.ts).
    const bundles = new Set<string>([searchBundleFor(searchCase.ui), SEARCH_BUNDLES.zh]);
    const pagefindFiles = requested.filter((path) => path.startsWith('/pagefind'));
    expect(pagefindFiles.filter((path) => !bundles.has(path.split('/')[1] ?? ''))).toEqual([]);
    expect(pagefindFiles.filter((path) => /\/(pagefind\.js|wasm\.[^/]*)$/.test(path))).toEqual([
      `/${searchBundleFor(searchCase.ui)}/${QUERY_MODULE_DIR}/pagefind.js`,
      `/${searchBundleFor(searchCase.ui)}/pagefind.js`,
      `/${searchBundleFor(searchCase.ui)}/wasm.unknown.pagefind`,
    ]);
    expect(pagefindFiles.filter((path) => path.endsWith('/pagefind-worker.js'))).toEqual([]);
    if (searchCase.query === '绑定挂载') await page.screenshot({ path: `${SCREENSHOTS}/search-results.png` });
    await page.locator(`#starlight__search .pagefind-ui__result-link[href^="${target.path}"]`).first().click();
    await page.waitForURL(`${server.origin}${target.path}**`);
    await expect(page.locator('h1').first().textContent()).resolves.toBe(target.title);
    await page.close();
  });
});

describe('question page', () => {
  it('copies an absolute link that opens the same answer', async () => {
    const page = await openPage(samplePage.path);
    await page.getByRole('button', { name: '复制链接' }).click();
    // The status is set once the clipboard write resolves, after the click returns.
    await expect.poll(() => page.locator('copy-link [role="status"]').textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^https?://[^/]+${samplePage.path}$`));
    // The copied URL names the public site; open its path on the preview server.
    await page.goto(`${server.origin}${new URL(copied).pathname}`);
    await expect(page.locator('h1').first().textContent()).resolves.toBe(samplePage.title);
    await page.close();
  });

  it('switches to English through the language picker', async () => {
    const page = await openPage(samplePage.path);
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await page.waitForURL(`${server.origin}/en${samplePage.path}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('renders in %s mode (screenshot)', async (colorScheme) => {
    const page = await openPage(samplePage.path);
    await page.evaluate((theme) => {
      localStorage.setItem('starlight-theme', theme);
    }, colorScheme);
    await page.reload();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(colorScheme);
    if (/^```mermaid\s*$/m.test(samplePage.body)) {
      // Build-time SVG, or drawn in the browser when the build had no Chromium: an SVG either way.
      await page.locator('.sl-markdown-content svg[id^="mermaid"]').first().waitFor();
    }
    await page.screenshot({ path: `${SCREENSHOTS}/question-${colorScheme}.png`, fullPage: true });
    await page.close();
  });
});

describe('home page', () => {
  it('lists the seven topics and opens search from its search box (screenshot)', async () => {
    const page = await openPage('/');
    await expect(page.locator('.topic-overview li').count()).resolves.toBe(7);
    await page.screenshot({ path: `${SCREENSHOTS}/home.png`, fullPage: true });
    await page.locator('home-search button').click();
    await page.locator('#starlight__search input').waitFor();
    await expect(page.locator('dialog[aria-label]').first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
