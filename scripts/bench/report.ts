/**
 * The benchmark report: raw samples as saved in reports/bench.json, and its rendering as the
 * results tables of docs/BENCHMARKS.md and the terminal. Pure.
 */
import { growthPer10x, median, runRatios } from './stats.ts';
import { formatBytes, formatDuration, formatRatio, goalMark, markdownTable } from './table.ts';

/** One normaliser size: samples of every run. */
export interface NormaliseSize {
  factor: number;
  notes: number;
  corpusBytes: number;
  wallMs: number[];
  cpuMs: number[];
  maxRssBytes: number[];
  /** Wall time per pipeline stage of each run (`normalise --timings`), in milliseconds. */
  stagesMs?: Record<string, number>[];
  /** Set when a run hit the time limit (the samples then hold only the finished runs, maybe none). */
  timedOutAfterMs?: number;
}

/** One site-build size: paired samples, ours and plain in the same run. */
export interface BuildSize {
  factor: number;
  pages: { ours: number; plain: number };
  oursMs: number[];
  plainMs: number[];
  oursCpuMs: number[];
  plainCpuMs: number[];
}

/** Bytes of one kind of resource a first visit downloads. */
export interface Transfer {
  requests: number;
  raw: number;
  gzip: number;
}

/** What a first visit of one page downloads, by kind (html, css, js, other). */
export interface PageWeight {
  path: string;
  byKind: Record<'html' | 'css' | 'js' | 'other', Transfer>;
  scripts: string[];
}

/** One file the first search fetched. */
export interface FetchedFile {
  /** URL path, e.g. `/pagefind/pagefind.js`. */
  path: string;
  /** Bytes as the (uncompressing) bench server sent them. */
  bytes: number;
  /**
   * Bytes a host that compresses would send: gzip (level 6) when that is smaller. Pagefind's
   * index, fragments, metadata and WebAssembly are gzip files already, so they stay as they are.
   */
  compressedBytes: number;
}

/** One Pagefind bundle on disk: `dist/pagefind/` or a `dist/pagefind-<name>/`. */
export interface SearchBundle {
  name: string;
  bytes: number;
  files: number;
}

/** Search samples: the bundles on disk and per-run first-query cost. */
export interface SearchResult {
  query: string;
  bundles: SearchBundle[];
  firstQueryBytes: number[];
  firstQueryCompressedBytes: number[];
  firstQueryRequests: number[];
  /** From the input event to the first result with its title and link on screen. */
  typingToResultsMs: number[];
  /** The search box's debounce between typing and searching, part of every typing→results time. */
  debounceMs: number;
  /** What the last run's first query fetched, in request order. */
  files: FetchedFile[];
  /** A question the search box relaxes (src/utils/relaxed-search.ts): its cost, first and after the bare query. */
  relaxed?: RelaxedSearchResult;
}

/** Search samples of a relaxed question, per run. */
export interface RelaxedSearchResult {
  query: string;
  /** As the first query of a fresh page. */
  firstQueryBytes: number[];
  firstQueryRequests: number[];
  typingToResultsMs: number[];
  /** Typed right after the bare query (its index chunks loaded): what relaxing adds. */
  afterBareBytes: number[];
  afterBareRequests: number[];
  afterBareMs: number[];
  /** What the last run's relaxed first query fetched, in request order. */
  files: FetchedFile[];
}

/** Lighthouse category scores (0–100) of one page, per run. */
export interface LighthousePage {
  name: string;
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number[]>;
}

/** Everything one benchmark run measured; parts not run are absent. */
export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number };
  versions: Record<string, string>;
  runs: number;
  normalise?: { sizes: NormaliseSize[] };
  build?: { sizes: BuildSize[] };
  weight?: { ours: PageWeight; plain: PageWeight };
  search?: SearchResult;
  lighthouse?: { pages: LighthousePage[] };
  notes?: string[];
}

/** Goals from the issue. */
export const GOALS = {
  normaliseOneXWallMs: 1500,
  normaliseHundredXWallMs: 60_000,
  normaliseHundredXRssBytes: 2 * 1024 ** 3,
  growthPer10x: 12,
  buildRatio: 1.3,
  extraGzipBytes: 5 * 1024,
  searchBytes: 150 * 1024,
  searchMs: 300,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
} as const;

