/**
 * How many note workers a run starts, and from how much text on.
 */

/**
 * Below this many characters of notes a run parses on the main thread only, unless
 * NORMALISE_WORKERS asks for workers. Measured on 2 cores (docs/BENCHMARKS.md): a worker takes
 * about 0.6 s to load the normaliser and warm up, which the five notes (about 100,000
 * characters, 0.6 s of parsing) never win back.
 */
export const PARALLEL_MIN_CHARS = 1_000_000;

/** What `NORMALISE_WORKERS` and the machine make of a run's workers. */
export interface WorkerSetting {
  count: number;
  minChars: number;
}

/**
 * `NORMALISE_WORKERS` when set (a whole number, 0 = main thread only; workers start whatever the
 * corpus size), else one per core besides the main thread's, from PARALLEL_MIN_CHARS on.
 */
export function noteWorkerSetting(setting: string | undefined, cores: number): WorkerSetting {
  if (setting === undefined || setting.trim() === '') return { count: Math.max(0, cores - 1), minChars: PARALLEL_MIN_CHARS };
  if (!/^\d+$/.test(setting.trim())) throw new Error(`NORMALISE_WORKERS must be a whole number (0 = no worker threads), not "${setting}"`);
  return { count: Number(setting.trim()), minChars: 0 };
}
