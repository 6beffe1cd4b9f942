import { describe, expect, it } from 'vitest';
import { parseTimeOutput } from '../../scripts/bench/measure.ts';

describe('parseTimeOutput', () => {
  it('reads user + sys seconds and max RSS in KB from GNU time `%U %S %M`', () => {
    expect(parseTimeOutput('0.50 0.10 20480\n')).toEqual({ cpuMs: 600, maxRssBytes: 20480 * 1024 });
  });
  it('reads the last line when GNU time reports a non-zero exit first', () => {
    expect(parseTimeOutput('Command exited with non-zero status 1\n1.25 0.25 1024\n')).toEqual({ cpuMs: 1500, maxRssBytes: 1024 * 1024 });
  });
  it('fails clearly on anything else', () => {
    expect(() => parseTimeOutput('garbage')).toThrow(/cannot read GNU time output/);
  });
});
