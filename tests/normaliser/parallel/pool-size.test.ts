import { describe, expect, it } from 'vitest';
import { noteWorkerSetting, PARALLEL_MIN_CHARS } from '../../../scripts/normaliser/parallel/pool-size.ts';

describe('noteWorkerSetting', () => {
  it('uses one worker per core besides the main thread, for large corpora only', () => {
    expect(noteWorkerSetting(undefined, 2)).toEqual({ count: 1, minChars: PARALLEL_MIN_CHARS });
    expect(noteWorkerSetting('', 8)).toEqual({ count: 7, minChars: PARALLEL_MIN_CHARS });
    expect(noteWorkerSetting(undefined, 1)).toEqual({ count: 0, minChars: PARALLEL_MIN_CHARS });
  });

  it('takes NORMALISE_WORKERS as asked, whatever the corpus size', () => {
    expect(noteWorkerSetting('0', 2)).toEqual({ count: 0, minChars: 0 });
    expect(noteWorkerSetting(' 3 ', 2)).toEqual({ count: 3, minChars: 0 });
  });

  it('rejects a setting that is not a whole number, naming it', () => {
    expect(() => noteWorkerSetting('two', 2)).toThrow(/NORMALISE_WORKERS must be a whole number.*"two"/);
    expect(() => noteWorkerSetting('-1', 2)).toThrow(/NORMALISE_WORKERS/);
  });
});
