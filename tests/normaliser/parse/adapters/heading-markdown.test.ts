import { describe, expect, it } from 'vitest';
import { entryRows, parseText } from '../helpers.ts';

describe('heading-markdown adapter', () => {
  it('drops a pure grouping heading and puts it in the section of the questions under it', () => {
    const record = parseText('## Docker基础\n\n### 什么是容器\n\n容器是进程。\n\n### 容器的生命周期\n\n- Created\n- Running\n');
    expect(record.shape).toBe('heading-markdown');
    expect(entryRows(record)).toEqual([
      [3, 5, '什么是容器', ['Docker基础']],
      [7, 10, '容器的生命周期', ['Docker基础']],
    ]);
    expect(record.dropped).toMatchObject([{ line: 1, reason: 'grouping-heading' }]);
  });

  it('makes a section with text of its own an entry, and its sub-headings entries too', () => {
    const record = parseText('## Dockerfile\n\nDockerfile 是构建镜像的文件。\n\n### Namespace\n\nNamespace 是隔离机制。\n');
    expect(entryRows(record)).toEqual([
      [1, 3, 'Dockerfile', []],
      [5, 7, 'Namespace', ['Dockerfile']],
    ]);
  });

  it('keeps sub-headings of a question inside its answer (003: ## question, #### points)', () => {
    const record = parseText('## Docker网络是如何工作的？\n\n有几种网络模式：\n\n#### 1. Bridge\n- 默认模式\n\n#### 2. Host\n- 共享网络\n\n## 如何优化性能\n\n用小镜像。\n');
    expect(entryRows(record)).toEqual([
      [1, 9, 'Docker网络是如何工作的？', []],
      [11, 13, '如何优化性能', []],
    ]);
    expect(record.entries[0]!.answer.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'list', 'heading', 'list']);
  });

  it('never reads # lines inside code fences as headings', () => {
    const record = parseText('## 常用命令\n\n### 容器生命周期管理\n\n```shell\n# 仅创建容器\ndocker create web\n\n# 启动容器\ndocker start web\n```\n');
    expect(entryRows(record)).toEqual([[3, 11, '容器生命周期管理', ['常用命令']]]);
  });

  it('treats a section of links only as a grouping heading and drops the links as reference-links', () => {
    const record = parseText('## 常见面试题\n\n- [Docker Interview Questions](https://example.com/a)\n- [100+ questions](https://example.com/b)\n\n### 什么是Docker\n\nDocker 是平台。\n');
    expect(entryRows(record)).toEqual([[6, 8, '什么是Docker', ['常见面试题']]]);
    expect(record.dropped.map((dropped) => [dropped.line, dropped.reason])).toEqual([
      [1, 'grouping-heading'],
      [3, 'reference-links'],
      [4, 'reference-links'],
    ]);
  });

  it('reads numbered article headings at odd levels (002) and keeps the title as written', () => {
    const record = parseText('# 1. Docker容器基础**\nDocker容器是轻量级虚拟化。\n# 3. Docker容器网络\n### 3.1 Docker网络模型\n#### 3.1.1 容器的网络隔离\n网络命名空间隔离容器。\n');
    expect(entryRows(record)).toEqual([
      [1, 2, '1. Docker容器基础**', []],
      [5, 6, '3.1.1 容器的网络隔离', ['3. Docker容器网络', '3.1 Docker网络模型']],
    ]);
    expect(record.entries[0]!.source.originalTitle).toBe('# 1. Docker容器基础**');
    expect(record.dropped.map((dropped) => dropped.line)).toEqual([3, 4]);
  });

  it('gives answer nodes the original line numbers', () => {
    const record = parseText('## A\n\n### 什么是镜像\n\n镜像是模板。\n');
    expect(record.entries[0]!.answer.children[0]!.position?.start.line).toBe(5);
  });

  it('cuts a section of bold question items into one entry per question (issue 12: not one lump per section)', () => {
    const record = parseText('## **基础概念**\n\n1. **什么是Docker？**\n2. 答：容器引擎。\n3. **什么是镜像？**\n4. 答：只读模板。\n');
    expect(entryRows(record)).toEqual([
      [3, 4, '什么是Docker？', ['基础概念']],
      [5, 6, '什么是镜像？', ['基础概念']],
    ]);
    expect(record.dropped.map((dropped) => [dropped.line, dropped.reason])).toEqual([[1, 'grouping-heading']]);
  });

  it('drops the introduction of a section of questions as section-intro, with an info message', () => {
    const record = parseText('## 运行时\n\n下面两题常考。\n\n**如何只读运行？**\n\n用 --read-only。\n\n**如何去掉 capabilities？**\n\n用 --cap-drop。\n');
    expect(entryRows(record)).toEqual([
      [5, 7, '如何只读运行？', ['运行时']],
      [9, 11, '如何去掉 capabilities？', ['运行时']],
    ]);
    expect(record.dropped.map((dropped) => [dropped.line, dropped.reason])).toEqual([[1, 'grouping-heading'], [3, 'section-intro']]);
    expect(record.messages).toMatchObject([{ line: 3, severity: 'info', source: 'parse/markdown' }]);
  });

  it('reads the only # heading above ## sections as the note title, its text as the introduction', () => {
    const record = parseText('# Docker 笔记\n\n平时的积累。\n\n## 什么是镜像\n\n模板。\n\n## 什么是容器\n\n实例。\n');
    expect(entryRows(record)).toEqual([
      [5, 7, '什么是镜像', []],
      [9, 11, '什么是容器', []],
    ]);
    expect(record.meta.title).toBe('Docker 笔记');
    expect(record.dropped.map((dropped) => [dropped.line, dropped.reason])).toEqual([[1, 'note-title'], [3, 'preamble']]);
  });

  it('reads a note without headings from its bold question paragraphs', () => {
    const record = parseText('**Q1. 什么是镜像？**\n\nA: 模板。\n\n**Q2. 什么是容器？**\n\nA: 实例。\n', 'notes/fixture.md');
    expect(record.shape).toBe('heading-markdown');
    expect(entryRows(record)).toEqual([
      [1, 3, '什么是镜像？', []],
      [5, 7, '什么是容器？', []],
    ]);
  });

  it('takes wiki-link brackets off a title, and reads a list of wiki links only as reference links', () => {
    const record = parseText('## [[cgroups]] 是干什么的\n\n限制资源。\n\n## 相关笔记\n\n- [[Docker 网络]]\n');
    expect(entryRows(record)).toEqual([[1, 3, 'cgroups 是干什么的', []]]);
    expect(record.dropped.map((dropped) => [dropped.line, dropped.reason])).toEqual([[5, 'grouping-heading'], [7, 'reference-links']]);
  });
});
