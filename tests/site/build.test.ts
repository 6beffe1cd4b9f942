/**
 * One real `astro build` (not `npm run build`: the site must build from whatever pages exist;
 * shared with the other site test files, see site-build.ts),
 * then checks of dist/ against the pages in src/content/docs.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM_PATH, mermaidSetup } from '../../src/plugins/mermaid.ts';
import { readRedirects } from '../../src/plugins/redirects.ts';
import { openSiteSearch, type SiteSearch } from './pagefind-node.ts';
import { buildSiteOnce } from './site-build.ts';
import { TOPICS, hasCjk, questionPages, readContentPages } from './site-content.ts';

const DIST = 'dist';
const pages = readContentPages();
const questions = questionPages(pages);
const mermaid = mermaidSetup(process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH);
/** The Chinese bundle every search UI merges (astro.config.mjs, `pagefind.mergeIndex`). */
const MERGED_BUNDLES = [{ bundle: 'pagefind-zh', language: 'zh-cn' }];
/**
 * Words Pagefind 1.6.0 (and 1.5.2) never matches in a zh-cn index although the index holds them:
 * a page reading "COPY 和 ADD" is not found by "copy" (found in an English index). Queries drop
 * them; the last test fails once Pagefind finds them, so this list cannot go stale.
 */
const PAGEFIND_ZH_MISSES = ['copy'];

/** The query with the words Pagefind cannot match removed. */
function searchable(query: string): string {
  return query
    .split(/\s+/)
    .filter((word) => !PAGEFIND_ZH_MISSES.includes(word.toLowerCase()))
    .join(' ');
}

let buildOutput = '';

function html(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(join(directory, file)).isFile(),
  );
}

beforeAll(async () => {
  // Shared with the other site test files (tests/site/site-build.ts): one build per run.
  buildOutput = await buildSiteOnce();
});

describe('pages', () => {
  it('has question pages to check', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it.each(TOPICS)('has the %s topic index in Chinese and under /en/', (topic) => {
    expect(existsSync(join(DIST, topic, 'index.html'))).toBe(true);
    expect(existsSync(join(DIST, 'en', topic, 'index.html'))).toBe(true);
  });

  it('has every content page at its ASCII URL, in Chinese and under /en/', () => {
    for (const page of pages) {
      expect(html(page.path), page.file).toContain('<html lang="zh-CN"');
      expect(html(`/en${page.path}`), page.file).toContain('<html lang="en"');
    }
  });

  it('puts question pages at /<topic>/<id>/', () => {
    for (const page of questions) expect(page.path).toBe(`/${page.topic}/${page.id}/`);
  });

  it('writes only ASCII file paths', () => {
    const nonAscii = listFiles(DIST).filter((file) => /[^\x20-\x7e]/.test(file));
    expect(nonAscii).toEqual([]);
  });

  it('shows the fallback notice on untranslated English pages', () => {
    const page = questions[0]!;
    if (existsSync(join('src/content/docs/en', `${page.topic}/${page.id}.mdx`))) return;
    expect(html(`/en${page.path}`)).toContain('This content is not available in your language yet.');
  });

  it('has a home page per language that counts each topic\'s questions', () => {
    for (const home of ['/', '/en/']) {
      const counts = Object.fromEntries(
        [...html(home).matchAll(/data-topic="([a-z]+)" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]),
      );
      const expected = Object.fromEntries(
        TOPICS.map((topic) => [topic, questions.filter((page) => page.topic === topic).length]),
      );
      expect(counts).toEqual(expected);
    }
    expect(html('/')).toContain('Docker 面试笔记');
    expect(html('/en/')).toContain('Docker Interview Notes');
  });
});

describe('redirects', () => {
  it('has a redirect page for every entry of data/redirects.json, in both languages', () => {
    for (const [from, to] of Object.entries(readRedirects('data/redirects.json'))) {
      expect(html(from), from).toMatch(new RegExp(`<meta http-equiv="refresh" content="0;url=${to}"`));
    }
  });
});

describe('question pages', () => {
  it('have a copy-link control holding the page\'s absolute URL', () => {
    for (const page of questions) {
      for (const path of [page.path, `/en${page.path}`]) {
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html(path))?.[1];
        expect(canonical, path).toMatch(new RegExp(`^https?://[^/]+${path}$`));
        expect(html(path)).toContain(`<copy-link data-url="${canonical}"`);
      }
    }
    expect(html(questions[0]!.path)).toContain('复制链接');
    expect(html(`/en${questions[0]!.path}`)).toContain('Copy link');
  });

  it('show their keywords as text inside the indexed content', () => {
    for (const page of questions) {
      const main = /<main data-pagefind-body[\s\S]*<\/main>/.exec(html(page.path))?.[0] ?? '';
      for (const keyword of page.keywords) expect(main, page.file).toContain(`>${keyword}</span>`);
    }
  });

  it('have no copy-link control on pages that are not questions', () => {
    expect(html('/')).not.toContain('<copy-link');
    expect(html(`/${TOPICS[0]}/`)).not.toContain('<copy-link');
  });
});

