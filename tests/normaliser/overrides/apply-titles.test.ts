import { describe, expect, it } from 'vitest';
import type { CanonicalQuestion, Model } from '../../../scripts/normaliser/model.ts';
import { emptyIdRegistry } from '../../../scripts/normaliser/ids/id-registry.ts';
import { applyTitleOverrides } from '../../../scripts/normaliser/overrides/apply-titles.ts';
import { emptyOverrides, parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';

function question(id: string, title: string): CanonicalQuestion {
  return {
    id,
    question: title,
    members: [`notes/a.txt:${id.length}`],
    answer: { type: 'root', children: [] },
    sources: [{ note: 'notes/a.txt', lines: [1, 2], originalTitle: title }],
    keywords: [],
    related: [],
  };
}

const model: Model = {
  notes: [],
  questions: [question('compose', 'Docker Compose 的用途是什么？'), question('container-vs-vm', 'Docker 容器和虚拟机的主要区别是什么？')],
  files: [],
  messages: [],
};

describe('applyTitleOverrides', () => {
  it('sets the Chinese title by id and leaves the other questions alone', () => {
    const { overrides, messages } = parseOverrides('title:\n  - { id: compose, title: "  Docker Compose 有什么用？ " }\n');
    expect(messages).toEqual([]);
    const result = applyTitleOverrides(model, overrides);
    expect(result.questions.map((q) => q.question)).toEqual(['Docker Compose 有什么用？', 'Docker 容器和虚拟机的主要区别是什么？']);
    expect(result.questions[0]!.titleEn).toBeUndefined();
    expect(result.messages).toEqual([]);
  });

  it('sets the Chinese and the English title of one question together', () => {
    const { overrides } = parseOverrides(
      'title:\n  - { id: container-vs-vm, title: 容器和虚拟机有什么区别？ }\ntitleEn:\n  - { id: container-vs-vm, title: Containers vs virtual machines }\n',
    );
    const result = applyTitleOverrides(model, overrides);
    expect(result.questions[1]).toMatchObject({ question: '容器和虚拟机有什么区别？', titleEn: 'Containers vs virtual machines' });
  });

  it('reports a title naming a missing id with the file and line, and applies the others', () => {
    const { overrides } = parseOverrides(
      ['# titles', 'title:', '  - { id: compose, title: Compose 是什么？ }', '  - { id: no-such-page, title: 不存在 }', ''].join('\n'),
      'editorial/overrides.yaml',
    );
    const result = applyTitleOverrides(model, overrides);
    expect(result.questions[0]!.question).toBe('Compose 是什么？');
    expect(result.messages).toEqual([
      { note: 'editorial/overrides.yaml', line: 4, severity: 'error', source: 'overrides', reason: 'title: no question has the id no-such-page' },
    ]);
  });

  it('warns, naming where the question went, when a titled page was merged into another: the run still writes the pages', () => {
    const registry = {
      ...emptyIdRegistry(),
      ids: { 'old-compose': { status: 'published' as const, topic: 'orchestration' as const, formerTopics: [], questions: ['Compose？'], members: ['notes/a.txt:7'] } },
    };
    const { overrides } = parseOverrides('titleEn:\n  - { id: old-compose, title: What is Compose? }\n');
    const result = applyTitleOverrides(model, overrides, registry);
    expect(result.questions.map((q) => q.titleEn)).toEqual([undefined, undefined]);
    expect(result.messages).toEqual([
      {
        note: 'editorial/overrides.yaml',
        line: 2,
        severity: 'warning',
        source: 'overrides',
        reason: 'titleEn: no longer matches: id old-compose is no page any more: its question is now part of the page compose ("Docker Compose 的用途是什么？")',
        stale: true,
      },
    ]);
  });

  it('rejects an empty title with its line', () => {
    const { messages } = parseOverrides('title:\n  - { id: compose, title: "  " }\n', 'ed.yaml');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ note: 'ed.yaml', line: 2, severity: 'error', source: 'overrides' });
    expect(messages[0]!.reason).toMatch(/^title\.0\.title: /);
  });

  it('returns the model unchanged without title overrides', () => {
    expect(applyTitleOverrides(model, emptyOverrides())).toBe(model);
  });
});
