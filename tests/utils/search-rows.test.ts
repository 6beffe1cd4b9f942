/** Result rows (src/utils/search-rows.ts) from fragments shaped as pagefind.js gives them. */
import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from '../../src/utils/relaxed-search.ts';
import { MAX_HEADING_ROWS, readableSubResults } from '../../src/utils/search-rows.ts';

const sub = (title: string, hash: string, matched: number): PagefindSubResult => ({
  title,
  url: `/storage/volume-examples/${hash}`,
  excerpt: `${title} …`,
  locations: Array.from({ length: matched }, (_, at) => at),
});

const fragment = (subResults: PagefindSubResult[]): PagefindResultData => ({
  url: '/storage/volume-examples/',
  meta: { title: '存储卷示例' },
  excerpt: '',
  sub_results: subResults,
});

describe('readableSubResults', () => {
  it('makes the sub-result of the page’s own <h1> the page’s excerpt, at the page’s URL', () => {
    const rows = readableSubResults(fragment([sub('存储卷示例', '#_top', 3)]));
    expect(rows.sub_results).toEqual([{ ...sub('存储卷示例', '#_top', 3), url: '/storage/volume-examples/' }]);
  });

  it('keeps at most two heading rows, those with most matched words, in page order, each once', () => {
    const rows = readableSubResults(
      fragment([
        sub('存储卷示例', '#_top', 1),
        sub('创建卷', '#create', 1),
        sub('挂载卷', '#mount', 5),
        sub('删除卷', '#remove', 4),
        sub('挂载卷', '#mount-2', 9),
        sub('  ', '#blank', 9),
      ]),
    );
    expect(MAX_HEADING_ROWS).toBe(2);
    expect(rows.sub_results.map((row) => row.url)).toEqual(['/storage/volume-examples/', '/storage/volume-examples/#mount', '/storage/volume-examples/#remove']);
  });

  it('shows headings alone when the query is not in the page’s first section', () => {
    const rows = readableSubResults(fragment([sub('FROM', '#from', 2)]));
    expect(rows.sub_results.map((row) => row.title)).toEqual(['FROM']);
    expect(rows.url).toBe('/storage/volume-examples/');
  });
});
