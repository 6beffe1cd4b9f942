/**
 * Hostile notes through the whole build: normalise them into a temporary copy of the site, run
 * `astro build` there, and check that dist/ shows the hostile markup as text and contains no
 * injected element, attribute, link or script.
 *
 * The copy lives under test-results/ (git-ignored) so that it finds the project's node_modules
 * by ordinary resolution: with a symlinked node_modules, Vite sees two paths for each Starlight
 * component and the build fails.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseNotes, syncOutputs } from '../../scripts/normalise.ts';
import { buildEnv } from './build-env.ts';

const HOSTILE_NOTES = 'tests/fixtures/hostile-notes';
let site = '';
let htmlByPath = new Map<string, string>();

/** Every HTML file under dist/, by path relative to dist/. */
function readHtml(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  return new Map(files.sort().map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
}

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  site = mkdtempSync(resolve('test-results/hostile-site-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts', 'data', 'editorial']) {
    cpSync(entry, join(site, entry), { recursive: true });
  }
  rmSync(join(site, 'data/id-registry.json'), { force: true });
  rmSync(join(site, 'data/redirects.json'), { force: true });
  mkdirSync(join(site, 'notes'));
  cpSync(HOSTILE_NOTES, join(site, 'notes'), { recursive: true });

  const run = normaliseNotes(site);
  syncOutputs(site, run.files);
  await promisify(execFile)(resolve('node_modules/.bin/astro'), ['build'], {
    cwd: site,
    env: buildEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  htmlByPath = readHtml(join(site, 'dist'));
});

afterAll(() => {
  if (site && !process.env.KEEP_HOSTILE_SITE) rmSync(site, { recursive: true, force: true });
});

/** The pages built from the hostile notes (question pages of the seven topics). */
function questionPages(): [string, string][] {
  return [...htmlByPath].filter(([path]) => /^(?:basics|dockerfile|networking|storage|internals|security|orchestration)\/[a-z0-9-]+\/index\.html$/.test(path));
}

/** Every element of a page, parsed as a browser would. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (element: Element) => {
    found.push(element);
  });
  return found;
}

/** The visible text of a page's main content. */
function mainText(html: string): string {
  const main = elements(html).find((element) => element.tagName === 'main');
  const parts: string[] = [];
  if (main) visit(main, 'text', (text: Text) => {
    parts.push(text.value);
  });
  return parts.join('');
}

describe('a site built from hostile notes', () => {
  it('has question pages from the hostile notes', () => {
    expect(questionPages().length).toBeGreaterThanOrEqual(3);
  });

  it('runs no script from a note: every <script> element is the site’s own', () => {
    for (const [path, html] of htmlByPath) {
      for (const element of elements(html).filter((element) => element.tagName === 'script')) {
        const body = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        expect(body, path).not.toMatch(/alert\(|globalThis\.process/);
      }
    }
  });

  it('has no injected element, event attribute, javascript: link or note comment', () => {
    for (const [path, html] of htmlByPath) {
      for (const element of elements(html)) {
        expect(element.tagName, path).not.toBe('foo');
        expect(Object.keys(element.properties).filter((name) => /^on/i.test(name)), path).toEqual([]);
        if (element.tagName === 'img') expect(element.properties.src, path).not.toBe('x');
        if (element.tagName === 'a') expect(String(element.properties.href ?? ''), path).not.toMatch(/^\s*javascript:|["<>]/i);
        expect(element.tagName, path).not.toBe('iframe');
      }
      expect(html, path).not.toContain('<!-- hidden -->');
    }
  });

  it('shows a note’s HTML tags as code with their ASCII quotes, and a URL before markup as a link to the URL alone', () => {
    const codeTexts = questionPages().flatMap(([, html]) =>
      elements(html)
        .filter((element) => element.tagName === 'code')
        .map((element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')),
    );
    expect(codeTexts).toContain(`<img src="x" onerror="alert('img')">`);
    expect(codeTexts).toContain('<iframe src="https://example.com/evil"></iframe>');
    const hrefs = questionPages().flatMap(([, html]) => elements(html).filter((element) => element.tagName === 'a').map((element) => String(element.properties.href)));
    expect(hrefs).toContain('https://example.com/evil');
    const text = questionPages().map(([, html]) => mainText(html)).join('\n');
    expect(text).not.toMatch(/src=“|onerror=“/);
  });

  it('turns directive syntax from a note into text, never a Starlight aside', () => {
    for (const [path, html] of questionPages()) expect(html, path).not.toMatch(/class="starlight-aside/);
    const text = questionPages().map(([, html]) => mainText(html)).join('\n');
    for (const visible of [':::danger', ':::caution[假警告]', '伪造的危险提示']) expect(text).toContain(visible);
  });

  it('shows the hostile markup as visible text', () => {
    const text = questionPages().map(([, html]) => mainText(html)).join('\n');
    for (const visible of ['<script>alert(1)</script>', '{alert(1)}', '<img src=x onerror=alert(1)>', '<Foo/>', 'import x from'] /* quotes come out curly (smartypants) */) {
      expect(text).toContain(visible);
    }
  });
});
