import { describe, expect, it } from 'vitest';
import { diffOutputs, formatOutputDiff, isUpToDate } from '../../../scripts/normaliser/emit/output-diff.ts';

const files = [
  { path: 'src/content/docs/basics/a.mdx', content: 'A' },
  { path: 'src/content/docs/basics/index.mdx', content: 'I' },
  { path: 'data/id-registry.json', content: 'R' },
];

describe('diffOutputs', () => {
  it('is up to date when the disk holds exactly the outputs', () => {
    const onDisk = new Map(files.map((file) => [file.path, file.content]));
    const diff = diffOutputs(files, onDisk, ['src/content/docs/basics/a.mdx', 'src/content/docs/basics/index.mdx']);
    expect(isUpToDate(diff)).toBe(true);
  });

  it('names changed, missing and stale files', () => {
    const onDisk = new Map<string, string | undefined>([
      ['src/content/docs/basics/a.mdx', 'A edited by hand'],
      ['src/content/docs/basics/index.mdx', 'I'],
      ['data/id-registry.json', undefined],
    ]);
    const diff = diffOutputs(files, onDisk, [
      'src/content/docs/basics/a.mdx',
      'src/content/docs/basics/index.mdx',
      'src/content/docs/storage/old.mdx',
    ]);
    expect(isUpToDate(diff)).toBe(false);
    expect(formatOutputDiff(diff)).toEqual([
      'changed: src/content/docs/basics/a.mdx',
      'missing: data/id-registry.json',
      'stale: src/content/docs/storage/old.mdx',
    ]);
  });
});
