import { describe, expect, it } from 'vitest';
import { plainPageText } from '../../scripts/bench/plain-page.ts';

describe('plainPageText', () => {
  it('removes imports and our components, keeps frontmatter and text', () => {
    const input = [
      '---',
      'title: Docker 面试笔记',
      '---',
      '',
      "import TopicOverview from '../../components/TopicOverview.astro';",
      '',
      '按主题浏览：',
      '',
      '<TopicOverview />',
      '',
    ].join('\n');
    expect(plainPageText(input)).toBe(['---', 'title: Docker 面试笔记', '---', '', '按主题浏览：', ''].join('\n'));
  });

  it('returns a page without imports or components byte for byte', () => {
    const page = '---\ntitle: x\n---\n\n{/* placeholder */}\n\n容器共享宿主机内核。\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    expect(plainPageText(page)).toBe(page);
  });
});
