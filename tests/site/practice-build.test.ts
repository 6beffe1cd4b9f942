/**
 * The interview-practice features in the built site (dist/, from the build shared with
 * build.test.ts: tests/site/site-build.ts): note counts and Frequent badges in both languages,
 * the home page's most asked questions, the question list behind the random link, self-test
 * markup, the print views, and that none of it reaches the search index twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSiteSearch } from './pagefind-node.ts';
import { buildSiteOnce } from './site-build.ts';
import { TOPICS, questionPages, readContentPages } from './site-content.ts';

const DIST = 'dist';
/** The notes in notes/ (hand count: five files besides README.md). */
const NOTE_COUNT = 5;
const LOCALES = [
  { prefix: '', frequent: '高频', askedIn: (n: number) => `在 ${n} 份笔记中出现（共 ${NOTE_COUNT} 份）` },
  { prefix: '/en', frequent: 'Frequent', askedIn: (n: number) => `Asked in ${n} of ${NOTE_COUNT} notes` },
];

/** Question pages with the frontmatter the practice features read. */
const questions = questionPages(readContentPages()).map((page) => {
  const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(page.file, 'utf8'))?.[1] ?? '') as {
    frequency: number;
    sidebar: { order: number };
  };
  return { ...page, frequency: data.frequency, order: data.sidebar.order };
});

const parsed = new Map<string, Root>();
function page(path: string): Root {
  let tree = parsed.get(path);
  if (!tree) {
    tree = fromHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
    parsed.set(path, tree);
  }
  return tree;
}

