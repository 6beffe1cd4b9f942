import { describe, expect, it } from 'vitest';
import { classify } from '../../../scripts/normaliser/classify/classify.ts';
import { emptyIdRegistry } from '../../../scripts/normaliser/ids/id-registry.ts';
import { merge } from '../../../scripts/normaliser/merge/merge.ts';
import type { Model } from '../../../scripts/normaliser/model.ts';
import { emptyOverrides, parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';
import { entry, modelOf } from '../merge/entry-fixture.ts';

function withIds(): Model {
  const model = merge(
    modelOf([
      entry('notes/a.txt', 1, 'Docker 容器的网络连接方式', 'bridge、host、none'),
      entry('notes/a.txt', 9, '如何查看容器日志', 'docker logs', ['运维']),
    ]),
    emptyOverrides(),
  );
  const ids = ['network-modes', 'container-logs'];
  return { ...model, questions: model.questions.map((question, index) => ({ ...question, id: ids[index] })) };
}

describe('classify', () => {
  it('sets the scorer\'s topic on every question', () => {
    const result = classify(withIds(), emptyOverrides());
    // Logging is operations (编排与运维), not basics.
    expect(result.questions.map((question) => question.topic?.topic)).toEqual(['networking', 'orchestration']);
    expect(result.questions[0]!.topic!.pinned).toBe(false);
  });

  it('pins a topic by id and keeps what the scorer thought', () => {
    const { overrides } = parseOverrides('pin:\n  - { id: container-logs, topic: basics }\n');
    const [, logs] = classify(withIds(), overrides).questions;
    expect(logs!.topic).toMatchObject({ topic: 'basics', pinned: true, closeCall: false });
    expect(logs!.topic!.scores.orchestration).toBeGreaterThan(logs!.topic!.scores.basics);
  });

  it('reports a pin that names no question, with file and line', () => {
    const { overrides } = parseOverrides('pin:\n  - { id: network-modes, topic: networking }\n  - { id: nothing-here, topic: basics }\n');
    expect(classify(withIds(), overrides).messages).toEqual([
      { note: 'editorial/overrides.yaml', line: 3, severity: 'error', source: 'overrides', reason: 'pin: no question has the id nothing-here' },
    ]);
  });

  it('warns, and still classifies, when a pinned id now stands for a question of another page', () => {
    const registry = {
      ...emptyIdRegistry(),
      ids: { 'log-files': { status: 'published' as const, topic: 'basics' as const, formerTopics: [], questions: ['日志'], members: ['notes/a.txt:9'] } },
    };
    const { overrides } = parseOverrides('pin:\n  - { id: log-files, topic: orchestration }\n');
    const result = classify(withIds(), overrides, undefined, registry);
    // The stale pin applies to nothing: every question keeps the scorer's topic.
    const unpinned = classify(withIds(), emptyOverrides());
    expect(result.questions.map((question) => question.topic)).toEqual(unpinned.questions.map((question) => question.topic));
    expect(result.messages).toEqual([
      expect.objectContaining({
        line: 2,
        severity: 'warning',
        stale: true,
        reason: 'pin: no longer matches: id log-files is no page any more: its question is now part of the page container-logs ("如何查看容器日志")',
      }),
    ]);
  });
});
