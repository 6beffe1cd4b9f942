import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { inventoryEntries } from '../../scripts/eval-merge/inventory-entries.ts';

describe('inventoryEntries: entries cut where an inventory says questions are', () => {
  const root = mkdtempSync(join(tmpdir(), 'inventory-'));
  mkdirSync(join(root, 'notes'));
  mkdirSync(join(root, 'inv'));
  writeFileSync(
    join(root, 'notes/a.txt'),
    ['## 网络', '### 3.2 Docker网络插件', '模块', '#### 3.2.1 常用网络插件', '桥接', '聊聊:COPY 和 ADD 有什么区别?', 'COPY 只能是本地文件。 8. 解释一下 ONBUILD 指令? 触发指令。', 'img', ''].join('\n'),
  );
  writeFileSync(
    join(root, 'inv/a.yaml'),
    [
      'note: notes/a.txt',
      'questions:',
      '  - { line: 2, title: "### 3.2 Docker网络插件", topic: networking }',
      '  - { line: 4, title: "#### 3.2.1 常用网络插件", topic: networking }',
      '  - { line: 6, title: "聊聊:COPY 和 ADD 有什么区别?", topic: dockerfile }',
      '  - { line: 7, title: "8. 解释一下 ONBUILD 指令?", topic: dockerfile }',
      'grouping_headings:',
      '  - { line: 1, text: "## 网络" }',
      'noise:',
      '  - { lines: [8, 8], why: picture placeholder }',
    ].join('\n'),
  );
  const entries = inventoryEntries(root, 'inv');

  it('strips markup, prompts and numbers from the question', () => {
    expect(entries.map((entry) => entry.question)).toEqual(['Docker网络插件', '常用网络插件', 'COPY 和 ADD 有什么区别?', '解释一下 ONBUILD 指令?']);
  });
  it('records the headings above an entry as its section', () => {
    expect(entries.map((entry) => entry.section)).toEqual([['网络'], ['网络', '3.2 Docker网络插件'], [], []]);
  });
  it('cuts an embedded question out of its line: the text before ends the answer above, the text after starts its own', () => {
    expect(toString(entries[2]!.answer).trim()).toBe('COPY 只能是本地文件。');
    expect(entries[2]!.source.lines).toEqual([6, 7]);
    expect(toString(entries[3]!.answer).trim()).toBe('触发指令。');
    expect(entries[3]!.source.lines[0]).toBe(7);
  });
  it('leaves noise lines out of answers', () => {
    expect(entries.some((entry) => toString(entry.answer).includes('img'))).toBe(false);
  });
});
