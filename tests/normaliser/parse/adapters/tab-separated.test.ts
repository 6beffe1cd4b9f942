/** Flashcards exported as tab-separated text (scripts/normaliser/parse/adapters/tab-separated.ts). */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseText } from '../helpers.ts';

const ANKI = [
  '#separator:tab', // 1
  '#html:true', // 2
  '什么是镜像？\t只读的模板；<br>由多层组成。', // 3
  '什么是容器？\t镜像的<b>运行实例</b>。', // 4
  '.dockerignore 的作用\t排除构建上下文里的文件，例如 .git &amp;&amp; node_modules。', // 5
  '为什么要合并 RUN？\t减少层数。', // 6
].join('\n');

describe('tab-separated adapter', () => {
  it('reads an Anki export: one entry a row, the header lines dropped', () => {
    const record = parseText(ANKI, 'notes/cards.txt');
    expect(record.shape).toBe('tab-separated');
    expect(record.entries.map((entry) => [entry.source.lines, entry.source.originalTitle])).toEqual([
      [[3, 3], '什么是镜像？'],
      [[4, 4], '什么是容器？'],
      [[5, 5], '.dockerignore 的作用'],
      [[6, 6], '为什么要合并 RUN？'],
    ]);
    expect(record.dropped.map((line) => [line.line, line.reason])).toEqual([
      [1, 'export-header'],
      [2, 'export-header'],
    ]);
  });

  it('reads formatting HTML fields as text with line breaks, bold and entities', () => {
    const [image, container, ignore] = parseText(ANKI, 'notes/cards.txt').entries;
    expect(image!.answer.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(JSON.stringify(image!.answer)).toContain('"type":"break"');
    expect(JSON.stringify(container!.answer)).toContain('"type":"strong"');
    expect(toString(ignore!.answer)).toContain('.git && node_modules');
  });

  it('keeps a field with any other tag, or any field without #html:true, as text', () => {
    const hostile = parseText(
      ['#html:true', '什么是镜像？\t<script>alert(1)</script>只读模板', '什么是容器？\t<img src=x onerror="alert(2)">实例', '什么是卷？\t持久化'].join('\n'),
      'notes/cards.txt',
    );
    expect(hostile.entries.map((entry) => toString(entry.answer))).toEqual(['<script>alert(1)</script>只读模板', '<img src=x onerror="alert(2)">实例', '持久化']);
    const plain = parseText(['什么是镜像？\ta<br>b', '什么是容器？\tc', '什么是卷？\td'].join('\n'), 'notes/cards.tsv');
    expect(plain.shape).toBe('tab-separated');
    expect(toString(plain.entries[0]!.answer)).toBe('a<br>b');
  });

  it('is not claimed for prose with a tab here and there, nor for rows that do not ask', () => {
    expect(parseText(['容器是镜像的实例。', '镜像\t只读。', '这是一段说明。', '还有一段说明。', '最后一段。'].join('\n')).shape).not.toBe('tab-separated');
    expect(parseText(['名称\t大小', 'nginx\t142MB', 'redis\t117MB', 'alpine\t7MB'].join('\n')).shape).not.toBe('tab-separated');
    expect(parseText(['#separator:comma', '什么是镜像？,模板', '什么是容器？,实例', '什么是卷？,持久化'].join('\n')).shape).not.toBe('tab-separated');
  });
});