const HEADER = ['measure', 'value', 'goal', 'status'];
const ALIGN = ['left', 'right', 'right', 'left'] as const;

function normaliseTable(sizes: readonly NormaliseSize[]): string {
  const rows: string[][] = [];
  for (const size of sizes) {
    const wallGoal = size.factor === 1 ? { max: GOALS.normaliseOneXWallMs } : size.factor === 100 ? { max: GOALS.normaliseHundredXWallMs } : undefined;
    const label = `${size.factor}x (${size.notes} notes, ${formatBytes(size.corpusBytes)})`;
    if (size.wallMs.length === 0) {
      const limit = size.timedOutAfterMs ?? 0;
      rows.push([`${label}: wall`, `> ${formatDuration(limit)} (stopped)`, wallGoal ? `< ${formatDuration(wallGoal.max)}` : '', goalMark(limit, wallGoal)]);
      continue;
    }
    const wall = median(size.wallMs);
    const rss = median(size.maxRssBytes);
    rows.push([`${label}: wall`, formatDuration(wall), wallGoal ? `< ${formatDuration(wallGoal.max)}` : '', goalMark(wall, wallGoal)]);
    rows.push([`${label}: CPU (user+sys)`, formatDuration(median(size.cpuMs)), '', '–']);
    const rssGoal = size.factor === 100 ? { max: GOALS.normaliseHundredXRssBytes } : undefined;
    rows.push([`${label}: peak memory`, formatBytes(rss), rssGoal ? '< 2 GB' : '', goalMark(rss, rssGoal)]);
    const stages = medianStages(size.stagesMs ?? []);
    if (stages.length > 0) {
      rows.push([`${size.factor}x: stages (median wall)`, stages.map(([stage, ms]) => `${stage} ${formatDuration(ms)}`).join(', '), '', '–']);
    }
  }
  for (const measure of ['wallMs', 'cpuMs'] as const) {
    for (const { step, growth } of growthPer10x(sizes.filter((size) => size[measure].length > 0).map((size) => ({ factor: size.factor, value: median(size[measure]) })))) {
      rows.push([`growth ${step} (${measure === 'wallMs' ? 'wall' : 'CPU'})`, formatRatio(growth), `≤ ${GOALS.growthPer10x}x`, goalMark(growth, { max: GOALS.growthPer10x })]);
    }
  }
  return markdownTable(HEADER, rows, ALIGN);
}

function buildTable(sizes: readonly BuildSize[]): string {
  const rows: string[][] = [];
  for (const size of sizes) {
    const ratio = median(runRatios(size.oursMs, size.plainMs));
    const label = `${size.factor}x (${size.pages.ours} pages, plain ${size.pages.plain})`;
    rows.push([`${label}: ours`, formatDuration(median(size.oursMs)), '', '–']);
    rows.push([`${label}: plain Starlight`, formatDuration(median(size.plainMs)), '', '–']);
    rows.push([`${label}: ours / plain (wall)`, formatRatio(ratio), `≤ ${GOALS.buildRatio}x`, goalMark(ratio, { max: GOALS.buildRatio })]);
    const cpuRatio = median(runRatios(size.oursCpuMs, size.plainCpuMs));
    rows.push([`${label}: ours / plain (CPU)`, formatRatio(cpuRatio), '', '–']);
  }
  return markdownTable(HEADER, rows, ALIGN);
}

/** Sum of HTML, CSS and JS of a page weight. */
export function documentTransfer(weight: PageWeight): Transfer {
  const kinds = [weight.byKind.html, weight.byKind.css, weight.byKind.js];
  return {
    requests: kinds.reduce((sum, kind) => sum + kind.requests, 0),
    raw: kinds.reduce((sum, kind) => sum + kind.raw, 0),
    gzip: kinds.reduce((sum, kind) => sum + kind.gzip, 0),
  };
}

