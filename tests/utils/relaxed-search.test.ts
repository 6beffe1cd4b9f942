/**
 * The relaxed search (src/utils/relaxed-search.ts) over a small in-memory stand-in for pagefind.js:
 * it finds a page only when the page holds every word of the query (as Pagefind does) and scores a
 * word in the title far above one in the body.
 */
import { describe, expect, it } from 'vitest';
import { ENOUGH_RESULTS, SALIENCE_EXPONENT, relaxedSearch, weighConcepts, type PagefindResponse, type PagefindResult, type PagefindSearcher, type QueryVocabulary } from '../../src/utils/relaxed-search.ts';
import { searchForm, type SearchTerms } from '../../src/utils/search-query.ts';

interface FakePage {
  id: string;
  title: string;
  body: string;
}

const terms: SearchTerms = {
  synonyms: [['重启策略', 'restart policy', '--restart'], ['区别', '不同']],
  filler: ['和', '的', '是', '什么', '如何', '吗'],
  words: ['容器', '镜像'],
  question: ['区别', '作用'],
};

/** A pagefind.js stand-in: every space-separated part of the query (in matching form) must occur. */
function fakePagefind(pages: FakePage[]) {
  const calls: { term: string; options: unknown }[] = [];
  const fragmentLoads: string[] = [];
  const searcher: PagefindSearcher = {
    async search(term, options) {
      calls.push({ term, options });
      const parts = searchForm(term).split(/[\s和的是什么如何吗？]+/u).filter(Boolean);
      const results: PagefindResult[] = pages
        .filter((page) => parts.length > 0 && parts.every((part) => searchForm(`${page.title} ${page.body}`).includes(part)))
        .map((page) => {
          const title = searchForm(page.title);
          const score = parts.reduce((sum, part) => sum + (title.includes(part) ? 7 : 1), 0) / (1 + page.body.length / 100);
          return {
            id: page.id,
            score,
            words: [],
            data: async () => {
              fragmentLoads.push(page.id);
              return { url: `/${page.id}/`, meta: { title: page.title }, excerpt: page.body, sub_results: [] };
            },
          };
        })
        .sort((a, b) => b.score - a.score);
      const response: PagefindResponse = { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {}, timings: {} };
      return response;
    },
  };
  return { searcher, calls, fragmentLoads };
}

function vocabulary(withTerms: SearchTerms = terms): QueryVocabulary & { loads: number } {
  const loaded = { filler: withTerms.filler, readerWords: (withTerms.readerWords ?? []).map((reader) => reader.word), loads: 0, load: async () => {
    loaded.loads += 1;
    return withTerms;
  } };
  return loaded;
}

async function urls(response: PagefindResponse | null): Promise<string[]> {
  return Promise.all((response?.results ?? []).map(async (result) => (await result.data()).url));
}

const pages: FakePage[] = [
  { id: 'auto-restart', title: '如何配置自动容器重启？', body: '在 docker run 命令中使用 --restart 标志 restart policy' },
  { id: 'ha-strategy', title: '高可用性的策略', body: '容器重启 以及 各种策略 restart' },
  { id: 'backup-strategy', title: '容器的备份和恢复策略', body: '备份策略 与 重启' },
  { id: 'cgroups', title: 'Cgroups', body: '控制组 限制 进程 资源' },
  { id: 'daemon-purpose', title: '守护进程的作用是什么？', body: '守护进程 管理 容器 也用 cgroups' },
  { id: 'compose-purpose', title: 'Compose 的作用是什么？', body: '编排 多个容器 cgroups 无关' },
  { id: 'swarm-vs-k8s', title: 'Docker Swarm 与 Kubernetes 有何不同？', body: 'swarm kubernetes 编排' },
  { id: 'pod', title: '容器和 Kubernetes pod 的区别是什么？', body: 'kubernetes pod 区别 swarm 也有' },
];