function all(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

const hasClass = (name: string) => (element: Element) =>
  Array.isArray(element.properties.className) && element.properties.className.includes(name);
/** The text of an element, white space collapsed. */
function text(element: Element | undefined): string {
  const parts: string[] = [];
  if (element) visit(element, 'text', (node: Text) => {
    parts.push(node.value);
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

beforeAll(async () => {
  await buildSiteOnce();
});

describe('note counts on question pages', () => {
  it.each(LOCALES)('says how many notes asked each question ($prefix/)', ({ prefix, frequent, askedIn }) => {
    for (const question of questions) {
      const [line] = all(page(`${prefix}${question.path}`), hasClass('question-frequency'));
      expect(line?.properties.dataFrequency, question.path).toBe(String(question.frequency));
      expect(text(line), question.path).toBe(question.frequency >= 3 ? `${askedIn(question.frequency)} ${frequent}` : askedIn(question.frequency));
    }
  });

  it('shows "Asked in 3 of 5 notes" and the badge for container vs VM (asked in 000, 001 and twice in 004)', () => {
    const [zh] = all(page('/basics/container-vs-vm/'), hasClass('question-frequency'));
    const [en] = all(page('/en/basics/container-vs-vm/'), hasClass('question-frequency'));
    expect(text(zh)).toBe('在 3 份笔记中出现（共 5 份） 高频');
    expect(text(en)).toBe('Asked in 3 of 5 notes Frequent');
  });
});

describe('Frequent badges in the sidebar', () => {
  it.each(LOCALES)('badges exactly the questions asked in three or more notes, in the UI language ($prefix/)', ({ prefix, frequent }) => {
    const sidebar = all(page(`${prefix}/${TOPICS[0]}/`), (element) => element.properties.id === 'starlight__sidebar')[0]!;
    const links = all(sidebar, (element) => element.tagName === 'a');
    const badged = links.filter((link) => all(link, hasClass('sl-badge')).length > 0);
    expect(badged.map((link) => link.properties.href).sort()).toEqual(
      questions.filter((question) => question.frequency >= 3).map((question) => `${prefix}${question.path}`).sort(),
    );
    for (const link of badged) expect(text(all(link, hasClass('sl-badge'))[0])).toBe(frequent);
  });
});

describe('topic index pages', () => {
  it.each(LOCALES)('list each topic in learning order, every item with its note count, badges in the UI language ($prefix/)', ({ prefix, frequent }) => {
    for (const topic of TOPICS) {
      const tree = page(`${prefix}/${topic}/`);
      const content = all(tree, hasClass('sl-markdown-content'))[0]!;
      const items = all(content, (element) => element.tagName === 'li');
      const expected = questions.filter((question) => question.topic === topic).sort((a, b) => a.order - b.order);
      // Without scripts the list is the learning order, as built.
      expect(items.map((item) => all(item, (element) => element.tagName === 'a')[0]?.properties.href)).toEqual(expected.map((question) => question.path));
      for (const [index, item] of items.entries()) {
        const question = expected[index]!;
        const [meta] = all(item, hasClass('topic-question'));
        expect(meta?.properties.dataFrequency, question.path).toBe(String(question.frequency));
        expect(all(item, hasClass('sl-badge')).map(text), question.path).toEqual(question.frequency >= 3 ? [frequent] : []);
      }
    }
  });

  it.each(LOCALES)('offer the sort buttons (learning order pressed) and link the print view ($prefix/)', ({ prefix }) => {
    const tree = page(`${prefix}/${TOPICS[0]}/`);
    const buttons = all(tree, (element) => element.properties.dataSort !== undefined);
    expect(buttons.map((button) => [button.properties.dataSort, button.properties.ariaPressed])).toEqual([
      ['learning', 'true'],
      ['frequency', 'false'],
    ]);
  });
});

describe('most asked questions on the home page', () => {
  it.each(LOCALES)('lists ten questions, most asked first, ties in learning order ($prefix/)', ({ prefix }) => {
    const items = all(page(`${prefix}/`), (element) => element.tagName === 'li' && element.properties.dataFrequency !== undefined);
    expect(items).toHaveLength(10);
    const listed = items.map((item) => {
      const href = String(all(item, (element) => element.tagName === 'a')[0]?.properties.href);
      expect(href.startsWith(`${prefix}/`)).toBe(true);
      const question = questions.find((candidate) => `${prefix}${candidate.path}` === href)!;
      expect(Number(item.properties.dataFrequency)).toBe(question.frequency);
      return question;
    });
    for (const [index, question] of listed.entries()) {
      const next = listed[index + 1];
      if (!next) break;
      const topicOrder = TOPICS.indexOf(question.topic) - TOPICS.indexOf(next.topic);
      expect(question.frequency > next.frequency || (question.frequency === next.frequency && (topicOrder < 0 || (topicOrder === 0 && question.order < next.order)))).toBe(true);
    }
    // Nothing left out ranks above the last one listed.
    const last = listed.at(-1)!;
    expect(questions.filter((question) => !listed.includes(question) && question.frequency > last.frequency)).toEqual([]);
  });
});

describe('random question', () => {
  it('lists every question page once in /questions.json', () => {
    const paths = JSON.parse(readFileSync(join(DIST, 'questions.json'), 'utf8')) as string[];
    expect([...paths].sort()).toEqual(questions.map((question) => question.path).sort());
  });

  it('has a random page per language, kept out of search, linked from question pages within their topic', () => {
    for (const { prefix } of LOCALES) {
      expect(existsSync(join(DIST, prefix, 'random/index.html'))).toBe(true);
      expect(readFileSync(join(DIST, prefix, 'random/index.html'), 'utf8')).not.toContain('data-pagefind-body');
      const question = questions[0]!;
      const links = all(page(`${prefix}${question.path}`), (element) => element.tagName === 'a').map((a) => a.properties.href);
      expect(links).toContain(`${prefix}/random/?topic=${question.topic}`);
    }
  });
});

describe('self-test mode markup', () => {
  it('wraps each answer, inside the indexed content, behind a collapsed reveal button', () => {
    for (const { prefix } of LOCALES) {
      const question = questions[0]!;
      const tree = page(`${prefix}${question.path}`);
      const [button] = all(tree, (element) => element.properties.dataAnswerReveal !== undefined);
      expect(button?.tagName).toBe('button');
      expect(button?.properties.ariaExpanded).toBe('false');
      const answer = all(tree, (element) => element.properties.id === String(button?.properties.ariaControls))[0];
      expect(answer?.properties.dataPracticeAnswer).toBeDefined();
      expect(answer?.properties.hidden).toBeUndefined();
    }
    for (const question of questions) {
      const html = readFileSync(join(DIST, question.path, 'index.html'), 'utf8');
      const main = /<main data-pagefind-body[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
      expect(main, question.path).toMatch(/<div id="answer" class="practice-answer" data-practice-answer>/);
    }
  });

  it('gives the self-test toggle aria-pressed and applies the remembered mode from a head script', () => {
    const html = readFileSync(join(DIST, questions[0]!.path, 'index.html'), 'utf8');
    expect(html).toMatch(/<button type="button" class="practice-toggle" data-self-test-toggle aria-pressed="false">/);
    expect(/<head>[\s\S]*<script>try\{document\.documentElement\.dataset\.selfTest=/.test(html)).toBe(true);
  });

  it('adds at most 2 KB (gzip) of practice scripts to a question page', () => {
    const html = readFileSync(join(DIST, questions[0]!.path, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).filter((body) => body.includes('docker-notes:self-test'));
    expect(scripts).toHaveLength(2);
    expect(gzipSync(scripts.join('')).length).toBeLessThan(2048);
  });
});

describe('print view', () => {
  it.each(LOCALES)('shows every question of each topic with its answer and URL, in learning order ($prefix/)', ({ prefix }) => {
    for (const topic of TOPICS) {
      const tree = page(`${prefix}/${topic}/print/`);
      const articles = all(tree, hasClass('print-question'));
      const expected = questions.filter((question) => question.topic === topic).sort((a, b) => a.order - b.order);
      expect(articles.map((article) => String(article.properties.ariaLabelledBy))).toEqual(expected.map((question) => question.id));
      for (const [index, article] of articles.entries()) {
        const question = expected[index]!;
        expect(text(all(article, (element) => element.tagName === 'h2')[0])).toBe(question.title);
        expect(all(article, (element) => element.properties.dataPracticeAnswer !== undefined)).toHaveLength(1);
        expect(text(all(article, hasClass('print-question-url'))[0])).toMatch(new RegExp(`^[^:]+: https?://[^/]+${prefix}${question.path}$`));
      }
    }
  });

  it('is linked from topic and question pages and kept out of the search index', async () => {
    for (const { prefix } of LOCALES) {
      const question = questions[0]!;
      const hrefs = (path: string) => all(page(path), (element) => element.tagName === 'a').map((a) => a.properties.href);
      expect(hrefs(`${prefix}/${TOPICS[0]}/`)).toContain(`${prefix}/${TOPICS[0]}/print/`);
      expect(hrefs(`${prefix}${question.path}`)).toContain(`${prefix}/${question.topic}/print/`);
      expect(readFileSync(join(DIST, prefix, `${TOPICS[0]}/print/index.html`), 'utf8')).not.toContain('data-pagefind-body');
    }
    const search = await openSiteSearch(DIST, 'zh-CN');
    for (const question of questions.slice(0, 20)) {
      expect((await search(question.title)).filter((path) => /\/(print|random)\//.test(path)), question.title).toEqual([]);
    }
  });
});
