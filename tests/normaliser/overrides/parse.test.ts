import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';

describe('parseOverrides', () => {
  it('reads every kind of decision and the line of each', () => {
    const text = [
      'pin:',
      '  - { id: container-vs-vm, topic: basics }',
      'merge:',
      '  - { ids: [a-b, c-d] }',
      'forbid:',
      '  - entries:',
      '      - { note: notes/x.txt, title: 区别 }',
      '      - { note: notes/y.txt, line: 12 }',
      'title:',
      '  - { id: compose, title: Docker Compose 是什么？ }',
      'titleEn:',
      '  - { id: container-vs-vm, title: Containers vs virtual machines }',
      'order:',
      '  - { id: what-is-docker, position: 1 }',
      'hide:',
      '  - { id: old-one, reason: outdated }',
      'commands:',
      '  - { id: volume-examples, subject: volume backup, line: 177, decision: annotate }',
      '  - { id: old-one, subject: "-d", decision: ignore, reason: history }',
      'split:',
      '  - { note: notes/y.txt, line: 30, why: its own task }',
      '',
    ].join('\n');
    const { overrides, messages } = parseOverrides(text, 'editorial/overrides.yaml');
    expect(messages).toEqual([]);
    expect(overrides.pin).toEqual([{ id: 'container-vs-vm', topic: 'basics' }]);
    expect(overrides.forbid[0]!.entries).toEqual([
      { note: 'notes/x.txt', title: '区别' },
      { note: 'notes/y.txt', line: 12 },
    ]);
    expect(overrides.commands).toEqual([
      { id: 'volume-examples', subject: 'volume backup', line: 177, decision: 'annotate' },
      { id: 'old-one', subject: '-d', decision: 'ignore', reason: 'history' },
    ]);
    expect(overrides.title).toEqual([{ id: 'compose', title: 'Docker Compose 是什么？' }]);
    expect(overrides.lines).toEqual({ pin: [2], merge: [4], forbid: [6], title: [10], titleEn: [12], order: [14], hide: [16], commands: [18, 19], split: [21] });
    expect(overrides.split).toEqual([{ note: 'notes/y.txt', line: 30, why: 'its own task' }]);
  });

  it.each([
    ['a fix without its replacement', '  - { id: a-b, subject: status, decision: fix }', /^commands\.0\.replacement: /],
    ['an ignore without a reason', '  - { id: a-b, subject: status, decision: ignore }', /^commands\.0\.reason: /],
    ['an unknown decision', '  - { id: a-b, subject: status, decision: delete }', /^commands\.0\.decision: /],
    ['an explanation on an ignore', '  - { id: a-b, subject: status, decision: ignore, reason: x, explanation: y }', /^commands\.0: Unrecognized key/],
  ])('rejects %s in the commands decisions, naming the line', (_name, decision, reason) => {
    const { messages } = parseOverrides(`commands:\n${decision}\n`, 'ed.yaml');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ note: 'ed.yaml', line: 2, severity: 'error', source: 'overrides' });
    expect(messages[0]!.reason).toMatch(reason);
  });

  it('treats a missing kind as no decisions', () => {
    const { overrides, messages } = parseOverrides('hide:\n  - { id: x, reason: y }\n');
    expect(messages).toEqual([]);
    expect(overrides.pin).toEqual([]);
    expect(overrides.hide).toEqual([{ id: 'x', reason: 'y' }]);
  });

  it('reports a schema error with the line of the offending value', () => {
    const { messages } = parseOverrides('pin:\n  - { id: ok-id, topic: basics }\n  - id: other\n    topic: cooking\n', 'ed.yaml');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ note: 'ed.yaml', line: 4, severity: 'error', source: 'overrides' });
    expect(messages[0]!.reason).toMatch(/^pin\.1\.topic: /);
  });

  it('reports an unknown kind of decision', () => {
    const { messages } = parseOverrides('pin: []\nrename:\n  - { id: a }\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/rename/);
  });

  it('reports an entry reference with neither title nor line', () => {
    const { messages } = parseOverrides('forbid:\n  - entries:\n      - { note: notes/x.txt }\n      - { note: notes/y.txt, line: 3 }\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 3 });
    expect(messages[0]!.reason).toMatch(/title .* or a line/);
  });

  it('reports broken YAML with its line and yields no decisions', () => {
    const { overrides, messages } = parseOverrides('pin:\n  - { id: a, topic: basics\nhide: []\n');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toMatchObject({ severity: 'error', source: 'overrides' });
    expect(messages[0]!.line).toBeGreaterThanOrEqual(2);
    expect(overrides.pin).toEqual([]);
  });

  it('rejects ids that are not kebab-case ASCII', () => {
    const { messages } = parseOverrides('hide:\n  - { id: 容器, reason: x }\n');
    expect(messages[0]).toMatchObject({ line: 2 });
  });

  it('reads the project overrides file without errors', () => {
    const { messages } = parseOverrides(readFileSync('editorial/overrides.yaml', 'utf8'));
    expect(messages).toEqual([]);
  });
});
