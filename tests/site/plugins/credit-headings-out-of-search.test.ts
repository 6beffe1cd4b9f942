import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeCreditHeadingsOutOfSearch } from '../../../src/plugins/credit-headings-out-of-search.ts';
import { SUPPLEMENT_HEADING } from '../../../scripts/normaliser/merge/answer.ts';

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeCreditHeadingsOutOfSearch({ supplementHeading: SUPPLEMENT_HEADING, creditPrefix: '来自《', creditSuffix: '》' })(tree);
  return toHtml(tree);
}

describe('rehypeCreditHeadingsOutOfSearch', () => {
  it('marks the 补充 heading and each credit heading, not the text under them', () => {
    expect(run('<h2 id="补充">补充</h2>\n<h3 id="x">来自《Docker 学习笔记》</h3>\n<p>要点</p>')).toBe(
      '<h2 id="补充" data-pagefind-ignore="">补充</h2>\n<h3 id="x" data-pagefind-ignore="">来自《Docker 学习笔记》</h3>\n<p>要点</p>',
    );
  });

  it('finds them nested (inside a section) and with inline markup', () => {
    expect(run('<section><h3>来自《<em>Docker</em>面试题》</h3></section>')).toBe('<section><h3 data-pagefind-ignore="">来自《<em>Docker</em>面试题》</h3></section>');
  });

  it('leaves headings that only look alike alone', () => {
    const html = '<h3>补充</h3>\n<h2>补充说明</h2>\n<h3>来自《未完</h3>\n<h4>数据来自《A》和《B》的对比</h4>\n<p>来自《Docker 学习笔记》</p>';
    expect(run(html)).toBe(html);
  });
});
