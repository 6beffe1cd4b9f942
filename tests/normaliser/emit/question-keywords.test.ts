import { describe, expect, it } from 'vitest';
import { MAX_KEYWORDS, MAX_SYNONYMS, questionKeywords } from '../../../scripts/normaliser/emit/question-keywords.ts';
import { defaultIdTerms } from '../../../scripts/normaliser/ids/id-terms.ts';
import type { CanonicalQuestion } from '../../../scripts/normaliser/model.ts';

const question = (title: string, keywords: string[] = []): CanonicalQuestion => ({
  members: [],
  question: title,
  answer: { type: 'root', children: [] },
  sources: [],
  keywords,
  related: [],
});

/** The glossary's keywords alone: no synonym table. */
const glossaryOnly = (title: string, keywords: string[] = []): string[] => questionKeywords(question(title, keywords), defaultIdTerms, []);

describe('questionKeywords', () => {
  it.each([
    ['Docker 容器和虚拟机的主要区别是什么?', ['容器', 'container', '虚拟机', 'vm']],
    ['Dockerfile 中的 CMD 和 ENTRYPOINT 指令有什么区别？', ['Dockerfile', 'CMD', 'ENTRYPOINT']],
    ['什么是 Docker Volume（卷）', ['Docker Volume', 'volume', '卷']],
    ['容器的 PID namespace(命名空间)', ['容器', 'container', 'PID namespace', 'pid namespaces', '命名空间', 'namespaces']],
  ])('%s -> %j', (title, expected) => {
    expect(glossaryOnly(title)).toEqual(expected);
  });

  it('keeps keywords the question already has first, without repeats in any case', () => {
    expect(glossaryOnly('Docker 中的 Volume 和 Bind Mount 的区别是什么?', ['数据卷', 'Volume'])).toEqual([
      '数据卷',
      'Volume',
      'Bind Mount',
      'bind mount',
    ].slice(0, 3));
  });

  it('leaves out pinyin and bare numbers', () => {
    expect(glossaryOnly('容器编辫 1 a 的问题')).toEqual(['容器', 'container']);
  });

  describe('synonyms (data/glossary/search-synonyms.yaml)', () => {
    const synonyms = [
      ['重启策略', '自动重启', '重启', 'restart policy', '--restart'],
      ['k8s', 'kubernetes'],
      ['数据卷', '存储卷', 'volume', '-v'],
    ];

    it('adds the other terms of a group the title mentions, after the glossary keywords', () => {
      expect(questionKeywords(question('如何配置自动容器重启？'), defaultIdTerms, synonyms)).toEqual([
        '配置', 'config', '自动容器重启', 'auto restart', '重启策略', '自动重启', '重启', 'restart policy', '--restart',
      ]);
    });

    it('matches a group through a keyword too, and an ASCII term only as a whole word', () => {
      // `Kubernetes` is in the title, `volume` only in the glossary keyword of 卷; `k8sx` is no k8s.
      expect(questionKeywords(question('Docker Swarm 与 Kubernetes 有何不同？ k8sx'), defaultIdTerms, synonyms)).toContain('k8s');
      expect(questionKeywords(question('什么是 Docker Volume（卷）'), defaultIdTerms, synonyms)).toEqual([
        'Docker Volume', 'volume', '卷', '数据卷', '存储卷', '-v',
      ]);
      expect(questionKeywords(question('查看 running 的容器'), defaultIdTerms, [['run', '运行命令']])).not.toContain('运行命令');
      expect(questionKeywords(question('查看 run 的容器'), defaultIdTerms, [['run', '运行命令']])).toContain('运行命令');
    });

    it('never repeats a keyword the page already has, in any case, and stops at MAX_SYNONYMS', () => {
      const many = [Array.from({ length: MAX_SYNONYMS + 5 }, (_, index) => `alias${index}`).concat(['CMD'])];
      const keywords = questionKeywords(question('Dockerfile 中的 CMD 和 ENTRYPOINT 指令有什么区别？'), defaultIdTerms, [['cmd', 'Command'], ...many]);
      expect(keywords.filter((keyword) => keyword.toLowerCase() === 'cmd')).toEqual(['CMD']);
      expect(keywords).toContain('Command');
      expect(keywords.length).toBeLessThanOrEqual(MAX_KEYWORDS + MAX_SYNONYMS);
      expect(keywords.slice(0, 3)).toEqual(['Dockerfile', 'CMD', 'ENTRYPOINT']);
    });

    it('gives the restart question the restart-policy words with the project table', () => {
      expect(questionKeywords(question('如何配置自动容器重启？'))).toEqual(expect.arrayContaining(['重启策略', 'restart policy', '--restart']));
    });
  });
});
