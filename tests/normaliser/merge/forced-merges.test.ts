import { describe, expect, it } from 'vitest';
import { emptyIdRegistry, type IdRegistry } from '../../../scripts/normaliser/ids/id-registry.ts';
import { applyForcedMerges } from '../../../scripts/normaliser/merge/forced-merges.ts';
import { merge } from '../../../scripts/normaliser/merge/merge.ts';
import type { Model } from '../../../scripts/normaliser/model.ts';
import { emptyOverrides, parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';
import { entry, modelOf } from './entry-fixture.ts';

/** Two questions the detector keeps apart, with ids as the id stage would give them. */
function published(): Model {
  const model = merge(
    modelOf([
      entry('notes/a.txt', 1, '如何查看容器日志', '使用 docker logs 查看。'),
      entry('notes/b.txt', 5, 'Docker 日志驱动有哪些', '- json-file\n- syslog\n- fluentd'),
    ]),
    emptyOverrides(),
  );
  const ids = ['container-logs', 'log-drivers'];
  return { ...model, questions: model.questions.map((question, index) => ({ ...question, id: ids[index] })) };
}

describe('applyForcedMerges', () => {
  it('merges the named questions into the first id, keeping its title and lead', () => {
    const { overrides } = parseOverrides('merge:\n  - { ids: [log-drivers, container-logs] }\n');
    const result = applyForcedMerges(published(), overrides);
    expect(result.questions).toHaveLength(1);
    const [survivor] = result.questions;
    expect(survivor).toMatchObject({ id: 'log-drivers', question: 'Docker 日志驱动有哪些', members: ['notes/b.txt:5', 'notes/a.txt:1'] });
    expect(survivor!.sources.map((source) => source.note)).toEqual(['notes/b.txt', 'notes/a.txt']);
    expect(result.messages).toContainEqual(expect.objectContaining({ severity: 'info', reason: 'merge: container-logs merged into log-drivers' }));
  });

  it('reports an id that names no question and leaves the questions alone', () => {
    const { overrides } = parseOverrides('merge:\n  - { ids: [log-drivers, no-such-question] }\n');
    const result = applyForcedMerges(published(), overrides);
    expect(result.questions).toHaveLength(2);
    expect(result.messages).toEqual([
      { note: 'editorial/overrides.yaml', line: 2, severity: 'error', source: 'overrides', reason: 'merge: no question has the id no-such-question' },
    ]);
  });

  it('calls a decision whose id the registry knows but this run does not a stale warning, and skips it', () => {
    const registry: IdRegistry = {
      ...emptyIdRegistry(),
      ids: { 'old-logs': { status: 'published', topic: 'basics', formerTopics: [], questions: ['日志在哪里？'], members: ['notes/c.txt:9'] } },
    };
    const { overrides } = parseOverrides('merge:\n  - { ids: [log-drivers, old-logs] }\n');
    const result = applyForcedMerges(published(), overrides, registry);
    expect(result.questions).toHaveLength(2);
    expect(result.messages).toEqual([
      {
        note: 'editorial/overrides.yaml',
        line: 2,
        severity: 'warning',
        source: 'overrides',
        reason: 'merge: no longer matches: id old-logs is no page any more: no note asks its question any more (last seen: "日志在哪里？")',
        stale: true,
      },
    ]);
  });

  it('says a decision is no longer needed when the run already put the named questions on the survivor page', () => {
    const registry: IdRegistry = {
      ...emptyIdRegistry(),
      ids: { 'old-logs': { status: 'published', topic: 'basics', formerTopics: [], questions: ['如何查看容器日志'], members: ['notes/a.txt:1'] } },
    };
    const { overrides } = parseOverrides('merge:\n  - { ids: [container-logs, old-logs] }\n');
    const result = applyForcedMerges(published(), overrides, registry);
    expect(result.questions).toHaveLength(2);
    expect(result.messages).toEqual([
      expect.objectContaining({ severity: 'info', line: 2, reason: 'merge: old-logs already part of container-logs; the decision is no longer needed' }),
    ]);
  });
});
