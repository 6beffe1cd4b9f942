/**
 * Broken and hostile inputs: each gives a clear message with file and line, never a crash, and
 * the other notes still come out.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { SourceNote } from '../../../scripts/normaliser/model.ts';
import { parseAndClean } from '../../../scripts/normaliser/pipeline.ts';
import { toSourceNote } from '../../../scripts/normaliser/read/read-notes.ts';
import { findUnaccountedLines } from '../../../scripts/normaliser/report/accounting.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/hostile/${name}`);
const asNote = (path: string, bytes: Uint8Array): SourceNote => {
  const result = toSourceNote(path, bytes);
  if (!('text' in result)) throw new Error(`expected ${path} to decode`);
  return result;
};
const GOOD = '## 什么是容器\n\n容器是进程。\n';

describe('hostile notes', () => {
  it('a binary file is an error naming the file and line; the other notes still come out', () => {
    const binary = toSourceNote('notes/binary.txt', new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0xff, 0x00]));
    expect(binary).toMatchObject({ note: 'notes/binary.txt', line: 2, severity: 'error' });
    const records = parseAndClean([asNote('notes/good.md', new TextEncoder().encode(GOOD))]);
    expect(records[0]!.entries).toHaveLength(1);
  });

  it('an empty file gives a warning and no entries', () => {
    const [record] = parseAndClean([asNote('notes/empty.txt', fixture('empty.txt'))]);
    expect(record!.entries).toEqual([]);
    expect(record!.messages).toContainEqual(expect.objectContaining({ note: 'notes/empty.txt', severity: 'warning', reason: 'note is empty' }));
  });

  it('a note of only site noise has every line dropped and says it has no entries', () => {
    const [record] = parseAndClean([asNote('notes/only-noise.txt', fixture('only-noise.txt'))]);
    expect(record!.entries).toEqual([]);
    expect(record!.dropped.map((dropped) => dropped.line)).toEqual([1, 3, 5, 7, 9]);
    expect(findUnaccountedLines(record!)).toEqual([]);
    expect(record!.messages.some((message) => message.severity === 'warning')).toBe(true);
  });

  it('an unclosed code fence is a warning at the fence line; its # lines are not headings', () => {
    const [record] = parseAndClean([asNote('notes/unclosed-fence.md', fixture('unclosed-fence.md'))]);
    expect(record!.entries.map((entry) => [entry.source.lines, entry.question])).toEqual([[[1, 10], '如何查看日志']]); // the open fence runs to the end of the file
    expect(record!.messages).toContainEqual(expect.objectContaining({ note: 'notes/unclosed-fence.md', line: 5, severity: 'warning', source: 'parse/markdown' }));
  });

  it('broken YAML front matter is a warning with file and line, and the note is still parsed', () => {
    const [record] = parseAndClean([asNote('notes/broken-front-matter.md', fixture('broken-front-matter.md'))]);
    expect(record!.entries.map((entry) => entry.question)).toEqual(['什么是镜像']);
    const warning = record!.messages.find((message) => message.source === 'parse/front-matter');
    expect(warning).toMatchObject({ note: 'notes/broken-front-matter.md', severity: 'warning' });
    expect(warning!.line).toBeGreaterThanOrEqual(2);
    expect(warning!.line).toBeLessThanOrEqual(3);
  });

  it('a 5 MB single line is read without a crash and accounted for', () => {
    const line = '容器'.repeat(1_300_000) + 'docker run -d nginx '.repeat(5_000);
    const [record] = parseAndClean([asNote('notes/huge.txt', new TextEncoder().encode(line))]);
    expect(record!.source.text.length).toBe(line.length);
    expect(findUnaccountedLines(record!)).toEqual([]);
  });

  it('GBK, UTF-16 and CRLF notes read like their UTF-8 twins', () => {
    const text = 'Docker 容器和镜像之间有什么关系?\n\n镜像是模板:\n\n1、定义: 镜像只读。\n\nDocker Swarm 的用途\n\n集群管理:\n\n1、管理: 多主机。\n\nDocker 网络模式\n\n有几种:\n\n1、桥接: 默认。\n';
    const expected = parseAndClean([asNote('notes/x.txt', new TextEncoder().encode(text))])[0]!.entries.map((entry) => [entry.source.lines, entry.question]);
    const variants: [string, Uint8Array][] = [
      ['gb18030', iconv.encode(text, 'gbk')],
      ['utf-16le', new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')])],
      ['utf-8', new TextEncoder().encode(text.replaceAll('\n', '\r\n'))],
    ];
    for (const [encoding, bytes] of variants) {
      const note = asNote('notes/x.txt', bytes);
      expect(note.encoding).toBe(encoding);
      expect(parseAndClean([note])[0]!.entries.map((entry) => [entry.source.lines, entry.question])).toEqual(expected);
    }
    expect(expected).toHaveLength(3);
  });

  it('a line in another encoding inside a UTF-8 note is reported by line and the rest is kept', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('## 什么是容器\n\n'), ...iconv.encode('容器是进程。', 'gbk'), 0x0a]);
    const [record] = parseAndClean([asNote('notes/mixed.md', bytes)]);
    expect(record!.messages).toContainEqual(expect.objectContaining({ note: 'notes/mixed.md', line: 3, source: 'decode' }));
    expect(record!.entries.map((entry) => entry.source.lines)).toEqual([[1, 3]]);
  });
});