function weightTable({ ours, plain }: { ours: PageWeight; plain: PageWeight }): string {
  const rows: string[][] = [];
  for (const kind of ['html', 'css', 'js', 'other'] as const) {
    const a = ours.byKind[kind];
    const b = plain.byKind[kind];
    rows.push([`${kind}: ours vs plain (gzip; raw; requests)`, `${formatBytes(a.gzip)} vs ${formatBytes(b.gzip)}; ${formatBytes(a.raw)} vs ${formatBytes(b.raw)}; ${a.requests} vs ${b.requests}`, '', '–']);
  }
  const oursTotal = documentTransfer(ours);
  const plainTotal = documentTransfer(plain);
  const extra = oursTotal.gzip - plainTotal.gzip;
  rows.push(['HTML+CSS+JS gzip: ours − plain', `${extra >= 0 ? '+' : ''}${formatBytes(extra)}`, '≤ +5.0 KB', goalMark(extra, { max: GOALS.extraGzipBytes })]);
  rows.push(['requests (all kinds): ours vs plain', `${totalRequests(ours)} vs ${totalRequests(plain)}`, '', '–']);
  return `Page: \`/${ours.path}\`\n\n${markdownTable(HEADER, rows, ALIGN)}\n\nScripts loaded — ours: ${listOrNone(ours.scripts)}; plain: ${listOrNone(plain.scripts)}.`;
}

const totalRequests = (weight: PageWeight): number => Object.values(weight.byKind).reduce((sum, kind) => sum + kind.requests, 0);
const listOrNone = (items: readonly string[]): string => (items.length > 0 ? items.map((item) => `\`${item}\``).join(', ') : 'none');

function searchTable(search: SearchResult): string {
  const bytes = median(search.firstQueryBytes);
  const time = median(search.typingToResultsMs);
  const bundles = search.bundles.map((bundle) => `\`/${bundle.name}/\` ${formatBytes(bundle.bytes)} (${bundle.files} files)`).join(', ');
  const files = search.files.map((file) => `\`${file.path}\` ${formatBytes(file.bytes)}${file.compressedBytes < file.bytes ? ` (${formatBytes(file.compressedBytes)} gzip)` : ''}`).join(', ');
  return `Query: \`${search.query}\`\n\n${markdownTable(HEADER, [
    ['Pagefind bundles on disk', `${formatBytes(search.bundles.reduce((sum, bundle) => sum + bundle.bytes, 0))} (${search.bundles.length})`, '', '–'],
    ['first query: bytes fetched', formatBytes(bytes), '< 150 KB', goalMark(bytes, { max: GOALS.searchBytes })],
    ['… with gzip for text files', formatBytes(median(search.firstQueryCompressedBytes)), '', '–'],
    ['first query: requests', String(median(search.firstQueryRequests)), '', '–'],
    ['typing → results on screen', formatDuration(time), '< 300 ms', goalMark(time, { max: GOALS.searchMs })],
    ['… of which the search box debounce', formatDuration(search.debounceMs), '', '–'],
  ], ALIGN)}\n\nBundles: ${bundles}.\n\nFetched by the first query (last run): ${files}.${search.relaxed ? `\n\n${relaxedTable(search.relaxed, search.query)}` : ''}`;
}

/**
 * The relaxed question's rows: as a first query, and what it adds after the bare one. The bytes
 * goal is the bare first query's; a question's words load their own index chunks (Pagefind does
 * so for the typed question before any relaxing), so its bytes are shown, not judged; its time is
 * judged by the same goal.
 */
