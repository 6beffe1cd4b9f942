/**
 * Messages between the CLI's main thread and its note workers (worker threads running the same
 * normaliser code). Everything here crosses threads by structured clone: plain data only.
 */
import type { NoteRecord, SourceNote } from '../model.ts';
import type { TreeCleanData } from '../clean/tree/index.ts';

/** Marks a worker thread started as a note worker, with what every note's cleaning needs. */
export interface NoteWorkerData {
  role: 'note-worker';
  data: TreeCleanData;
  /** `CleanContext.assetPaths`, as an array. */
  assetPaths: string[];
}

/** Main thread -> worker. */
export type ToNoteWorker =
  /** Parse one note and keep its record; answer with its private addresses. */
  | { type: 'parse'; note: SourceNote }
  /** Clean every record kept, with the run-wide private-address map; answer with the records. */
  | { type: 'clean'; privateAddresses: Map<string, string> };

/** Worker -> main thread. */
export type FromNoteWorker =
  | { type: 'ready' }
  | { type: 'parsed'; path: string; addresses: string[] }
  | { type: 'cleaned'; records: NoteRecord[] };

/** True for the `workerData` of a note worker. */
export function isNoteWorkerData(value: unknown): value is NoteWorkerData {
  return typeof value === 'object' && value !== null && (value as { role?: unknown }).role === 'note-worker';
}
