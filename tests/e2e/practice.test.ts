/**
 * Interview practice in a real browser (Chromium against `astro preview`): self-test mode (mouse,
 * keyboard, remembered across reloads, both languages), the random question link, the topic
 * sort, the print view on screen and as printed, and axe-core on the practice controls.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH } from '../../src/plugins/mermaid.ts';
import { questionPages, readContentPages } from '../site/site-content.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';

const SCREENSHOTS = 'test-results';
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const questions = questionPages(readContentPages());
/** Container vs VM: asked in three notes, has a long answer. */
const sample = questions.find((question) => question.path === '/basics/docker-vs-vm/') ?? questions[0]!;

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let problems: string[] = [];

async function openPage(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${server.origin}${path}`);
  return page;
}

/**
 * axe-core's violations on the page (WCAG 2 A/AA and best-practice rules), within `include`
 * selectors when given (else the whole page), leaving out `exclude`.
 */
async function axeViolations(page: Page, include?: string[], exclude: string[] = []): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async ([selectors, excluded]) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const target = { include: selectors ? selectors.map((selector) => [selector]) : [['html']], exclude: excluded.map((selector) => [selector]) };
    const result = await axe.run(target, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  }, [include, exclude] as const);
  return violations;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startPreview();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(async () => {
  await context?.close();
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
});

/** A fresh browser context per test: localStorage (the remembered mode) starts empty. */
async function freshContext(): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}

describe('self-test mode', () => {
  it('hides the answer behind 显示答案, remembers the mode across reloads, and reveals on click', async () => {
    await freshContext();
    const page = await openPage(sample.path);
    const toggle = page.getByRole('button', { name: '自测模式' });
    const answer = page.locator('#answer');
    const reveal = page.locator('[data-answer-reveal]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(answer.isVisible()).resolves.toBe(true);
    await expect(reveal.isVisible()).resolves.toBe(false);

    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(answer.isVisible()).resolves.toBe(false);
    await expect(reveal.textContent()).resolves.toBe('显示答案');
    await expect(reveal.getAttribute('aria-expanded')).resolves.toBe('false');

    await page.reload();
    await expect(page.locator('html').getAttribute('data-self-test')).resolves.toBe('on');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(answer.isVisible()).resolves.toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/practice-self-test-zh.png` });

    await reveal.click();
    await expect(answer.isVisible()).resolves.toBe(true);
    await expect(reveal.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(reveal.textContent()).resolves.toBe('隐藏答案');

    // The mode holds on other pages too, and turns off again.
    await page.goto(`${server.origin}${questions.find((question) => question !== sample)!.path}`);
    await expect(page.locator('#answer').isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(page.locator('#answer').isVisible()).resolves.toBe(true);
    await page.reload();
    await expect(page.locator('#answer').isVisible()).resolves.toBe(true);
  });

  it('works from the keyboard: Tab to the toggle, Enter; Tab to 显示答案, Space', async () => {
    await freshContext();
    const page = await openPage(sample.path);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset ?? {});
    // As a keyboard reader does: the first Tab reaches Starlight's skip link, Enter jumps to the content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#_top'); // Starlight's PAGE_TITLE_ID
    await page.keyboard.press('Enter');
    let tabs = 0;
    while (!('selfTestToggle' in (await focused())) && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect('selfTestToggle' in (await focused())).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#answer').isVisible()).resolves.toBe(false);
    while (!('answerReveal' in (await focused())) && tabs < 80) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect('answerReveal' in (await focused())).toBe(true);
    await page.keyboard.press('Space');
    await expect(page.locator('#answer').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-answer-reveal]').getAttribute('aria-expanded')).resolves.toBe('true');
  });

  it('speaks English on /en/ pages', async () => {
    await freshContext();
    const page = await openPage(`/en${sample.path}`);
    await page.getByRole('button', { name: 'Self-test mode' }).click();
    await expect(page.getByRole('button', { name: 'Show answer' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('#answer').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/practice-self-test-en.png` });
  });

  it('hides the summaries of a topic index and every answer of the print view', async () => {
    await freshContext();
    const page = await openPage(`/${sample.topic}/print/`);
    await page.getByRole('button', { name: '自测模式' }).click();
    const answers = page.locator('[data-practice-answer]');
    await expect(answers.count()).resolves.toBe(questions.filter((question) => question.topic === sample.topic).length);
    await expect(answers.first().isVisible()).resolves.toBe(false);
    await page.locator('[data-answer-reveal]').first().click();
    await expect(answers.first().isVisible()).resolves.toBe(true);
    await expect(answers.nth(1).isVisible()).resolves.toBe(false);
    await page.goto(`${server.origin}/${sample.topic}/`);
    const hints = page.locator('[data-practice-hint]');
    if ((await hints.count()) > 0) await expect(hints.first().isVisible()).resolves.toBe(false);
  });
});

describe('random question', () => {
  it.each([
    ['', '本主题随机一题', sample.path],
    ['/en', 'Random question in this topic', sample.path],
    ['', '随机一题', '/'],
    ['/en', 'Random question', '/en/'],
  ])('%s · "%s" (from %s) lands on a question page of that language', async (prefix, label, from) => {
    await freshContext();
    const page = await openPage(from === '/' || from === '/en/' ? from : `${prefix}${from}`);
    await page.getByRole('link', { name: label, exact: true }).first().click();
    await page.waitForURL((url) => questions.some((question) => `${prefix}${question.path}` === url.pathname));
    const path = new URL(page.url()).pathname;
    const landed = questions.find((question) => `${prefix}${question.path}` === path);
    expect(landed, path).toBeDefined();
    if (label.includes('主题') || label.includes('topic')) expect(landed?.topic).toBe(sample.topic);
    await expect(page.locator('h1').first().textContent()).resolves.toBe(landed?.title);
  });
});

describe('topic index sort', () => {
  it('orders by frequency and back to the learning order', async () => {
    await freshContext();
    const page = await openPage(`/${sample.topic}/`);
    const items = page.locator('.sl-markdown-content ol > li');
    const order = () => items.evaluateAll((lis) => lis.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
    const frequencies = () => items.evaluateAll((lis) => lis.map((li) => Number(li.querySelector<HTMLElement>('[data-frequency]')?.dataset.frequency ?? 0)));
    const learning = await order();
    expect(learning.length).toBe(questions.filter((question) => question.topic === sample.topic).length);
    const hasFrequencies = (await page.locator('[data-frequency]').count()) > 0;
    expect(hasFrequencies, 'topic index items carry data-frequency (TopicQuestion)').toBe(true);
    await page.getByRole('button', { name: '出现频率' }).click();
    const byFrequency = await frequencies();
    expect(byFrequency).toEqual([...byFrequency].sort((a, b) => b - a));
    expect(byFrequency[0]).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('button', { name: '出现频率' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.screenshot({ path: `${SCREENSHOTS}/practice-topic-by-frequency.png` });
    await page.getByRole('button', { name: '学习顺序' }).click();
    await expect(order()).resolves.toEqual(learning);
  });
});

describe('print view', () => {
  it.each(['', '/en'])('%s/<topic>/print/ shows every question, prints without chrome, wraps code', async (prefix) => {
    await freshContext();
    const topic = sample.topic;
    const page = await openPage(`${prefix}/${topic}/print/`);
    const titles = await page.locator('.print-question > h2').allTextContents();
    // Every question of the topic once (the learning order is checked in tests/site/practice-build.test.ts).
    expect(titles.map((title) => title.trim()).sort()).toEqual(
      questions.filter((question) => question.topic === topic).map((question) => question.title).sort(),
    );
    await page.screenshot({ path: `${SCREENSHOTS}/practice-print${prefix.replace('/', '-')}-screen.png` });

    // Self-test on: printing still shows the answers.
    await page.getByRole('button', { name: prefix ? 'Self-test mode' : '自测模式' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('#starlight__sidebar').isVisible()).resolves.toBe(false);
    await expect(page.locator('.practice-bar').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-practice-answer]').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-question-url').first().isVisible()).resolves.toBe(true);
    const pre = page.locator('.print-question pre').first();
    if ((await pre.count()) > 0) await expect(pre.evaluate((element) => getComputedStyle(element).whiteSpace)).resolves.toBe('pre-wrap');
    await expect(page.locator('.print-question').nth(1).evaluate((element) => getComputedStyle(element).breakBefore)).resolves.toBe('page');
    await page.screenshot({ path: `${SCREENSHOTS}/practice-print${prefix.replace('/', '-')}-print.png` });
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['question page', sample.path],
    ['question page, English', `/en${sample.path}`],
    ['topic index', `/${sample.topic}/`],
    ['print view', `/${sample.topic}/print/`],
    ['home', '/'],
  ])('%s: no violations on the practice controls, in both modes', async (_name, path) => {
    await freshContext();
    const page = await openPage(path);
    const controls = ['.practice-bar', '.answer-reveal', '.question-frequency', '.frequent-questions', '.topic-question'];
    const present = [];
    for (const selector of controls) if ((await page.locator(selector).count()) > 0) present.push(selector);
    expect(await axeViolations(page, present)).toEqual([]);
    await page.locator('[data-self-test-toggle]').first().click();
    expect(await axeViolations(page, present)).toEqual([]);
  });

  it('question page: no violations on the whole page in self-test mode', async () => {
    await freshContext();
    const page = await openPage(sample.path);
    await page.locator('[data-self-test-toggle]').click();
    // Starlight's own search button fails best-practice label-content-name-mismatch ("搜索" vs
    // "搜索 Ctrl K"); not a practice control, so it is left out here.
    expect(await axeViolations(page, undefined, ['button[data-open-modal]'])).toEqual([]);
  });
});
