/**
 * CLI: `npm run bench [-- --only normalise,build,weight,search,lighthouse] [-- --runs N]`.
 * Measures the normaliser, the site build against plain Starlight, page weight, search and
 * Lighthouse scores; prints the results, writes reports/bench.json (raw samples) and the results
 * section of docs/BENCHMARKS.md. Temporary folders live in os.tmpdir()/docker-notes-bench.
 * Environment: BENCH_RUNS (default 3), BENCH_LARGE_RUNS (default 1: 100x normaliser, 10x build,
 * Lighthouse), BENCH_NORMALISE_TIMEOUT_S (default 300: a normaliser run stopped after this is
 * reported as "> limit"), CHROME_PATH (default /usr/bin/chromium).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBuild, ensureBuilt, type SitePair } from './parts/build.ts';
import { benchSearch, benchWeight } from './parts/browser.ts';
import type { BenchContext } from './parts/context.ts';
import { benchLighthouse } from './parts/lighthouse.ts';
import { benchNormalise } from './parts/normalise.ts';
import { mergeReports, renderReport, spliceResults, type BenchReport } from './report.ts';

/** The parts, in the order they run. */
export const PARTS = ['normalise', 'build', 'weight', 'search', 'lighthouse'] as const;
type Part = (typeof PARTS)[number];

const REPORT_PATH = 'reports/bench.json';
const DOC_PATH = 'docs/BENCHMARKS.md';

/** The parts named by `--only` (comma-separated, repeatable), or all of them. */
export function selectParts(only: readonly string[] | undefined): Part[] {
  if (!only || only.length === 0) return [...PARTS];
  const names = only.flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!(PARTS as readonly string[]).includes(name)) throw new Error(`unknown part "${name}"; parts: ${PARTS.join(', ')}`);
  }
  return PARTS.filter((part) => names.includes(part));
}

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return number;
}

function packageVersion(projectRoot: string, name: string): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, runs: { type: 'string' } } });
  const parts = selectParts(values.only);
  const projectRoot = process.cwd();
  const context: BenchContext = {
    projectRoot,
    runs: positiveInteger(values.runs ?? process.env.BENCH_RUNS, 3, 'BENCH_RUNS'),
    largeRuns: positiveInteger(process.env.BENCH_LARGE_RUNS, 1, 'BENCH_LARGE_RUNS'),
    normaliseTimeoutMs: positiveInteger(process.env.BENCH_NORMALISE_TIMEOUT_S, 300, 'BENCH_NORMALISE_TIMEOUT_S') * 1000,
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    log: (line) => process.stderr.write(`[bench] ${line}\n`),
    notes: [],
  };
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 10),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU', memoryBytes: totalmem() },
    versions: {
      node: process.versions.node,
      astro: packageVersion(projectRoot, 'astro'),
      '@astrojs/starlight': packageVersion(projectRoot, '@astrojs/starlight'),
      pagefind: packageVersion(projectRoot, 'pagefind'),
      lighthouse: existsSync(join(projectRoot, 'node_modules', 'lighthouse')) ? packageVersion(projectRoot, 'lighthouse') : 'not installed',
    },
    runs: context.runs,
  };
  const prepared = new Map<number, SitePair>();
  const built = new Set<string>();
  for (const part of parts) {
    const started = performance.now();
    context.log(`${part}: start`);
    if (part === 'normalise') report.normalise = await benchNormalise(context);
    if (part === 'build') {
      report.build = await benchBuild(context, prepared);
      const pair = prepared.get(1);
      if (pair) for (const dir of [pair.ours, pair.plain]) built.add(dir);
      const [small, large] = report.build.sizes;
      if (small && large && small.pages.ours === large.pages.ours) {
        context.notes.push(`The ${large.factor}x site build has as many pages as the 1x one (${large.pages.ours}): the normaliser did not write pages for the corpus, so the ${large.factor}x build measures the same site.`);
      }
    }
    if (part === 'weight' || part === 'search' || part === 'lighthouse') {
      const pair = await ensureBuilt(context, prepared, built);
      const dists = { ours: join(pair.ours, 'dist'), plain: join(pair.plain, 'dist') };
      if (part === 'weight') report.weight = await benchWeight(context, dists);
      if (part === 'search') report.search = await benchSearch(context, dists.ours);
      if (part === 'lighthouse') report.lighthouse = await benchLighthouse(context, dists.ours);
    }
    context.log(`${part}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (context.notes.length > 0) report.notes = context.notes;
  const previous = existsSync(REPORT_PATH) ? (JSON.parse(readFileSync(REPORT_PATH, 'utf8')) as BenchReport) : undefined;
  const merged = mergeReports(previous, report);
  mkdirSync(dirname(REPORT_PATH), { recursive: true });
  writeFileSync(REPORT_PATH, `${JSON.stringify(merged, null, 2)}\n`);
  const results = renderReport(merged);
  const document = existsSync(DOC_PATH) ? readFileSync(DOC_PATH, 'utf8') : '# Benchmarks\n';
  writeFileSync(DOC_PATH, spliceResults(document, results));
  process.stdout.write(`${results}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
