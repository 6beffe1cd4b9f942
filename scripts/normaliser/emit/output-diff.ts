/**
 * How the outputs of a run differ from what is on disk: files whose content changed, files
 * missing, and stale files in the generated topic folders that this run did not produce.
 * Pure: the CLI reads the disk and acts on the result (`--check` reports, a normal run writes
 * and deletes).
 */
import type { OutputFile } from '../model.ts';
import { compareText } from '../ids/id-registry.ts';

/** The differences, each list sorted by path. */
export interface OutputDiff {
  /** On disk with other content. */
  changed: string[];
  /** Not on disk. */
  missing: string[];
  /** In a generated folder on disk but not produced by this run. */
  stale: string[];
}

/**
 * Compare a run's files with the disk. `onDisk` maps each output path to its current content
 * (undefined when absent); `generatedOnDisk` lists every file now in the generated folders.
 */
export function diffOutputs(
  files: readonly OutputFile[],
  onDisk: ReadonlyMap<string, string | undefined>,
  generatedOnDisk: readonly string[],
): OutputDiff {
  const produced = new Set(files.map((file) => file.path));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    const current = onDisk.get(file.path);
    if (current === undefined) missing.push(file.path);
    else if (current !== file.content) changed.push(file.path);
  }
  const stale = generatedOnDisk.filter((path) => !produced.has(path));
  return { changed: changed.sort(compareText), missing: missing.sort(compareText), stale: [...stale].sort(compareText) };
}

/** True when the disk already holds exactly this run's outputs. */
export function isUpToDate(diff: OutputDiff): boolean {
  return diff.changed.length === 0 && diff.missing.length === 0 && diff.stale.length === 0;
}

/** One line per difference: `changed: path`, `missing: path`, `stale: path`. */
export function formatOutputDiff(diff: OutputDiff): string[] {
  return [
    ...diff.changed.map((path) => `changed: ${path}`),
    ...diff.missing.map((path) => `missing: ${path}`),
    ...diff.stale.map((path) => `stale: ${path}`),
  ];
}
