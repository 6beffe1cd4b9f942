/**
 * Benchmark part `normalise`: the normaliser CLI as a child process at 1x, 10x and 100x the notes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generateCorpus, type CorpusNote } from '../corpus.ts';
import { runMeasured, TimeoutError } from '../measure.ts';
import type { NormaliseSize } from '../report.ts';
import { BENCH_DIR, prepareNormaliserRoot } from '../sites.ts';
import type { BenchContext } from './context.ts';
import { loadCorpusInputs } from './corpus-inputs.ts';

/** Corpus sizes the normaliser is measured at. */
export const NORMALISE_FACTORS = [1, 10, 100] as const;

/**
 * The command that runs the normaliser CLI from any working folder, as `npm run normalise` does:
 * the launcher, which runs the bundled CLI with plain Node.
 */
export function normaliserCommand(projectRoot: string): { command: string; args: string[] } {
  return { command: process.execPath, args: [join(projectRoot, 'scripts', 'run-normalise.mjs')] };
}

/** Make sure the launcher's bundle is up to date, so no timed run includes building it. */
export function prepareNormaliser(projectRoot: string): void {
  const { command, args } = normaliserCommand(projectRoot);
  execFileSync(command, [...args, '--build-only'], { stdio: 'inherit' });
}

/**
 * Run the normaliser on one corpus in its own root (copies of data/ and editorial/, the corpus
 * as notes/): `cwd` is how the CLI is pointed at a notes folder and an output folder.
 */
export async function runNormaliser(context: BenchContext, rootDir: string) {
  const { command, args } = normaliserCommand(context.projectRoot);
  // Exit code 1 means "finished, with error-severity messages in the report": still a full run.
  return runMeasured(command, [...args, '--timings'], { cwd: rootDir, okExitCodes: [0, 1], timeoutMs: context.normaliseTimeoutMs });
}

/**
 * The stages of a `normalise --timings` line (`timings: read 0.05 s, parse+clean 1.58 s, …,
 * total 3.48 s`), in milliseconds, without the total; empty when the output has no such line.
 */
export function parseStageTimings(output: string): Record<string, number> {
  const line = output.split('\n').find((text) => text.startsWith('timings: '));
  const stages: Record<string, number> = {};
  for (const part of line?.slice('timings: '.length).split(', ') ?? []) {
    const match = /^(.+) (\d+(?:\.\d+)?) s$/.exec(part.trim());
    if (match && match[1] !== 'total') stages[match[1]!] = Number(match[2]) * 1000;
  }
  return stages;
}

/** Measure the normaliser at every size. */
export async function benchNormalise(context: BenchContext): Promise<{ sizes: NormaliseSize[] }> {
  const { notes, vocabulary } = loadCorpusInputs(context.projectRoot);
  prepareNormaliser(context.projectRoot);
  const sizes: NormaliseSize[] = [];
  for (const factor of NORMALISE_FACTORS) {
    const corpus: CorpusNote[] = generateCorpus(notes, factor, vocabulary);
    const rootDir = join(BENCH_DIR, `normalise-${factor}x`);
    prepareNormaliserRoot(context.projectRoot, rootDir, corpus);
    const runs = factor === 100 ? context.largeRuns : context.runs;
    const size: NormaliseSize = {
      factor,
      notes: corpus.length,
      corpusBytes: corpus.reduce((sum, note) => sum + Buffer.byteLength(note.text), 0),
      wallMs: [],
      cpuMs: [],
      maxRssBytes: [],
      stagesMs: [],
    };
    for (let run = 0; run < runs; run++) {
      let cost;
      try {
        cost = await runNormaliser(context, rootDir);
      } catch (error) {
        if (!(error instanceof TimeoutError)) throw error;
        // Record the limit and stop this size: more runs would only hit it again.
        context.log(`normalise ${factor}x run ${run + 1}/${runs}: stopped after ${Math.round(error.limitMs / 1000)} s`);
        size.timedOutAfterMs = error.limitMs;
        break;
      }
      context.log(`normalise ${factor}x run ${run + 1}/${runs}: ${Math.round(cost.wallMs)} ms wall, ${cost.cpuMs} ms CPU, ${Math.round(cost.maxRssBytes / 1024 / 1024)} MB${cost.exitCode ? ` (exit ${cost.exitCode})` : ''}`);
      size.wallMs.push(cost.wallMs);
      size.cpuMs.push(cost.cpuMs);
      size.maxRssBytes.push(cost.maxRssBytes);
      size.stagesMs!.push(parseStageTimings(cost.output));
    }
    sizes.push(size);
  }
  return { sizes };
}
