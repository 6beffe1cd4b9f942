import { describe, expect, it } from 'vitest';
import { entryRows, parseText } from '../helpers.ts';

describe('front-matter-markdown adapter', () => {
  it('reads title/date/tags into meta, drops the front matter lines and names the note title on entries', () => {
    const record = parseText('---\ntitle: Docker and Kubernets\ndate: 2024-02-11 11:11:00 -0700\ncategories: [docker]\ntags:\n---\n\n## 如何管理数据卷\n\n使用 docker volume。\n');
    expect(record.shape).toBe('front-matter-markdown');
    expect(record.meta).toEqual({ title: 'Docker and Kubernets', date: '2024-02-11 11:11:00 -0700', tags: ['docker'] });
    expect(entryRows(record)).toEqual([[8, 10, '如何管理数据卷', []]]);
    expect(record.entries[0]!.source.noteTitle).toBe('Docker and Kubernets');
    expect(record.dropped.map((dropped) => [dropped.line, dropped.reason])).toEqual([1, 2, 3, 4, 5, 6].map((line) => [line, 'front-matter']));
  });
});