function relaxedTable(relaxed: RelaxedSearchResult, bareQuery: string): string {
  const bytes = median(relaxed.firstQueryBytes);
  const time = median(relaxed.typingToResultsMs);
  const files = relaxed.files.map((file) => `\`${file.path}\` ${formatBytes(file.bytes)}`).join(', ');
  return `Relaxed question: \`${relaxed.query}\` (no page holds every word; its concepts and their synonyms are searched one by one)\n\n${markdownTable(HEADER, [
    ['first query: bytes fetched', formatBytes(bytes), '', '–'],
    ['first query: requests', String(median(relaxed.firstQueryRequests)), '', '–'],
    ['typing → results on screen', formatDuration(time), '< 300 ms', goalMark(time, { max: GOALS.searchMs })],
    [`after \`${bareQuery}\`: bytes added`, formatBytes(median(relaxed.afterBareBytes)), '', '–'],
    [`after \`${bareQuery}\`: requests added`, String(median(relaxed.afterBareRequests)), '', '–'],
    [`after \`${bareQuery}\`: typing → results`, formatDuration(median(relaxed.afterBareMs)), '< 300 ms', goalMark(median(relaxed.afterBareMs), { max: GOALS.searchMs })],
  ], ALIGN)}\n\nFetched by the relaxed first query (last run): ${files}.`;
}

function lighthouseTable(pages: readonly LighthousePage[]): string {
  const rows: string[][] = [];
  for (const page of pages) {
    for (const category of ['performance', 'accessibility', 'best-practices', 'seo'] as const) {
      const score = median(page.scores[category]);
      const goal = GOALS.lighthouse[category];
      rows.push([`${page.name} (\`/${page.path}\`): ${category}`, String(Math.round(score)), `≥ ${goal}`, goalMark(score, { min: goal })]);
    }
  }
  return markdownTable(HEADER, rows, ALIGN);
}

/** Each stage's median over the runs that timed it, in the order the runs list them. */
export function medianStages(runs: readonly Record<string, number>[]): [string, number][] {
  const stages = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  return stages.map((stage) => [stage, median(runs.flatMap((run) => (stage in run ? [run[stage]!] : [])))]);
}

/** The results section: run facts, then one table per part that ran. */
export function renderReport(report: BenchReport): string {
  const gb = (report.machine.memoryBytes / 1024 ** 3).toFixed(1);
  const versions = Object.entries(report.versions).map(([name, version]) => `${name} ${version}`).join(', ');
  const parts: string[] = [
    `Measured ${report.date} on ${report.machine.cpus} × ${report.machine.cpuModel}, ${gb} GB memory; ${versions}. Timings are medians of ${report.runs} run(s); ratios are taken run by run.`,
  ];
  if (report.notes && report.notes.length > 0) parts.push(report.notes.map((note) => `> ${note}`).join('\n>\n'));
  if (report.normalise) parts.push(`### Normaliser\n\n${normaliseTable(report.normalise.sizes)}`);
  if (report.build) parts.push(`### Site build (astro build, cold)\n\n${buildTable(report.build.sizes)}`);
  if (report.weight) parts.push(`### Page weight (first visit, Chromium)\n\n${weightTable(report.weight)}`);
  if (report.search) parts.push(`### Search (Pagefind, first query, Chromium)\n\n${searchTable(report.search)}`);
  if (report.lighthouse) parts.push(`### Lighthouse\n\n${lighthouseTable(report.lighthouse.pages)}`);
  return parts.join('\n\n');
}

/** Markers around the generated results in docs/BENCHMARKS.md; the rest of the file is hand-written. */
export const RESULTS_START = '<!-- bench:results:start (generated by npm run bench; edit outside these markers) -->';
export const RESULTS_END = '<!-- bench:results:end -->';

/**
 * Put `results` between the markers of `document`, keeping everything outside them; a document
 * without markers gets them appended.
 */
export function spliceResults(document: string, results: string): string {
  const block = `${RESULTS_START}\n${results}\n${RESULTS_END}`;
  const start = document.indexOf(RESULTS_START);
  const end = document.indexOf(RESULTS_END);
  if (start === -1 || end === -1 || end < start) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, start) + block + document.slice(end + RESULTS_END.length);
}

/** A report with the parts of `update` replacing those of `previous` (for `--only` runs). */
export function mergeReports(previous: BenchReport | undefined, update: BenchReport): BenchReport {
  if (!previous) return update;
  const merged: BenchReport = { ...previous, ...update };
  for (const part of ['normalise', 'build', 'weight', 'search', 'lighthouse'] as const) {
    if (update[part] === undefined && previous[part] !== undefined) (merged as unknown as Record<string, unknown>)[part] = previous[part];
  }
  return merged;
}
