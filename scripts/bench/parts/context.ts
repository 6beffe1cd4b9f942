/**
 * What every benchmark part gets: the project root, how many runs, and a log for progress lines.
 */
import { CHROMIUM_FLAGS } from '../../../src/plugins/mermaid.ts';

/** Shared settings of one `npm run bench`. */
export interface BenchContext {
  projectRoot: string;
  /** Runs per timing (BENCH_RUNS, default 3). */
  runs: number;
  /** Runs for the expensive sizes: 100x normaliser, 10x site build (BENCH_LARGE_RUNS, default 1). */
  largeRuns: number;
  /** Time limit of one normaliser run (BENCH_NORMALISE_TIMEOUT_S, default 300 s). */
  normaliseTimeoutMs: number;
  /** Chromium for Playwright and Lighthouse. */
  chromePath: string;
  /** Progress output (stderr), so the table on stdout stays clean. */
  log: (line: string) => void;
  /** Observations to print under the results (e.g. a size whose pages did not change). */
  notes: string[];
}

/** Chromium flags for a shared, offline machine: the site's own launch flags, headless. */
export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
