/**
 * One real `astro build` (not `npm run build`: the site must build from whatever pages exist;
 * shared with the other site test files, see site-build.ts),
 * then checks of dist/ against the pages in src/content/docs.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM_PATH, mermaidSetup } from '../../src/plugins/mermaid.ts';
import { readRedirects } from '../../src/plugins/redirects.ts';
import { SEARCH_BUNDLES } from '../../src/utils/search-bundles.ts';
import { openSiteSearch, type SiteSearch } from './pagefind-node.ts';
import { buildSiteOnce } from './site-build.ts';
import { TOPICS, hasCjk, questionPages, readContentPages, readEnglishPages } from './site-content.ts';
import { RELATED_HEADING } from '../../scripts/normaliser/emit/question-page.ts';

const DIST = 'dist';
const pages = readContentPages();
const questions = questionPages(pages);
const translations = readEnglishPages();
const mermaid = mermaidSetup(process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH);
/**
 * English words an English stemmer changes (copy -> copi, registry -> registri): they were never
 * found while English pages were indexed as `en` (src/integrations/search-index.ts).
 */
const STEMMED_WORDS = ['copy', 'registry', 'memory', 'strategy', 'policy', 'discovery'];

/** The text of a page's answer as the reader sees it: no link targets, no 相关问题 list. */
function answerText(body: string): string {
  const answer = body.split(`\n## ${RELATED_HEADING}\n`)[0] ?? '';
  return toString(unified().use(remarkParse).use(remarkGfm).parse(answer));
}

/** Words of a query as Pagefind's zh-cn search splits them (Intl.Segmenter, punctuation dropped). */
function queryWords(query: string): string[] {
  const segments = new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(query.toLowerCase());
  return [...segments].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
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
    zhSearch = await openSiteSearch(DIST, 'zh-CN');
    enSearch = await openSiteSearch(DIST, 'en');
  });

  it('has the search box on every page', () => {
    for (const page of pages) expect(html(page.path), page.file).toContain('<div id="starlight__search"');
  });

  it('has one bundle per UI, each indexed without a stemmer', () => {
    // `wasm: null` (zh-cn) means no stemmer (src/integrations/search-index.ts).
    const bundles = readdirSync(DIST).filter((name) => name.startsWith('pagefind')).sort();
    expect(bundles).toEqual(Object.values(SEARCH_BUNDLES).sort());
    for (const bundle of bundles) {
      const { languages } = JSON.parse(readFileSync(join(DIST, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> };
      expect(languages, bundle).toEqual({ 'zh-cn': expect.objectContaining({ wasm: null }) });
    }
  });

  it('finds English pages from the English UI only, alongside the Chinese pages', async () => {
    expect(translations.length, 'English pages to check').toBeGreaterThan(0);
    for (const translation of translations) {
      const chinesePath = translation.path.replace(/^\/en\//, '/');
      // A word of the translation's title that its Chinese page has too (the home page: Docker).
      const query = translation.title.split(/\s+/)[0] ?? '';
      const zhResults = await zhSearch(query);
      const enResults = await enSearch(query);
      expect(zhResults, query).toContain(chinesePath);
      expect(zhResults.filter((path) => path.startsWith('/en/')), query).toEqual([]);
      expect(enResults, query).toContain(translation.path);
      expect(enResults, query).toContain(chinesePath);
    }
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
    // Top 3, plus one place per other question whose title holds every word of this one: such a
    // title (Docker 容器管理 inside 如何使用 Docker 管理容器日志？) matches those pages as fully.
    const search = lang === 'en' ? () => enSearch : () => zhSearch;
    const titleWords = new Map(questions.map((page) => [page.path, queryWords(page.title)]));
    for (const page of questions) {
      const words = titleWords.get(page.path) ?? [];
      const rivals = questions.filter(
        (other) => other !== page && words.every((word) => titleWords.get(other.path)?.includes(word)),
      ).length;
      const results = await search()(page.title);
      expect(results.slice(0, 3 + rivals), `${page.title} -> ${page.path}`).toContain(page.path);
    }
  });

  it.each([
    ['Chinese', 'zh-CN'],
    ['English', 'en'],
  ])('finds each question by each of its keywords from the %s UI', async (_name, lang) => {
    const search = lang === 'en' ? enSearch : zhSearch;
    for (const page of questions) {
      for (const keyword of page.keywords) {
        expect(await search(keyword), `${keyword} -> ${page.path}`).toContain(page.path);
      }
    }
  }, 120_000);

  it('finds Chinese words from the middle of an answer, not just whole titles', async () => {
    // Two-character words of the answer (the 相关问题 list is other pages' titles, and the 补充 /
    // 来自《…》 headings name notes: neither is indexed): found only when the text was segmented
    // as Chinese.
    for (const page of questions) {
      const answer = (page.body.split(`\n## ${RELATED_HEADING}\n`)[0] ?? '').replace(/^#{2,3} (补充|来自《.*》)$/gm, '');
      const word = [...answer.matchAll(/\p{Script=Han}{4,}/gu)].map((m) => m[0].slice(1, 3))[0];
      if (word === undefined || !hasCjk(word)) continue;
      expect(await zhSearch(word), `${word} -> ${page.path}`).toContain(page.path);
      expect(await enSearch(word), `${word} -> ${page.path}`).toContain(page.path);
    }
  });

  it('returns no result twice, no fallback page, and no English page to the Chinese UI', async () => {
    const translated = new Set(translations.map((page) => page.path));
    for (const keyword of new Set(questions.flatMap((page) => page.keywords))) {
      const zhResults = await zhSearch(keyword);
      const enResults = await enSearch(keyword);
      for (const results of [zhResults, enResults]) expect(new Set(results).size, keyword).toBe(results.length);
      expect(zhResults.filter((path) => path.startsWith('/en/')), keyword).toEqual([]);
      expect(enResults.filter((path) => path.startsWith('/en/') && !translated.has(path)), keyword).toEqual([]);
    }
  });

  it('finds English words an English stemmer would change on every page that has them', async () => {
    for (const word of STEMMED_WORDS) {
      const pagesWithWord = questions.filter((page) => new RegExp(`\\b${word}\\b`, 'i').test(answerText(page.body)));
      const results = [await zhSearch(word), await enSearch(word)];
      for (const found of results) expect(pagesWithWord.filter((page) => !found.includes(page.path)), word).toEqual([]);
    }
    expect(questions.some((page) => /\bcopy\b/i.test(answerText(page.body))), 'pages with "copy" to check').toBe(true);
  });

  it('keeps topic index pages and the 相关问题 lists out of the index', () => {
    const topicIndex = html(`/${TOPICS[0]}/`);
    expect(topicIndex).not.toContain('data-pagefind-body');
    let related = 0;
    for (const page of questions) {
      const section = new RegExp(`<h2[^>]*data-pagefind-ignore[^>]*>${RELATED_HEADING}</h2>[\\s\\S]*?<ul data-pagefind-ignore(="")?>`);
      if (!page.body.includes(`## ${RELATED_HEADING}`)) continue;
      related += 1;
      expect(html(page.path), page.file).toMatch(section);
    }
    expect(related).toBeGreaterThan(0);
  });
});
