import { describe, expect, it } from 'vitest';
import { entryRows, parseText } from '../helpers.ts';

describe('generic adapter', () => {
  it('keeps a note of unknown shape as one entry titled by its first line, with a warning', () => {
    const record = parseText('一些随手记下的想法\n关于容器的一段话,没有标题结构。\n\n另一段话。');
    expect(record.shape).toBe('generic');
    expect(entryRows(record)).toEqual([[1, 4, '一些随手记下的想法', []]]);
    expect(record.messages).toMatchObject([{ line: 1, severity: 'warning', source: 'parse/generic' }]);
  });
});
