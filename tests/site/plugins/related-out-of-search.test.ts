import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeRelatedOutOfSearch } from '../../../src/plugins/related-out-of-search.ts';
import { RELATED_HEADING } from '../../../scripts/normaliser/emit/question-page.ts';

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeRelatedOutOfSearch({ heading: RELATED_HEADING })(tree);
  return toHtml(tree);
}

describe('rehypeRelatedOutOfSearch', () => {
  it('marks the related-questions heading and its list data-pagefind-ignore', () => {
    expect(run('<p>答案</p>\n<h2>相关问题</h2>\n<ul><li><a href="/a/">别的问题</a></li></ul>')).toBe(
      '<p>答案</p>\n<h2 data-pagefind-ignore="">相关问题</h2>\n<ul data-pagefind-ignore=""><li><a href="/a/">别的问题</a></li></ul>',
    );
  });

  it('leaves other sections and a list that does not follow the heading alone', () => {
    const html = '<h2>补充</h2>\n<ul><li>要点</li></ul>\n<h2>相关问题</h2>\n<p>没有列表</p>\n<ul><li>别的</li></ul>';
    expect(run(html)).toBe(
      '<h2>补充</h2>\n<ul><li>要点</li></ul>\n<h2 data-pagefind-ignore="">相关问题</h2>\n<p>没有列表</p>\n<ul><li>别的</li></ul>',
    );
  });
});
