import { describe, expect, it } from 'vitest';
import { resolveEntryRef } from '../../../scripts/normaliser/overrides/entry-ref.ts';
import { entry } from '../merge/entry-fixture.ts';

const entries = [
  entry('notes/a.txt', 1, '本地的镜像文件都存放在哪里?', '在 /var/lib/docker 下。'),
  entry('notes/a.txt', 10, '本地的镜像文件都存放在哪里', '同上。'),
  entry('notes/a.txt', 20, 'Docker Ｓwarm 的主要特性', '集群。'),
];

describe('resolveEntryRef', () => {
  it('finds the one entry whose title contains the substring, ignoring case and width', () => {
    const result = resolveEntryRef({ note: 'notes/a.txt', title: 'docker swarm' }, entries);
    expect(result).toEqual({ entry: entries[2] });
  });
  it('finds an entry by a line inside it', () => {
    expect(resolveEntryRef({ note: 'notes/a.txt', line: 11 }, entries)).toEqual({ entry: entries[1] });
  });
  it('calls an ambiguous title a problem and lists where it matched', () => {
    expect(resolveEntryRef({ note: 'notes/a.txt', title: '存放在哪里' }, entries)).toEqual({
      problem: 'notes/a.txt "存放在哪里" is ambiguous: it matches the entries at lines 1, 10; add a line',
      kind: 'ambiguous',
    });
  });
  it('lets a line settle an ambiguous title', () => {
    expect(resolveEntryRef({ note: 'notes/a.txt', title: '存放在哪里', line: 10 }, entries)).toEqual({ entry: entries[1] });
  });
  it('calls a reference to a note without entries a problem', () => {
    expect(resolveEntryRef({ note: 'notes/missing.txt', title: 'x' }, entries)).toEqual({ problem: 'no entries from note notes/missing.txt', kind: 'missing' });
  });
});
