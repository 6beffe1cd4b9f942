import { describe, expect, it } from 'vitest';
import {
  entryOutcomes,
  formatIdWordTotals,
  formatOutcomeTotals,
  idWordTotals,
  outcomesAddUp,
  outcomeTotals,
  questionReports,
} from '../../../scripts/normaliser/report/outcomes.ts';
import type { Model } from '../../../scripts/normaliser/model.ts';
import { modelOf } from '../ids/model-fixture.ts';

const a1 = { note: 'a', line: 1, question: 'Docker 容器和虚拟机的主要区别是什么?' };
const b5 = { note: 'b', line: 5, question: 'Docker与虚拟机有何不同' };
const a9 = { note: 'a', line: 9, question: '什么是 Docker Hub' };
const b9 = { note: 'b', line: 9, question: '过时的问题' };

function sample(): Model {
  return modelOf([
    { members: [a1, b5], id: 'container-vs-vm', topic: 'basics' },
    { members: [a9], id: 'what-is-docker-hub', topic: 'basics' },
    { members: [b9], id: 'old-question', topic: 'security', hidden: true },
  ]);
}

describe('entryOutcomes', () => {
  it('publishes the lead, merges the other members into its page, drops hidden members', () => {
    expect(Object.fromEntries(entryOutcomes(sample()))).toEqual({
      'notes/a.txt:1': { outcome: 'published', page: 'basics/container-vs-vm' },
      'notes/b.txt:5': { outcome: 'merged', page: 'basics/container-vs-vm', mergedInto: 'notes/a.txt:1' },
      'notes/a.txt:9': { outcome: 'published', page: 'basics/what-is-docker-hub' },
      'notes/b.txt:9': { outcome: 'dropped', reason: 'hidden by an editorial override (old-question)' },
    });
  });

  it('drops an entry that is in no question, with a reason', () => {
    const model = sample();
    const orphan = model.notes[0]!.entries[0]!;
    const withoutOrphan = { ...model, questions: model.questions.filter((question) => !question.members.includes(orphan.key)) };
    expect(entryOutcomes(withoutOrphan).get(orphan.key)).toEqual({ outcome: 'dropped', reason: 'in no question after merging' });
  });
});

describe('outcomeTotals', () => {
  it('adds up: entries in = published + merged + dropped', () => {
    const totals = outcomeTotals(sample());
    expect(totals).toEqual({ entriesIn: 4, published: 2, merged: 1, dropped: 1 });
    expect(outcomesAddUp(totals)).toBe(true);
    expect(formatOutcomeTotals(totals)).toBe('entries in 4 = published 2 + merged 1 + dropped 1');
  });

  it('does not add up when an entry sits in two questions', () => {
    const model = sample();
    const doubled = { ...model, questions: [...model.questions, { ...model.questions[1]!, id: 'copy' }] };
    const totals = outcomeTotals(doubled);
    expect(outcomesAddUp(totals)).toBe(false);
    expect(formatOutcomeTotals(totals)).toBe('entries in 4 != published 3 + merged 1 + dropped 1');
  });
});

describe('questionReports', () => {
  it('lists id, topic, margin, close call and members, sorted by id', () => {
    expect(questionReports(sample()).map(({ id, topic, margin, closeCall, members, hidden }) => ({ id, topic, margin, closeCall, members, hidden }))).toEqual([
      { id: 'container-vs-vm', topic: 'basics', margin: 1, closeCall: false, members: ['notes/a.txt:1', 'notes/b.txt:5'], hidden: false },
      { id: 'old-question', topic: 'security', margin: 1, closeCall: false, members: ['notes/b.txt:9'], hidden: true },
      { id: 'what-is-docker-hub', topic: 'basics', margin: 1, closeCall: false, members: ['notes/a.txt:9'], hidden: false },
    ]);
  });
});

describe('idWordTotals', () => {
  it('counts published ids with a pinyin word and names them with the words', () => {
    const model = sample();
    const withPinyin: Model = { ...model, questions: model.questions.map((q) => (q.id === 'what-is-docker-hub' ? { ...q, idPinyin: ['hub'] } : q)) };
    const questions = questionReports(withPinyin);
    const totals = idWordTotals(questions);
    expect(totals).toEqual({ published: questions.filter((q) => !q.hidden).length, withPinyin: ['what-is-docker-hub'] });
    expect(formatIdWordTotals(totals, questions)).toMatch(
      /^ids: \d+ published, 1 with a pinyin word \(\d+\.\d %\): what-is-docker-hub \(hub\); add their words to data\/glossary\/id-terms\.yaml/,
    );
    expect(formatIdWordTotals(idWordTotals(questionReports(model)))).toMatch(/^ids: \d+ published, 0 with a pinyin word \(0\.0 %\)$/);
  });
});
