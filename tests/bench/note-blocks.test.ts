import { describe, expect, it } from 'vitest';
import { nestBlocks, protectedLines, reorderPoints, splitNote } from '../../scripts/bench/note-blocks.ts';

const identity = <T>(items: readonly T[]): T[] => [...items];
const reverse = <T>(items: readonly T[]): T[] => [...items].reverse();

describe('protectedLines', () => {
  it('protects front matter and fenced code, fence lines included', () => {
    expect(protectedLines(['---', 'title: x', '---', '正文', '```', '# comment', '```', '后文'])).toEqual([
      true, true, true, false, true, true, true, false,
    ]);
  });
  it('runs an unclosed fence to the end', () => {
    expect(protectedLines(['a', '~~~', 'b'])).toEqual([false, true, true]);
  });
});

describe('splitNote', () => {
  it('splits a markdown note at headings outside code', () => {
    const lines = ['## 基础', '', '### 什么是容器', '容器是……', '```', '# 不是标题', '```', '### 什么是镜像', '镜像是……'];
    const { preamble, blocks } = splitNote(lines);
    expect(preamble).toEqual([]);
    expect(blocks.map((block) => [block.level, block.lines[0]])).toEqual([
      [2, '## 基础'],
      [3, '### 什么是容器'],
      [3, '### 什么是镜像'],
    ]);
    expect([...preamble, ...blocks.flatMap((block) => block.lines)]).toEqual(lines);
  });

  it('splits a plain note at questions (000 shape: question after the last numbered point)', () => {
    const lines = ['Docker 是什么?', '', '介绍:', '', '1、甲', '', '2、乙', '', 'Docker Compose的作用及其优点)', '', '1、丙'];
    const { blocks } = splitNote(lines);
    expect(blocks.map((block) => block.lines[0])).toEqual(['Docker 是什么?', 'Docker Compose的作用及其优点)']);
    expect(blocks.every((block) => block.level === 0)).toBe(true);
  });

  it('keeps a page header as preamble and reads `# cmd` shell prompts in plain text as text', () => {
    const lines = ['当前位置:首页', '阅读 25', '# docker ps', '聊聊:docker是怎么工作的?', '答案'];
    const { preamble, blocks } = splitNote(lines);
    expect(preamble).toEqual(['当前位置:首页', '阅读 25', '# docker ps']);
    expect(blocks.map((block) => block.lines)).toEqual([['聊聊:docker是怎么工作的?', '答案']]);
  });
});

describe('nestBlocks', () => {
  it('puts deeper headings under the nearest shallower one', () => {
    const tree = nestBlocks([
      { level: 2, lines: ['## A'] },
      { level: 4, lines: ['#### A1'] },
      { level: 4, lines: ['#### A2'] },
      { level: 2, lines: ['## B'] },
    ]);
    expect(tree.map((node) => [node.block.lines[0], node.children.map((child) => child.block.lines[0])])).toEqual([
      ['## A', ['#### A1', '#### A2']],
      ['## B', []],
    ]);
  });
  it('keeps the blocks of a plain note side by side', () => {
    expect(nestBlocks([{ level: 0, lines: ['a'] }, { level: 0, lines: ['b'] }]).map((node) => node.children.length)).toEqual([0, 0]);
  });
});

describe('reorderPoints', () => {
  it('reorders a 1..n list with its continuation lines and renumbers it', () => {
    const lines = ['问题?', '', '1、架构: 甲', '', '2、性能: 乙', '续行', '', '3、资源: 丙', '', '总结。'];
    expect(reorderPoints(lines, lines.map(() => false), reverse)).toEqual([
      '问题?', '', '1、资源: 丙', '', '2、性能: 乙', '续行', '', '3、架构: 甲', '', '总结。',
    ]);
  });
  it('reorders consecutive points without blank lines (002 shape)', () => {
    const lines = ['1. 甲', '2. 乙'];
    expect(reorderPoints(lines, [false, false], reverse)).toEqual(['1. 乙', '2. 甲']);
  });
  it('leaves lists that are not numbered 1..n, lone points and code alone', () => {
    const notFromOne = ['3、甲', '4、乙'];
    expect(reorderPoints(notFromOne, [false, false], reverse)).toEqual(notFromOne);
    const inCode = ['```', '1. 甲', '2. 乙', '```'];
    expect(reorderPoints(inCode, [true, true, true, true], reverse)).toEqual(inCode);
    const sections = ['2.1 小节', '2.2 小节'];
    expect(reorderPoints(sections, [false, false], reverse)).toEqual(sections);
  });
  it('gives the lines back unchanged when the order is kept', () => {
    const lines = ['1、甲', '', '2、乙', 'x', '', '其他', '1、丙'];
    expect(reorderPoints(lines, lines.map(() => false), identity)).toEqual(lines);
  });
});
