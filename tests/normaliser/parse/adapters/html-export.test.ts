import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../../../scripts/normaliser/parse/adapters/html-export.ts';
import { toSourceLines } from '../../../../scripts/normaliser/parse/source-lines.ts';
import { entryRows, parseText } from '../helpers.ts';

const PAGE = [
  '<!doctype html>', // 1
  '<html><head><title>导出的笔记</title>', // 2
  '<script>document.title = "x"</script>', // 3
  '</head><body>', // 4
  '<h2>镜像</h2>', // 5
  '<h3>什么是镜像？</h3>', // 6
  '<p>只读的<b>模板</b>。</p>', // 7
  '<!-- 备注 -->', // 8
  '<h3>如何查看镜像历史</h3>', // 9
  '<pre><code class="language-bash">docker history nginx', // 10
  '</code></pre>', // 11
  '</body></html>', // 12
].join('\n');

describe('html-export adapter', () => {
  const record = parseText(PAGE, 'notes/export.html');

  it('detects a document or a fragment of block tags, not markdown with a tag in it', () => {
    expect(record.shape).toBe('html-export');
    expect(looksLikeHtml(toSourceLines('<h3>一</h3>\n<p>二</p>\n<h3>三</h3>\n<p>四</p>'))).toBe(true);
    expect(looksLikeHtml(toSourceLines('## 标题\n\n正文 <br> 一行\n\n<div>说明</div>\n\n更多正文'))).toBe(false);
  });

  it('reads entries from the headings, titled by their visible text, the <title> as the note title', () => {
    expect(entryRows(record)).toEqual([
      [6, 7, '什么是镜像？', ['镜像']],
      [9, 11, '如何查看镜像历史', ['镜像']],
    ]);
    expect(record.entries.map((entry) => entry.source.originalTitle)).toEqual(['什么是镜像？', '如何查看镜像历史']);
    expect(record.meta.title).toBe('导出的笔记');
  });

  it('turns markup into mdast: inline bold, fenced code with its language; scripts are never content', () => {
    const [first, second] = record.entries;
    expect(toString(first!.answer)).toBe('只读的模板。');
    expect(second!.answer.children[0]).toMatchObject({ type: 'code', lang: 'bash', value: 'docker history nginx' });
    expect(JSON.stringify(record.entries)).not.toContain('document.title');
  });

  it('drops head, script, comment and bare-tag lines with reasons, so every line is accounted for', () => {
    expect(record.dropped.map((dropped) => [dropped.line, dropped.reason])).toEqual([
      [1, 'html-markup'],
      [2, 'html-head'],
      [3, 'html-head'],
      [4, 'html-head'],
      [5, 'grouping-heading'],
      [8, 'html-comment'],
      [12, 'html-markup'],
    ]);
    expect(record.messages.filter((message) => message.severity === 'error')).toEqual([]);
  });
});
