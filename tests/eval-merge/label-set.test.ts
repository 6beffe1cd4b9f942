import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_SETS, readLabelSet } from '../../scripts/eval-merge/label-set.ts';

const ROOT = process.cwd();

describe('the two label sets in tests/fixtures', () => {
  for (const where of LABEL_SETS) {
    describe(where.name, () => {
      const set = readLabelSet(ROOT, where);

      it('agrees with itself: groups and pairs name inventory questions, pairs agree with groups', () => {
        expect(set.questions.length).toBeGreaterThan(200);
        expect(set.groupCount).toBeGreaterThan(40);
      });

      it('copies each title from its note line (an embedded question from inside the line)', () => {
        for (const question of set.questions) {
          const line = readFileSync(join(ROOT, question.note), 'utf8').split('\n')[question.line - 1]!;
          expect(line.trim() === question.title || line.includes(question.title), `${question.note}:${question.line}`).toBe(true);
        }
      });
    });
  }

  it('gives every member of a group of the second labelling one topic: a page has one', () => {
    const set = readLabelSet(ROOT, LABEL_SETS[1]);
    const topicsByGroup = new Map<string, Set<string>>();
    for (const question of set.questions) {
      if (question.group) topicsByGroup.set(question.group, (topicsByGroup.get(question.group) ?? new Set()).add(question.topic));
    }
    expect([...topicsByGroup].filter(([, topics]) => topics.size > 1)).toEqual([]);
  });
});

describe('readLabelSet on hostile label files', () => {
  const write = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'labels-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
  const inventory = 'note: notes/a.txt\nquestions:\n  - { line: 1, title: "A", topic: basics }\n  - { line: 3, title: "B", topic: basics }\n';
  const where = { name: 'test', inventory: 'inv', labels: 'lab' };

  it('names the file and the question a group lists that the inventory does not have', () => {
    const root = write({
      'inv/a.yaml': inventory,
      'lab/duplicate-groups.yaml': 'groups:\n  - { name: g, why: x, members: [{ note: notes/a.txt, line: 1, title: A }, { note: notes/a.txt, line: 9, title: Z }] }\n',
      'lab/duplicate-pairs.yaml': 'pairs: []\n',
    });
    expect(() => readLabelSet(root, where)).toThrow('lab/duplicate-groups.yaml: g: notes/a.txt:9 is not an inventory question');
  });

  it('names a pair that says duplicate when the groups do not', () => {
    const root = write({
      'inv/a.yaml': inventory,
      'lab/duplicate-groups.yaml': 'groups: []\n',
      'lab/duplicate-pairs.yaml': 'pairs:\n  - { a: { note: notes/a.txt, line: 1, title: A }, b: { note: notes/a.txt, line: 3, title: B }, duplicate: true, why: x }\n',
    });
    expect(() => readLabelSet(root, where)).toThrow('notes/a.txt:1 / notes/a.txt:3 says duplicate: true');
  });

  it('rejects a topic that is not one of the seven', () => {
    const root = write({
      'inv/a.yaml': 'note: notes/a.txt\nquestions:\n  - { line: 1, title: "A", topic: ops }\n',
      'lab/duplicate-groups.yaml': 'groups: []\n',
      'lab/duplicate-pairs.yaml': 'pairs: []\n',
    });
    expect(() => readLabelSet(root, where)).toThrow();
  });
});