describe('command asides', () => {
  // The normaliser's command checker writes `:::caution[title]` (or `:::note`) after a wrong command.
  const annotated = questions.filter((page) => /^:::caution\[/m.test(page.body));

  it('has pages with a command aside to check', () => {
    expect(annotated.length).toBeGreaterThan(0);
  });

  it('render as Starlight caution asides with their title, and only where the page has one', () => {
    for (const page of questions) {
      const cautions = html(page.path).match(/class="starlight-aside starlight-aside--caution"/g)?.length ?? 0;
      expect(cautions, page.file).toBe(page.body.match(/^\s*:::caution\[/gm)?.length ?? 0);
    }
    const page = annotated[0]!;
    const title = /^:::caution\[([^\]]+)\]/m.exec(page.body)?.[1] ?? '';
    expect(html(page.path)).toContain(`<p class="starlight-aside__title" aria-hidden="true">`);
    expect(html(page.path)).toContain(title);
  });
});

describe('mermaid', () => {
  const pagesWithDiagrams = pages.filter((page) => /^```mermaid\s*$/m.test(page.body));

  it('has pages with diagrams to check', () => {
    expect(pagesWithDiagrams.length).toBeGreaterThan(0);
  });

  it(`renders diagrams as ${mermaid.strategy === 'inline-svg' ? 'inline SVG at build time' : '<pre class="mermaid"> for the browser'}`, () => {
    for (const page of pagesWithDiagrams) {
      const page_html = html(page.path);
      expect(page_html).not.toContain('language-mermaid');
      if (mermaid.strategy === 'inline-svg') {
        expect(page_html).toMatch(/<svg id="mermaid-\d+"/);
        expect(page_html).not.toContain('class="mermaid"');
      } else {
        expect(page_html).toMatch(/<pre class="mermaid"[ >]/);
        expect(page_html).toMatch(/<script type="module" src="[^"]*MermaidInBrowser[^"]*"/);
      }
    }
  });

  it('prints one line when it cannot render at build time, and none otherwise', () => {
    const notices = buildOutput.split('\n').filter((line) => line.includes('[mermaid]'));
    expect(notices).toHaveLength(mermaid.notice ? 1 : 0);
  });
});

describe('search', () => {
  let zhSearch: SiteSearch;
  let enSearch: SiteSearch;

  beforeAll(async () => {
    zhSearch = await openSiteSearch(DIST, 'zh-CN', MERGED_BUNDLES);
    enSearch = await openSiteSearch(DIST, 'en', MERGED_BUNDLES);
  });

  it('has the search box on every page', () => {
    for (const page of pages) expect(html(page.path), page.file).toContain('<div id="starlight__search"');
  });

  it('has an English bundle and a Chinese bundle', () => {
    const languages = (bundle: string) =>
      Object.keys(JSON.parse(readFileSync(join(DIST, bundle, 'pagefind-entry.json'), 'utf8')).languages);
    expect(languages('pagefind')).toEqual(['en']);
    expect(languages('pagefind-zh')).toEqual(['zh-cn']);
  });

  it('keeps untranslated /en/ fallback pages out of the index', () => {
    const page = questions[0]!;
    expect(html(page.path)).toContain('data-pagefind-body');
    expect(html(`/en${page.path}`)).not.toContain('data-pagefind-body');
  });

  it.each([
    ['Chinese', 'zh-CN'],
    ['English', 'en'],
  ])('finds each question by its full title from the %s UI', async (_name, lang) => {
    const search = lang === 'en' ? () => enSearch : () => zhSearch;
    for (const page of questions) {
      const results = await search()(searchable(page.title));
      expect(results.slice(0, 3), `${page.title} -> ${page.path}`).toContain(page.path);
    }
  });

  it.each([
    ['Chinese', 'zh-CN'],
    ['English', 'en'],
  ])('finds each question by each of its keywords from the %s UI', async (_name, lang) => {
    const search = lang === 'en' ? enSearch : zhSearch;
    for (const page of questions) {
      for (const keyword of page.keywords.filter((word) => searchable(word) !== '')) {
        expect(await search(keyword), `${keyword} -> ${page.path}`).toContain(page.path);
      }
    }
  });

  it('finds Chinese words from the middle of an answer, not just whole titles', async () => {
    // Two-character words the page's body holds: found only when the text was segmented as Chinese.
    for (const page of questions) {
      const word = [...page.body.matchAll(/\p{Script=Han}{4,}/gu)].map((m) => m[0].slice(1, 3))[0];
      if (word === undefined || !hasCjk(word)) continue;
      expect(await zhSearch(word), `${word} -> ${page.path}`).toContain(page.path);
      expect(await enSearch(word), `${word} -> ${page.path}`).toContain(page.path);
    }
  });

  it('returns no result twice (no fallback duplicates)', async () => {
    for (const keyword of questions.flatMap((page) => page.keywords)) {
      const results = await enSearch(keyword);
      expect(new Set(results).size).toBe(results.length);
      expect(results.filter((path) => path.startsWith('/en/') && path !== '/en/')).toEqual([]);
    }
  });

  it('still misses the words listed in PAGEFIND_ZH_MISSES (remove them once Pagefind finds them)', async () => {
    for (const word of PAGEFIND_ZH_MISSES) {
      const pagesWithWord = questions.filter((page) => page.body.toLowerCase().includes(word));
      if (pagesWithWord.length === 0) continue;
      const results = await zhSearch(word);
      expect(pagesWithWord.filter((page) => results.includes(page.path)), word).toEqual([]);
    }
  });
});
