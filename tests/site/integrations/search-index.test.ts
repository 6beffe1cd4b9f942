import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleQueryModule, pagesByBundle, searchTermsFor, type BuiltPage } from '../../../src/integrations/search-index.ts';
import { QUERY_MODULE_DIR, searchBundleFor } from '../../../src/utils/search-bundles.ts';

/** A built page as Starlight writes it: `data-pagefind-body` on <main> unless `pagefind: false`. */
function page(sourcePath: string, lang: string, indexed = true): BuiltPage {
  const main = indexed ? '<main data-pagefind-body>' : '<main>';
  return { sourcePath, content: `<!doctype html><html lang="${lang}" dir="ltr"><body>${main}text</main></body></html>` };
}

const paths = (pages: BuiltPage[] | undefined) => (pages ?? []).map((built) => built.sourcePath);

describe('searchBundleFor', () => {
  it('gives English pages the English bundle and every other page the Chinese one', () => {
    expect(searchBundleFor('en')).toBe('pagefind-en');
    expect(searchBundleFor('en-US')).toBe('pagefind-en');
    expect(searchBundleFor('zh-CN')).toBe('pagefind');
    expect(searchBundleFor('')).toBe('pagefind');
  });
});

describe('pagesByBundle', () => {
  it('puts each page in the bundle of its <html lang>', () => {
    const bundles = pagesByBundle([
      page('index.html', 'zh-CN'),
      page('en/index.html', 'en'),
      page('storage/volume/index.html', 'zh-CN'),
      page('en/storage/volume/index.html', 'en'),
    ]);
    expect(paths(bundles.get('pagefind'))).toEqual(['index.html', 'storage/volume/index.html']);
    expect(paths(bundles.get('pagefind-en'))).toEqual(['en/index.html', 'en/storage/volume/index.html']);
  });

  it('leaves out pages without data-pagefind-body where some page has it, as Pagefind would skip them', () => {
    const bundles = pagesByBundle([
      page('index.html', 'zh-CN'),
      page('storage/index.html', 'zh-CN', false),
      page('en/index.html', 'en'),
      page('en/storage/volume/index.html', 'en', false),
      page('en/storage/bind/index.html', 'en', false),
    ]);
    expect(paths(bundles.get('pagefind'))).toEqual(['index.html']);
    expect(paths(bundles.get('pagefind-en'))).toEqual(['en/index.html']);
  });

  it('keeps every page of a bundle where no page has data-pagefind-body (Pagefind then indexes whole pages)', () => {
    const bundles = pagesByBundle([page('index.html', 'zh-CN'), page('en/a/index.html', 'en', false), page('en/b/index.html', 'en', false)]);
    expect(paths(bundles.get('pagefind-en'))).toEqual(['en/a/index.html', 'en/b/index.html']);
  });
});

