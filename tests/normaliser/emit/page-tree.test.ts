import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { demoteHeadings, firstSentence } from '../../../scripts/normaliser/emit/page-tree.ts';

const markdown = (text: string): Root => unified().use(remarkParse).parse(text);
const depths = (tree: Root) => tree.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : []));

describe('demoteHeadings', () => {
  it.each([
    ['# a\n\n## b\n\n### c', [2, 3, 4]],
    ['#### a\n\n###### b', [2, 4]],
    ['### a\n\n#### b', [2, 3]],
    ['# a\n\n###### b', [2, 6]],
  ])('%j -> %j', (input, expected) => {
    expect(depths(demoteHeadings(markdown(input)))).toEqual(expected);
  });
});

describe('firstSentence', () => {
  it.each([
    ['容器共享宿主机内核。它们启动快。', '容器共享宿主机内核。'],
    ['Docker 容器和传统虚拟机存在显著差异:\n\n1、架构', 'Docker 容器和传统虚拟机存在显著差异'],
    ['It is **light**. Really.', 'It is light.'],
    ['Use docker.io registry', 'Use docker.io registry'],
    ['```sh\nls\n```\n\n镜像是只读模板', '镜像是只读模板'],
    ['- 一致性：容器封装应用\n- 轻量', '一致性：容器封装应用'],
  ])('%j -> %j', (input, expected) => {
    expect(firstSentence(markdown(input))).toBe(expected);
  });

  it('cuts a very long first sentence to 160 characters with an ellipsis', () => {
    const sentence = firstSentence(markdown('长'.repeat(300)));
    expect([...sentence]).toHaveLength(160);
    expect(sentence.endsWith('…')).toBe(true);
  });
});
