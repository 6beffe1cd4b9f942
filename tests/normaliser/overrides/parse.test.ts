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
      'titleEn:',
      '  - { id: container-vs-vm, title: Containers vs virtual machines }',
      'order:',
      '  - { id: what-is-docker, position: 1 }',
      'hide:',
      '  - { id: old-one, reason: outdated }',
      '',
    ].join('\n');
    const { overrides, messages } = parseOverrides(text, 'editorial/overrides.yaml');
    expect(messages).toEqual([]);
    expect(overrides.pin).toEqual([{ id: 'container-vs-vm', topic: 'basics' }]);
    expect(overrides.forbid[0]!.entries).toEqual([
      { note: 'notes/x.txt', title: '区别' },
      { note: 'notes/y.txt', line: 12 },
    ]);
    expect(overrides.lines).toEqual({ pin: [2], merge: [4], forbid: [6], titleEn: [10], order: [12], hide: [14] });
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
