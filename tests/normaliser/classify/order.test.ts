import { describe, expect, it } from 'vitest';
import { learningStage } from '../../../scripts/normaliser/classify/learning-path.ts';
import { orderQuestions } from '../../../scripts/normaliser/classify/order.ts';
import { emptyIdRegistry } from '../../../scripts/normaliser/ids/id-registry.ts';
import type { CanonicalQuestion, Model, Topic } from '../../../scripts/normaliser/model.ts';
import { applyTitleOverrides } from '../../../scripts/normaliser/overrides/apply-titles.ts';
import { emptyOverrides, parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';

describe('learningStage', () => {
  const cases: [string, string][] = [
    ['什么是Docker Volume（卷）', 'definition'],
    ['Namespace', 'definition'],
    ['Docker 中的 Volume 和 Bind Mount 的区别是什么?', 'comparison'],
    ['Docker 容器的隔离机制是如何工作的', 'principle'],
    ['如何在Docker中管理数据卷（Volumes）', 'practice'],
    ['Docker 容器的网络故障排查步骤', 'troubleshooting'],
    ['Docker 容器启动慢的可能原因和解决方法', 'troubleshooting'],
  ];
  for (const [title, stage] of cases) it(`"${title}" is ${stage}`, () => expect(learningStage(title)).toBe(stage));
});

function question(id: string, title: string, topic: Topic, sources = 1): CanonicalQuestion {
  const source = { note: 'notes/a.txt', lines: [1, 2] as [number, number], originalTitle: title };
  return {
    id,
    question: title,
    members: [id],
    answer: { type: 'root', children: [] },
    sources: Array.from({ length: sources }, () => source),
    keywords: [],
    related: [],
    topic: { topic, margin: 5, closeCall: false, pinned: false, scores: { basics: 0, dockerfile: 0, networking: 0, storage: 0, internals: 0, security: 0, orchestration: 0 } },
  };
}

const model = (questions: CanonicalQuestion[]): Model => ({ notes: [], questions, files: [], messages: [] });
const storage = [
  question('volume-troubleshooting', '数据卷挂载失败如何排查', 'storage'),
  question('manage-volumes', '如何在Docker中管理数据卷', 'storage'),
  question('volume-vs-bind-mount', 'Volume 和 Bind Mount 的区别', 'storage'),
  question('what-is-volume', '什么是Docker Volume', 'storage', 3),
  question('storage-drivers', '存储驱动的原理', 'storage'),
  question('network-modes', 'Docker的网络模式', 'networking'),
];
const orderById = (result: Model) => Object.fromEntries(result.questions.map((q) => [q.id, q.order]));

describe('orderQuestions', () => {
  it('orders each topic what -> differences -> how it works -> how to use -> troubleshooting', () => {
    expect(orderById(orderQuestions(model(storage), emptyOverrides()))).toEqual({
      'what-is-volume': 1,
      'volume-vs-bind-mount': 2,
      'storage-drivers': 3,
      'manage-volumes': 4,
      'volume-troubleshooting': 5,
      'network-modes': 1,
    });
  });

  it('puts the more often asked question first within a stage, then the broader one', () => {
    const questions = [question('b', '什么是数据卷驱动插件', 'storage'), question('a', '什么是数据卷', 'storage'), question('c', '什么是挂载', 'storage', 2)];
    expect(orderById(orderQuestions(model(questions), emptyOverrides()))).toEqual({ c: 1, a: 2, b: 3 });
  });

  it('keeps the order of model.questions and is the same whatever order they come in', () => {
    const forward = orderQuestions(model(storage), emptyOverrides());
    const backward = orderQuestions(model([...storage].reverse()), emptyOverrides());
    expect(forward.questions.map((q) => q.id)).toEqual(storage.map((q) => q.id));
    expect(orderById(backward)).toEqual(orderById(forward));
  });

  it('moves a question to the position an order override gives, the others keep their order', () => {
    const { overrides } = parseOverrides('order:\n  - { id: manage-volumes, position: 1 }\n');
    const result = orderById(orderQuestions(model(storage), overrides));
    expect(result).toMatchObject({ 'manage-volumes': 1, 'what-is-volume': 2, 'volume-vs-bind-mount': 3, 'storage-drivers': 4, 'volume-troubleshooting': 5 });
  });

  it('hides a question: hidden, no order, the rest renumbered', () => {
    const { overrides } = parseOverrides('hide:\n  - { id: what-is-volume, reason: superseded }\n');
    const result = orderQuestions(model(storage), overrides);
    const hidden = result.questions.find((q) => q.id === 'what-is-volume')!;
    expect(hidden.hidden).toBe(true);
    expect(hidden.order).toBeUndefined();
    expect(orderById(result)['volume-vs-bind-mount']).toBe(1);
  });

  it('reports order and hide overrides that name no question', () => {
    const { overrides } = parseOverrides('order:\n  - { id: gone, position: 2 }\nhide:\n  - { id: also-gone, reason: x }\n');
    expect(orderQuestions(model(storage), overrides).messages.map((m) => [m.line, m.reason])).toEqual([
      [4, 'hide: no question has the id also-gone'],
      [2, 'order: no question has the id gone'],
    ]);
  });
});

describe('orderQuestions with the registry', () => {
  it('warns about order and hide decisions whose ids were merged away, and errs on ids never published', () => {
    const registry = {
      ...emptyIdRegistry(),
      ids: { 'old-volumes': { status: 'merged' as const, topic: 'storage' as const, formerTopics: [], mergedInto: 'manage-volumes', questions: ['x'], members: ['notes/z.txt:1'] } },
    };
    const { overrides } = parseOverrides('order:\n  - { id: old-volumes, position: 1 }\nhide:\n  - { id: never-was, reason: x }\n');
    const result = orderQuestions(model(storage), overrides, undefined, registry);
    expect(result.messages.map((m) => [m.line, m.severity, m.reason])).toEqual([
      [4, 'error', 'hide: no question has the id never-was'],
      [2, 'warning', 'order: no longer matches: id old-volumes is no page any more: it was merged into manage-volumes'],
    ]);
    expect(orderById(result)['what-is-volume']).toBe(1);
  });
});

describe('applyTitleOverrides', () => {
  it('sets the English title by id and reports an unknown id', () => {
    const { overrides } = parseOverrides('titleEn:\n  - { id: network-modes, title: Docker network modes }\n  - { id: nope, title: X }\n');
    const result = applyTitleOverrides(model(storage), overrides);
    expect(result.questions.find((q) => q.id === 'network-modes')!.titleEn).toBe('Docker network modes');
    expect(result.messages).toEqual([
      { note: 'editorial/overrides.yaml', line: 3, severity: 'error', source: 'overrides', reason: 'titleEn: no question has the id nope' },
    ]);
  });
});
