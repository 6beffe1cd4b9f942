/**
 * Parsing and cleaning on worker threads gives exactly the records of the main-thread path: on the
 * real notes, and on notes whose private addresses must be numbered across threads.
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanNotes, loadTreeCleanData } from '../../../scripts/normaliser/clean/tree/index.ts';
import type { SourceNote } from '../../../scripts/normaliser/model.ts';
import { parseAndCleanInParallel, type NoteWorkerPool } from '../../../scripts/normaliser/parallel/parse-and-clean.ts';
import { parseAndClean } from '../../../scripts/normaliser/pipeline.ts';
import { readNotes } from '../../../scripts/normaliser/read/read-notes.ts';

const data = loadTreeCleanData('.');
const script = pathToFileURL('scripts/normalise.ts');
/** `count` workers; with `workersOnly` the main thread parses nothing, so the workers surely do. */
const pool = (count: number, workersOnly = false): NoteWorkerPool => ({ script, typescript: true, count, mainThreadParses: !workersOnly });

function sequential(notes: readonly SourceNote[], assetPaths: ReadonlySet<string>) {
  return cleanNotes(parseAndClean(notes), { assetPaths, data });
}

describe('parseAndCleanInParallel', () => {
  it('gives the real notes the same records as the main-thread path, parsed by two workers', async () => {
    const { notes, assetPaths } = readNotes('.');
    const context = { assetPaths: new Set(assetPaths), data };
    const parallel = await parseAndCleanInParallel(notes, context, pool(2, true));
    expect(parallel.map((record) => record.source.path)).toEqual(notes.map((note) => note.path).sort((a, b) => a.localeCompare(b)));
    expect(parallel).toEqual(sequential(notes, context.assetPaths));
  }, 60_000);

  it('numbers private addresses run-wide, in path order, whichever thread parsed the note', async () => {
    // Only workers parse: the first one ready takes two notes, the other one the third.
    const filler = '容器是一个进程。\n'.repeat(400);
    const notes: SourceNote[] = [
      { path: 'notes/b.md', encoding: 'utf-8', text: `## 网络\n\n### 怎么访问容器?\n\n访问 http://192.168.31.20:8080 即可。\n\n${filler}` },
      { path: 'notes/a.md', encoding: 'utf-8', text: '## 网络\n\n### 私有仓库在哪?\n\n在 10.0.8.15:5000,备用 192.168.31.20。\n' },
      { path: 'notes/c.md', encoding: 'utf-8', text: '## 网络\n\n### 宿主机地址?\n\n宿主机是 10.0.8.15。\n' },
    ];
    const context = { assetPaths: new Set<string>(), data };
    const parallel = await parseAndCleanInParallel(notes, context, pool(2, true));
    const expected = sequential(notes, context.assetPaths);
    expect(parallel).toEqual(expected);
    // The placeholders really are shared: a.md names both addresses first.
    const text = JSON.stringify(parallel.map((record) => record.entries.map((entry) => entry.answer)));
    expect(text).not.toContain('192.168.31.20');
    expect(text).not.toContain('10.0.8.15');
  }, 60_000);

  it('gives the same records when the main thread parses too, however the notes fall between threads', async () => {
    const { notes, assetPaths } = readNotes('.');
    const context = { assetPaths: new Set(assetPaths), data };
    expect(await parseAndCleanInParallel(notes, context, pool(1))).toEqual(sequential(notes, context.assetPaths));
  }, 60_000);

  it('starts no worker below minChars, and still gives the same records', async () => {
    const { notes, assetPaths } = readNotes('.');
    const context = { assetPaths: new Set(assetPaths), data };
    // A script that cannot load: any worker started would fail the run.
    const broken: NoteWorkerPool = { script: pathToFileURL('scripts/no-such-worker.mjs'), typescript: false, count: 1, minChars: Number.MAX_SAFE_INTEGER };
    expect(await parseAndCleanInParallel(notes, context, broken)).toEqual(sequential(notes, context.assetPaths));
  }, 60_000);

  it('fails with a clear error when a worker cannot start', async () => {
    const { notes, assetPaths } = readNotes('.');
    const broken: NoteWorkerPool = { script: pathToFileURL('scripts/no-such-worker.mjs'), typescript: false, count: 1 };
    await expect(parseAndCleanInParallel(notes, { assetPaths: new Set(assetPaths), data }, broken)).rejects.toThrow(/note worker failed: .*no-such-worker/);
  }, 60_000);

  it('fails with a clear error when a worker stops before answering', async () => {
    const { notes, assetPaths } = readNotes('.');
    const quits: NoteWorkerPool = { script: new URL('data:text/javascript,process.exit(3)'), typescript: false, count: 1, mainThreadParses: false };
    await expect(parseAndCleanInParallel(notes, { assetPaths: new Set(assetPaths), data }, quits)).rejects.toThrow(/note worker stopped early \(exit code 3\)/);
  }, 60_000);
});
