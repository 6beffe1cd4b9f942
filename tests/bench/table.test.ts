import { describe, expect, it } from 'vitest';
import { displayWidth, formatBytes, formatDuration, formatRatio, goalMark, markdownTable } from '../../scripts/bench/table.ts';

describe('markdownTable', () => {
  it('pads cells so the pipes line up, text left and figures right', () => {
    expect(markdownTable(['measure', 'value'], [['wall', '1.20 s'], ['peak memory', '88 MB']])).toBe(
      [
        '| measure     |  value |',
        '| ----------- | -----: |',
        '| wall        | 1.20 s |',
        '| peak memory |  88 MB |',
      ].join('\n'),
    );
  });
  it('counts CJK characters as two columns', () => {
    expect(markdownTable(['页面', 'x'], [['a', '1']])).toBe(['| 页面 |   x |', '| ---- | --: |', '| a    |   1 |'].join('\n'));
  });
  it('takes explicit alignments', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']], ['right', 'left'])).toBe(['|   a | b   |', '| --: | --- |', '|   1 | 2   |'].join('\n'));
  });
  it('refuses rows whose width differs from the header', () => {
    expect(() => markdownTable(['a', 'b'], [['only one']])).toThrow(/1 cells, header has 2/);
  });
});

describe('displayWidth', () => {
  it('counts ASCII as one column and CJK and full-width punctuation as two', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('容器？')).toBe(6);
  });
});

describe('formatters', () => {
  it('formats durations in ms below a second and in seconds above', () => {
    expect(formatDuration(87.4)).toBe('87 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
  });
  it('formats bytes in KB and MB', () => {
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
  it('formats ratios with two decimals', () => {
    expect(formatRatio(1.234)).toBe('1.23x');
  });
  it('marks goals met, missed, or absent', () => {
    expect(goalMark(1.2, { max: 1.5 })).toBe('met');
    expect(goalMark(1.6, { max: 1.5 })).toBe('MISSED');
    expect(goalMark(94, { min: 95 })).toBe('MISSED');
    expect(goalMark(undefined, { min: 95 })).toBe('–');
    expect(goalMark(3, undefined)).toBe('–');
  });
});
