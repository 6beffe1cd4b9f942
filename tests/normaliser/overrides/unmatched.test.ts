import { describe, expect, it } from 'vitest';
import { emptyIdRegistry, type IdRegistry } from '../../../scripts/normaliser/ids/id-registry.ts';
import type { CanonicalQuestion } from '../../../scripts/normaliser/model.ts';
import { isStale, staleDecision, unmatchedIdMessage, whereItWent } from '../../../scripts/normaliser/overrides/unmatched.ts';

function page(id: string, title: string, members: string[]): CanonicalQuestion {
  return { id, question: title, members, answer: { type: 'root', children: [] }, sources: [], keywords: [], related: [] };
}

/** A registry that knows three ids: one now inside another page, one merged by an override, one no note asks. */
const registry: IdRegistry = {
  ...emptyIdRegistry(),
  ids: {
    'absorbed-page': { status: 'published', topic: 'basics', formerTopics: [], questions: ['容器怎么重启？'], members: ['notes/a.txt:40'] },
    'merged-page': { status: 'merged', topic: 'basics', formerTopics: [], mergedInto: 'restart-policy', questions: ['x'], members: ['notes/gone.txt:1'] },
    'retired-page': { status: 'retired', topic: 'storage', formerTopics: [], questions: ['数据卷备份？'], members: ['notes/gone.txt:9'] },
  },
};
const questions = [page('restart-policy', 'Docker 容器的重启策略有哪些？', ['notes/b.txt:3', 'notes/a.txt:40'])];
const context = { file: 'editorial/overrides.yaml', questions, registry };

describe('unmatchedIdMessage', () => {
  it('is an error for an id no page ever had: an editor mistyped it', () => {
    expect(unmatchedIdMessage('title', 'no-such-page', 7, context)).toEqual({
      note: 'editorial/overrides.yaml',
      line: 7,
      severity: 'error',
      source: 'overrides',
      reason: 'title: no question has the id no-such-page',
    });
    expect(unmatchedIdMessage('pin', 'absorbed-page', 3, { ...context, registry: undefined }).severity).toBe('error');
  });

  it('is a stale warning for a published id whose question now lives on another page, naming that page', () => {
    const message = unmatchedIdMessage('order', 'absorbed-page', 12, context);
    expect(message).toEqual({
      note: 'editorial/overrides.yaml',
      line: 12,
      severity: 'warning',
      source: 'overrides',
      reason:
        'order: no longer matches: id absorbed-page is no page any more: its question is now part of the page restart-policy ("Docker 容器的重启策略有哪些？")',
      stale: true,
    });
    expect(isStale(message)).toBe(true);
  });

  it('says what became of a merged id and of one no note asks any more', () => {
    expect(whereItWent('merged-page', context)).toBe('it was merged into restart-policy');
    expect(whereItWent('retired-page', context)).toBe('no note asks its question any more (last seen: "数据卷备份？")');
  });
});

describe('staleDecision', () => {
  it('keeps the line when there is one and marks the message stale', () => {
    expect(staleDecision('ed.yaml', undefined, 'forbid', 'no entry matches notes/a.txt "x"')).toEqual({
      note: 'ed.yaml',
      severity: 'warning',
      source: 'overrides',
      reason: 'forbid: no longer matches: no entry matches notes/a.txt "x"',
      stale: true,
    });
    expect(isStale({ note: 'a', severity: 'warning', source: 'overrides', reason: 'x' })).toBe(false);
  });
});