describe('bundleQueryModule', () => {
  /** The module written next to a stand-in pagefind.js that records what it is asked. */
  async function loadQueryModule(dictionary?: string[]): Promise<{ module: Record<string, (...args: unknown[]) => Promise<unknown>>; calls: string[]; sizes: { module: number; vocabulary: number } }> {
    const built = await bundleQueryModule({
      synonyms: [['数据卷', 'volume'], ['绑定挂载', 'bind mount']],
      filler: ['和', '的', '能'],
      words: ['镜像'],
      question: ['区别'],
      ...(dictionary ? { dictionary } : {}),
    });
    const folder = mkdtempSync(join(tmpdir(), 'query-module-'));
    mkdirSync(join(folder, QUERY_MODULE_DIR));
    writeFileSync(join(folder, QUERY_MODULE_DIR, 'pagefind.js'), built.module);
    writeFileSync(join(folder, QUERY_MODULE_DIR, 'vocabulary.js'), built.vocabulary);
    // pagefind.js's exports, recording each call; every page holds every word but the filler.
    writeFileSync(
      join(folder, 'pagefind.js'),
      `export const calls = [];
       const result = (id) => ({ id, score: 1, words: [], data: async () => ({ url: '/' + id + '/', meta: { title: id }, excerpt: '', sub_results: [] }) });
       export const options = async (o) => { calls.push('options ' + JSON.stringify(o)); };
       export const mergeIndex = async (path) => { calls.push('mergeIndex ' + path); };
       export const filters = async () => ({});
       export const preload = async (term) => { calls.push('preload ' + term); };
       export const init = async () => {};
       export const destroy = async () => {};
       export const search = async (term) => { calls.push('search ' + term); return { results: /[和的]/.test(term) ? [] : [result('a'), result('b'), result('c')], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: {} }; };`,
    );
    const fake = (await import(pathToFileURL(join(folder, 'pagefind.js')).href)) as { calls: string[] };
    const module = (await import(pathToFileURL(join(folder, QUERY_MODULE_DIR, 'pagefind.js')).href)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    return { module, calls: fake.calls, sizes: { module: built.module.length, vocabulary: built.vocabulary.length } };
  }

  it('is pagefind.js’s API, passing every call but search() through', async () => {
    const { module, calls } = await loadQueryModule();
    expect(Object.keys(module).sort()).toEqual(['destroy', 'filters', 'init', 'mergeIndex', 'options', 'preload', 'search']);
    await module.options!({ noWorker: true });
    await module.mergeIndex!('/pagefind/');
    await module.preload!('数据卷');
    expect(calls).toEqual(['options {"noWorker":true}', 'mergeIndex /pagefind/', 'preload 数据卷']);
  });

  it('relaxes a question into its concepts, synonyms included, with the vocabulary it loads', async () => {
    const { module, calls } = await loadQueryModule();
    const response = (await module.search!('数据卷和绑定挂载的区别')) as { results: unknown[]; relaxation: { step: number } };
    expect(calls).toEqual(['search 数据卷和绑定挂载的区别', 'search 数据卷', 'search volume', 'search 绑定挂载', 'search bind mount', 'search 区别']);
    expect(response.relaxation.step).toBe(2);
    expect(response.results).toHaveLength(3);
  });

  it('splits a query over the dictionary its vocabulary carries', async () => {
    // The browser's segmenter alone reads 能解 + 压; over the dictionary it is 能 (filler) + 解压.
    const { module, calls } = await loadQueryModule(['解压']);
    await module.search!('镜像和能解压');
    expect(calls).toEqual(['search 镜像和能解压', 'search 镜像', 'search 解压']);
  });

  it('writes the dictionary and the stopwords compactly and reads them back whole', async () => {
    const terms = { synonyms: [['数据卷', 'volume']], filler: ['的'], words: ['镜像'], question: ['区别'], dictionary: ['解压', '自动'], stopwords: ['自己'] };
    const built = await bundleQueryModule(terms);
    expect(built.vocabulary).toContain('"解压 自动"');
    const folder = mkdtempSync(join(tmpdir(), 'vocabulary-'));
    writeFileSync(join(folder, 'vocabulary.js'), built.vocabulary);
    const loaded = ((await import(pathToFileURL(join(folder, 'vocabulary.js')).href)) as { default: unknown }).default;
    expect(loaded).toEqual({ synonyms: [['数据卷', 'volume']], words: ['镜像'], question: ['区别'], dictionary: ['解压', '自动'], stopwords: ['自己'] });
    const empty = await bundleQueryModule({ synonyms: [], filler: ['的'], words: [], question: [] });
    writeFileSync(join(folder, 'empty.js'), empty.vocabulary);
    expect(((await import(pathToFileURL(join(folder, 'empty.js')).href)) as { default: { dictionary: string[] } }).default.dictionary).toEqual([]);
  });

  it('keeps the filler words in the module and the rest of the vocabulary out of it', async () => {
    const built = await bundleQueryModule({ synonyms: [['独一无二的同义词', 'unique-synonym']], filler: ['独特的虚词'], words: [], question: [] });
    expect(built.module).toContain('独特的虚词');
    expect(built.module).not.toContain('unique-synonym');
    expect(built.vocabulary).toContain('unique-synonym');
    expect(built.vocabulary).not.toContain('独特的虚词');
    expect(built.module).toMatch(/from\s*["']\.\.\/pagefind\.js["']/);
  });
});

describe('searchTermsFor', () => {
  it('gives the data files’ vocabulary the CC-CEDICT words the pages use', () => {
    const page = (content: string): BuiltPage => ({ sourcePath: 'x/index.html', content });
    const terms = searchTermsFor([page('<html lang="zh-CN"><p>ADD 会自动解压 tar 包</p></html>'), page('<p>镜像是只读的</p>')]);
    expect(terms.dictionary).toEqual(expect.arrayContaining(['自动', '解压', '镜像']));
    // 像是 is a word of the dictionary, but not one these pages say (镜像 + 是).
    expect(terms.dictionary).not.toContain('像是');
    expect(terms.dictionary).not.toContain('会自');
    expect(terms.filler.length).toBeGreaterThan(0);
  });
});
