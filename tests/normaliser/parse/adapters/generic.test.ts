import { describe, expect, it } from 'vitest';
import { entryRows, parseText } from '../helpers.ts';

describe('generic adapter', () => {
  it('keeps a note of unknown shape as one entry titled by its first line, with a warning', () => {
    const record = parseText('一些随手记下的想法\n关于容器的一段话,没有标题结构。\n\n另一段话。');
    expect(record.shape).toBe('generic');
    expect(entryRows(record)).toEqual([[1, 4, '一些随手记下的想法', []]]);
    expect(record.messages).toMatchObject([{ line: 1, severity: 'warning', source: 'parse/generic' }]);
  });

  it('reads the questions the recogniser finds, the short first line as the note title, section lines as groups', () => {
    const record = parseText(['容器速记', '', '第一部分 镜像', '问：什么是镜像？', '答：只读模板。', '', 'Q2. 镜像和容器的关系', 'A: 模板和实例。', '它们共享只读层。'].join('\n'));
    expect(record.shape).toBe('generic');
    expect(entryRows(record)).toEqual([
      [4, 5, '什么是镜像？', ['第一部分 镜像']],
      [7, 9, '镜像和容器的关系', ['第一部分 镜像']],
    ]);
    expect(record.meta.title).toBe('容器速记');
    expect(record.dropped.map((dropped) => [dropped.line, dropped.reason])).toEqual([[1, 'note-title'], [3, 'grouping-heading']]);
    expect(record.messages.filter((message) => message.severity !== 'info')).toEqual([]);
  });
});
