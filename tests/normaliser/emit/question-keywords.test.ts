import { describe, expect, it } from 'vitest';
import { questionKeywords } from '../../../scripts/normaliser/emit/question-keywords.ts';
import type { CanonicalQuestion } from '../../../scripts/normaliser/model.ts';

const question = (title: string, keywords: string[] = []): CanonicalQuestion => ({
  members: [],
  question: title,
  answer: { type: 'root', children: [] },
  sources: [],
  keywords,
  related: [],
});

describe('questionKeywords', () => {
  it.each([
    ['Docker 容器和虚拟机的主要区别是什么?', ['容器', 'container', '虚拟机', 'vm']],
    ['Dockerfile 中的 CMD 和 ENTRYPOINT 指令有什么区别？', ['Dockerfile', 'CMD', 'ENTRYPOINT']],
    ['什么是 Docker Volume（卷）', ['Docker Volume', 'volume', '卷']],
    ['容器的 PID namespace(命名空间)', ['容器', 'container', 'PID namespace', 'pid namespaces', '命名空间', 'namespaces']],
  ])('%s -> %j', (title, expected) => {
    expect(questionKeywords(question(title))).toEqual(expected);
  });

  it('keeps keywords the question already has first, without repeats in any case', () => {
    expect(questionKeywords(question('Docker 中的 Volume 和 Bind Mount 的区别是什么?', ['数据卷', 'Volume']))).toEqual([
      '数据卷',
      'Volume',
      'Bind Mount',
      'bind mount',
    ].slice(0, 3));
  });

  it('leaves out pinyin and bare numbers', () => {
    expect(questionKeywords(question('容器编辫 1 a 的问题'))).toEqual(['容器', 'container']);
  });
});
