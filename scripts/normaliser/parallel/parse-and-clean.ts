/**
 * Parse and clean the notes on several threads: the main thread and `pool.count` note workers take
 * notes from one queue (largest first, so no thread is left with a big note at the end), then,
 * once every note's private addresses are known, each thread cleans the records it parsed with the
 * run-wide numbering. The records are the ones `parseAndClean` + `cleanNotes` give, in path order:
 * parsing and cleaning a note are pure and the numbering is computed the same way.
 *
 * A worker runs the normaliser's own code (`script`: the CLI's bundle, or scripts/normalise.ts
 * through tsx) and starts serving once it has loaded it; until then the main thread works
 * through the queue alone, so a slow start costs nothing but the start itself.
 */
import { Worker } from 'node:worker_threads';
import { cleanNotes, type TreeCleanData } from '../clean/tree/index.ts';
import { notePrivateAddresses, numberPrivateAddresses } from '../clean/tree/privacy.ts';
import type { NoteRecord, SourceNote } from '../model.ts';
import { parseNote } from '../parse/parse-note.ts';
import type { FromNoteWorker, NoteWorkerData, ToNoteWorker } from './protocol.ts';

/** How to start note workers. */
export interface NoteWorkerPool {
  /** Module that runs `runNoteWorker` when started with note-worker `workerData`. */
  script: URL;
  /** True when `script` is TypeScript source: each worker registers tsx before importing it. */
  typescript: boolean;
  /** Number of workers besides the main thread. */
  count: number;
  /**
   * Start no worker when the notes hold fewer characters than this: starting one (loading the
   * normaliser, warming up its compiler) costs more than it saves on a small corpus.
   */
  minChars?: number;
  /** False: the main thread only hands out notes, the workers parse them all (tests use it). */
  mainThreadParses?: boolean;
}

/** What cleaning needs besides the notes (as in `CleanContext`, without the address map). */
export interface ParallelCleanContext {
  assetPaths: ReadonlySet<string>;
  data: TreeCleanData;
}

/** One started worker. */
interface RunningWorker {
  worker: Worker;
}

/** A worker running `pool.script` (through tsx when it is TypeScript). */
function startWorker(pool: NoteWorkerPool, workerData: NoteWorkerData): Worker {
  if (!pool.typescript) return new Worker(pool.script, { workerData });
  return new Worker(new URL('./tsx-worker.mjs', import.meta.url), { workerData, argv: [pool.script.href] });
}

/** Largest first; ties by path, so the order does not depend on how notes were listed. */
function byWorkDescending(a: SourceNote, b: SourceNote): number {
  return b.text.length - a.text.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** Let queued worker messages in between two notes parsed on the main thread. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Parsed and cleaned records of `notes`, sorted by path, computed on the main thread and `pool.count` workers. */
export async function parseAndCleanInParallel(
  notes: readonly SourceNote[],
  context: ParallelCleanContext,
  pool: NoteWorkerPool,
): Promise<NoteRecord[]> {
  const queue = [...notes].sort(byWorkDescending);
  const chars = notes.reduce((total, note) => total + note.text.length, 0);
  const count = chars < (pool.minChars ?? 0) ? 0 : pool.count;
  const addresses: { path: string; addresses: string[] }[] = [];
  const own: NoteRecord[] = [];
  const workerData: NoteWorkerData = { role: 'note-worker', data: context.data, assetPaths: [...context.assetPaths] };
  let failure: Error | undefined;
  let pendingParses = 0;
  let wakeMain: (() => void) | undefined;
  const wake = (): void => {
    wakeMain?.();
    wakeMain = undefined;
  };
  const cleanedBy = new Map<Worker, (records: NoteRecord[]) => void>();
  const cleaningFailed: ((error: Error) => void)[] = [];
  let finished = false;

  const send = (running: RunningWorker, message: ToNoteWorker): void => running.worker.postMessage(message);
  const feed = (running: RunningWorker): void => {
    const note = queue.shift();
    if (!note) return;
    pendingParses += 1;
    send(running, { type: 'parse', note });
  };
  const workers: RunningWorker[] = Array.from({ length: count }, () => {
    const running: RunningWorker = { worker: startWorker(pool, workerData) };
    running.worker.on('message', (message: FromNoteWorker) => {
      if (message.type === 'cleaned') {
        cleanedBy.get(running.worker)?.(message.records);
        return;
      }
      if (message.type === 'parsed') {
        addresses.push({ path: message.path, addresses: message.addresses });
        pendingParses -= 1;
      }
      // Two notes in flight per worker (both sent when it is ready, one more per answer), so it
      // never waits for the main thread to finish a note of its own before getting the next.
      feed(running);
      if (message.type === 'ready') feed(running);
      wake();
    });
    running.worker.on('error', (error) => {
      failure ??= new Error(`note worker failed: ${error.message}`, { cause: error });
      wake();
    });
    running.worker.on('exit', (code) => {
      if (finished) return;
      failure ??= new Error(`note worker stopped early (exit code ${code})`);
      wake();
      for (const reject of cleaningFailed) reject(failure);
    });
    return running;
  });

  try {
    while (queue.length > 0 && (pool.mainThreadParses !== false || count === 0)) {
      const note = queue.shift()!;
      const record = parseNote(note);
      own.push(record);
      addresses.push({ path: record.source.path, addresses: notePrivateAddresses(record) });
      await yieldToMessages();
      if (failure) throw failure;
    }
    while (pendingParses > 0 || queue.length > 0) {
      await new Promise<void>((resolve) => (wakeMain = resolve));
      if (failure) throw failure;
    }

    const privateAddresses = numberPrivateAddresses(addresses, context.data.privacy);
    const fromWorkers = workers.map(
      (running) =>
        new Promise<NoteRecord[]>((resolve, reject) => {
          cleanedBy.set(running.worker, resolve);
          cleaningFailed.push(reject);
          running.worker.once('error', reject);
          send(running, { type: 'clean', privateAddresses });
        }),
    );
    const cleaned = cleanNotes(own, { ...context, privateAddresses });
    for (const records of await Promise.all(fromWorkers)) cleaned.push(...records);
    // The order parseAndClean gives.
    return cleaned.sort((a, b) => a.source.path.localeCompare(b.source.path));
  } finally {
    finished = true;
    await Promise.all(workers.map((running) => running.worker.terminate()));
  }
}
