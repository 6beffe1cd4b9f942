import { describe, expect, it } from 'vitest';
import { LONG_CODE_LINE, lintPage, lintPages } from '../../scripts/lint-pages/lint-pages.ts';
import { projectRoot } from '../normaliser/clean/tree/fixture.ts';

const page = [
  '---',
  'title: 进入容器:方法', // frontmatter: not prose
  '---',
  '',
  '进入容器有两种方法:',
  '',
  '```shell',
  '#重载unit配置文件',
  `echo ${'x'.repeat(LONG_CODE_LINE)}`,
  '```',
  '',
  '使用 Docker 镜像。',
].join('\n');

describe('lintPage', () => {
  it('lints the prose only, with the page line numbers', () => {
    const { lint } = lintPage('basics/x.mdx', page);
    expect(lint.map(({ line, old, new: typeset }) => [line, old.trim(), typeset.trim()])).toEqual([[5, '进入容器有两种方法:', '进入容器有两种方法：']]);
  });

  it('counts code lines too long to be one line of a terminal', () => {
    const { longCodeLines } = lintPage('basics/x.mdx', page);
    expect(longCodeLines.map(({ line, length }) => [line, length])).toEqual([[9, LONG_CODE_LINE + 5]]);
  });

  it('marks a line a listed rule accepts, with its reason', () => {
    const { lint } = lintPage('basics/x.mdx', page, [{ old: '两种方法:', reason: 'a test rule' }]);
    expect(lint.map((found) => found.allowedBy)).toEqual(['a test rule']);
  });
});

describe('the generated Chinese pages', () => {
  const measured = lintPages(projectRoot);

  it('have no prose line autocorrect would typeset differently, but for the accepted ones', () => {
    expect(measured.pages).toBeGreaterThan(100);
    expect(measured.lint.filter((found) => !found.allowedBy).map((found) => `${found.page}:${found.line}: ${found.old}`)).toEqual([]);
  });
});
