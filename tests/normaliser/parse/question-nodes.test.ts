/**
 * The recogniser on markdown nodes: list items, bold paragraphs, tables and callouts that ask.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../scripts/normaliser/parse/markdown.ts';
import { hasMarkdownQuestionItems, questionItemsOf } from '../../../scripts/normaliser/parse/question-nodes.ts';

/** The recogniser's items of a markdown text as [kind, first line, last line, question or title, answer text]. */
function items(markdown: string): [string, number, number, string, string][] {
  const tree = parseMarkdown(markdown);
  const lineTexts = new Map(markdown.split('\n').map((text, index) => [index + 1, text] as const));
  return questionItemsOf(tree.children, lineTexts).items.map((item) =>
    item.kind === 'section'
      ? ['section', item.lines[0], item.lines[1], item.title, '']
      : ['question', item.lines[0], item.lines[1], item.question, item.answer.map((node: RootContent) => toString(node)).join(' | ')],
  );
}

describe('questionItemsOf', () => {
  it('pairs a bold question item with the answer item after it, taking the cue off', () => {
    expect(items('1. **什么是Docker？**\n2. 答：一个容器引擎。\n3. **什么是镜像？**\n4. 答：只读模板。')).toEqual([
      ['question', 1, 2, '什么是Docker？', '一个容器引擎。'],
      ['question', 3, 4, '什么是镜像？', '只读模板。'],
    ]);
  });

  it('reads a question and its answer in one list item when the siblings do the same', () => {
    const markdown = '1. **What is a container?**\n\n   A process with its own view.\n\n2. How is it built?\n\n   From an image.';
    expect(items(markdown)).toEqual([
      ['question', 1, 3, 'What is a container?', 'A process with its own view.'],
      ['question', 5, 7, 'How is it built?', 'From an image.'],
    ]);
  });

  it('leaves an ordinary list alone, even when one item ends with a question mark', () => {
    expect(items('- 镜像分层\n- 为什么要分层？\n- 共享存储')).toEqual([]);
  });

  it('reads bold question paragraphs with the paragraphs, code and lists below them as answers', () => {
    const markdown = '**Q1. 如何查看日志？**\n\nA: 用 docker logs。\n\n```bash\ndocker logs -f web\n```\n\n**Q2. 什么是 tag？**\n\n- 镜像的版本标签';
    expect(items(markdown)).toEqual([
      ['question', 1, 7, '如何查看日志？', '用 docker logs。 | docker logs -f web'],
      ['question', 9, 11, '什么是 tag？', '镜像的版本标签'],
    ]);
  });

  it('cuts a 问：/答： paragraph at its answer line', () => {
    expect(items('问：容器退出码 137 是什么意思？\n答：被 SIGKILL 杀掉，多半是内存超限。')).toEqual([
      ['question', 1, 2, '容器退出码 137 是什么意思？', '被 SIGKILL 杀掉，多半是内存超限。'],
    ]);
  });

  it('reads bold section paragraphs between questions', () => {
    expect(items('**基础概念**\n\n**什么是容器？**\n\n进程。\n\n**网络**\n\n**什么是 bridge？**\n\n默认网络。')).toEqual([
      ['section', 1, 1, '基础概念', ''],
      ['question', 3, 5, '什么是容器？', '进程。'],
      ['section', 7, 7, '网络', ''],
      ['question', 9, 11, '什么是 bridge？', '默认网络。'],
    ]);
  });

  it('reads each row of a question | answer table', () => {
    const markdown = '| 问题 | 答案 |\n| --- | --- |\n| EXPOSE 会发布端口吗？ | 不会，只是声明。 |\n| 如何限制内存 | `-m 512m` |';
    const tree = parseMarkdown(markdown);
    const found = questionItemsOf(tree.children, new Map());
    expect(found.headerLines).toEqual([1, 2]);
    expect(items(markdown)).toEqual([
      ['question', 3, 3, 'EXPOSE 会发布端口吗？', '不会，只是声明。'],
      ['question', 4, 4, '如何限制内存', '-m 512m'],
    ]);
  });

  it('reads an Obsidian question callout with its answer inside', () => {
    expect(items('> [!question] 什么是 [[联合文件系统]]？\n> 把多层目录叠成一个视图。')).toEqual([
      ['question', 1, 2, '什么是 联合文件系统？', '把多层目录叠成一个视图。'],
    ]);
  });
});

describe('hasMarkdownQuestionItems', () => {
  it('counts only what markdown writes: bold questions, question tables, callouts', () => {
    expect(hasMarkdownQuestionItems(parseMarkdown('**什么是镜像？**\n\n模板。\n\n**什么是容器？**\n\n实例。').children)).toBe(true);
    expect(hasMarkdownQuestionItems(parseMarkdown('问：什么是镜像？\n答：模板。\n\n问：什么是容器？\n答：实例。').children)).toBe(false);
  });
});
