import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../scripts/normaliser/read/normalise-text.ts';

describe('normaliseText', () => {
  it.each([
    ['CRLF line endings', 'a\r\nb\r\n', 'a\nb\n'],
    ['lone CR line endings (old Mac)', 'a\rb\rc', 'a\nb\nc'],
    ['NBSP and U+3000 become spaces', 'a\u00A0b\u3000c', 'a b c'],
    ['zero-width characters are removed', 'Doc\u200Bker\u200D\uFEFF', 'Docker'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('keeps line N on line N', () => {
    const input = 'one\r\ntwo\rthree\n\u3000four';
    expect(normaliseText(input).split('\n')).toEqual(['one', 'two', 'three', ' four']);
  });
});
