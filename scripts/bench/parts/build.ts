/**
 * Benchmark part `build`: cold `astro build` of our site and of a plain Starlight site with the same
 * pages, at the real notes (1x) and at the 10x corpus; ours/plain ratios taken run by run.
 */
import { join } from 'node:path';
import { generateCorpus } from '../corpus.ts';
import type { BuildSize } from '../report.ts';
import { BENCH_DIR, buildSite, builtPages, copyProject, preparePlainSite, writeCorpus } from '../sites.ts';
import type { BenchContext } from './context.ts';
import { loadCorpusInputs } from './corpus-inputs.ts';
import { runNormaliser } from './normalise.ts';

/** Corpus sizes the site build is measured at. */
export const BUILD_FACTORS = [1, 10] as const;

/** The two sites of one size, ready to build. */
export interface SitePair {
  factor: number;
  ours: string;
  plain: string;
}

/**
 * Copy the project and make the plain site for one size. At 1x the pages are the project's own;
 * at a larger size the copy's notes are replaced by the corpus and the normaliser regenerates the
 * pages in the copy first.
 */
export async function prepareSites(context: BenchContext, factor: number): Promise<SitePair> {
  const ours = join(BENCH_DIR, `site-ours-${factor}x`);
  const plain = join(BENCH_DIR, `site-plain-${factor}x`);
  copyProject(context.projectRoot, ours);
  if (factor > 1) {
    const { notes, vocabulary } = loadCorpusInputs(context.projectRoot);
    writeCorpus(join(ours, 'notes'), generateCorpus(notes, factor, vocabulary));
    await runNormaliser(context, ours);
  }
  preparePlainSite(context.projectRoot, plain, ours);
  return { factor, ours, plain };
}

/** Measure both builds at every size, alternating ours and plain within each run. */
export async function benchBuild(context: BenchContext, prepared: Map<number, SitePair>): Promise<{ sizes: BuildSize[] }> {
  const sizes: BuildSize[] = [];
  for (const factor of BUILD_FACTORS) {
    const pair = prepared.get(factor) ?? (await prepareSites(context, factor));
    prepared.set(factor, pair);
    const runs = factor === 1 ? context.runs : context.largeRuns;
    const size: BuildSize = { factor, pages: { ours: 0, plain: 0 }, oursMs: [], plainMs: [], oursCpuMs: [], plainCpuMs: [] };
    for (let run = 0; run < runs; run++) {
      const ours = await buildSite(pair.ours);
      const plain = await buildSite(pair.plain);
      context.log(`build ${factor}x run ${run + 1}/${runs}: ours ${Math.round(ours.wallMs)} ms, plain ${Math.round(plain.wallMs)} ms (CPU ${ours.cpuMs} / ${plain.cpuMs} ms)`);
      size.oursMs.push(ours.wallMs);
      size.plainMs.push(plain.wallMs);
      size.oursCpuMs.push(ours.cpuMs);
      size.plainCpuMs.push(plain.cpuMs);
    }
    size.pages = { ours: builtPages(join(pair.ours, 'dist')).length, plain: builtPages(join(pair.plain, 'dist')).length };
    sizes.push(size);
  }
  return { sizes };
}

/** Build the 1x sites once if an earlier part has not (for the browser parts). */
export async function ensureBuilt(context: BenchContext, prepared: Map<number, SitePair>, built: Set<string>): Promise<SitePair> {
  const pair = prepared.get(1) ?? (await prepareSites(context, 1));
  prepared.set(1, pair);
  for (const dir of [pair.ours, pair.plain]) {
    if (!built.has(dir)) {
      context.log(`building ${dir} for the browser measurements`);
      await buildSite(dir);
      built.add(dir);
    }
  }
  return pair;
}