describe('relaxedSearch', () => {
  it('keeps Pagefind’s order for a bare term with enough pages, in one search, without the vocabulary', async () => {
    const { searcher, calls } = fakePagefind(pages);
    const words = vocabulary();
    const response = await relaxedSearch(searcher, '重启', words);
    // The stand-in's order: 重启 in the title first, then the shorter body.
    expect(await urls(response)).toEqual(['/auto-restart/', '/backup-strategy/', '/ha-strategy/']);
    expect(response?.relaxation).toMatchObject({ step: 1, searches: 1 });
    expect(calls.map((call) => call.term)).toEqual(['重启']);
    expect(words.loads).toBe(0);
  });

  it('relaxes a question no page answers whole, ranking pages by the concepts they hold strongly', async () => {
    const { searcher, calls } = fakePagefind(pages);
    const response = await relaxedSearch(searcher, 'Swarm 和 Kubernetes 的区别', vocabulary());
    // No page holds swarm, kubernetes and 区别 in its title; the one about both tools comes first.
    expect((await urls(response))[0]).toBe('/swarm-vs-k8s/');
    expect(response?.relaxation.step).toBe(2);
    // The typed query, then swarm, kubernetes (and its naive singular: no synonym group here
    // says it is a name) and 区别, one search each: a question word is searched as typed,
    // without its synonym 不同.
    expect(calls.map((call) => call.term)).toEqual(['Swarm 和 Kubernetes 的区别', 'swarm', 'kubernetes', 'kubernete', '区别']);
    expect(response?.relaxation.searches).toBe(5);
  });

  it('reaches a page through a synonym of the typed term', async () => {
    const { searcher } = fakePagefind(pages);
    // No page holds 重启策略; the restart page holds `restart policy` and `--restart`.
    expect((await urls(await relaxedSearch(searcher, '重启策略是什么', vocabulary())))[0]).toBe('/auto-restart/');
  });

  it('counts a question word a quarter, so the page about the subject beats titles asking the same kind of question', async () => {
    const { searcher } = fakePagefind(pages);
    const shown = await urls(await relaxedSearch(searcher, 'cgroups 的作用是什么', vocabulary()));
    expect(shown[0]).toBe('/cgroups/');
    expect(shown).toEqual(expect.arrayContaining(['/daemon-purpose/', '/compose-purpose/']));
  });

  it('puts the page whose title is the typed query first', async () => {
    const { searcher } = fakePagefind(pages);
    expect((await urls(await relaxedSearch(searcher, '守护进程的作用是什么？', vocabulary())))[0]).toBe('/daemon-purpose/');
  });

  it('never answers with an empty list while a page holds a key term', async () => {
    const { searcher } = fakePagefind(pages);
    const response = await relaxedSearch(searcher, '进程和火星的区别吗', vocabulary());
    expect(await urls(response)).toEqual(expect.arrayContaining(['/cgroups/', '/daemon-purpose/']));
  });

  it('relaxes a bare term that finds too few pages', async () => {
    const { searcher } = fakePagefind(pages);
    const response = await relaxedSearch(searcher, 'restart policy', vocabulary());
    expect(ENOUGH_RESULTS).toBeGreaterThan(1);
    expect(response?.relaxation.step).toBe(2);
    expect((await urls(response))[0]).toBe('/auto-restart/');
  });

  it('starts loading the vocabulary of a question with its typed search, not after it', async () => {
    const order: string[] = [];
    const { searcher } = fakePagefind(pages);
    const recording: PagefindSearcher = { search: async (term, options) => (order.push(`search ${term}`), searcher.search(term, options)) };
    const words = { ...vocabulary(), load: async () => (order.push('load'), terms) };
    await relaxedSearch(recording, '重启策略是什么', words);
    expect(order.slice(0, 2)).toEqual(['load', 'search 重启策略是什么']);
  });

  it('relaxes a reader’s word though pages hold it as typed, searching the terms it means instead', async () => {
    const { searcher, calls } = fakePagefind(pages);
    // As a reader's word for restart policy, the bare 重启 (three pages hold it) is relaxed.
    const response = await relaxedSearch(searcher, '重启', vocabulary({ ...terms, readerWords: [{ word: '重启', means: 'restart policy' }] }));
    expect(response?.relaxation.step).toBe(2);
    expect(calls.map((call) => call.term)).toEqual(['重启', '重启策略', 'restart policy', '--restart']);
    expect((await urls(response))[0]).toBe('/auto-restart/');
  });

  it('passes the search options to every search and loads each fragment once', async () => {
    const { searcher, calls, fragmentLoads } = fakePagefind(pages);
    const response = await relaxedSearch(searcher, 'Swarm 和 Kubernetes 的区别', vocabulary(), { filters: { topic: ['orchestration'] } });
    expect(calls.every((call) => JSON.stringify(call.options) === '{"filters":{"topic":["orchestration"]}}')).toBe(true);
    await urls(response);
    await urls(response);
    expect(fragmentLoads.filter((id) => id === 'swarm-vs-k8s')).toEqual(['swarm-vs-k8s']);
  });

  it('answers null when pagefind.js does (a preload, a destroyed instance)', async () => {
    const searcher: PagefindSearcher = { search: async () => null };
    expect(await relaxedSearch(searcher, '容器', vocabulary())).toBeNull();
  });
});

describe('weighConcepts', () => {
  const concept = (text: string, weight = 1) => ({ text, alternatives: [text], weight });

  it('counts a rare concept more than a common one when both are held as strongly', () => {
    const [rare, common] = weighConcepts([concept('dind'), concept('容器')], [1, 130], [10, 10]);
    expect(rare).toBeGreaterThan(common! * 3);
  });

  it('counts a rare word held only in passing below the subject its pages are about', () => {
    // 以后: one page, in its body (best score 1); cgroups: 19 pages, one of them titled so (best 25).
    const [passing, subject] = weighConcepts([concept('以后'), concept('cgroups')], [1, 19], [1, 25]);
    expect(passing).toBeLessThan(subject!);
    // Held as strongly, the same word would outweigh the subject by its rarity.
    const [alike, same] = weighConcepts([concept('以后'), concept('cgroups')], [1, 19], [25, 25]);
    expect(alike).toBeGreaterThan(same!);
    expect(SALIENCE_EXPONENT).toBeGreaterThan(0);
  });

  it('weighs a question word a quarter and a concept no page holds nothing', () => {
    const [subject, question, missing] = weighConcepts([concept('cgroups'), concept('作用', 0.25), concept('火星')], [19, 19, 0], [25, 25, 0]);
    expect(question).toBeCloseTo(subject! / 4);
    expect(missing).toBe(0);
  });
});
