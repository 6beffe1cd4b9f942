import { describe, expect, it } from 'vitest';
import { mergeReports, renderReport, RESULTS_END, RESULTS_START, spliceResults, type BenchReport } from '../../scripts/bench/report.ts';

const base: BenchReport = {
  date: '2025-01-02',
  machine: { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 4 * 1024 ** 3 },
  versions: { node: '20.0.0', astro: '5.18.2' },
  runs: 3,
};

describe('renderReport', () => {
  it('states date, machine, versions and how timings were taken', () => {
    expect(renderReport(base)).toBe(
      'Measured 2025-01-02 on 2 × Test CPU, 4.0 GB memory; node 20.0.0, astro 5.18.2. Timings are medians of 3 run(s); ratios are taken run by run.',
    );
  });

  it('renders the normaliser table with medians, goals and growth per 10x', () => {
    const text = renderReport({
      ...base,
      normalise: {
        sizes: [
          { factor: 1, notes: 5, corpusBytes: 204800, wallMs: [900, 1000, 2000], cpuMs: [800, 800, 800], maxRssBytes: [100 * 1024 ** 2, 100 * 1024 ** 2, 100 * 1024 ** 2] },
          { factor: 10, notes: 50, corpusBytes: 2048000, wallMs: [5000, 5000, 5000], cpuMs: [4800, 4800, 4800], maxRssBytes: [200 * 1024 ** 2, 200 * 1024 ** 2, 200 * 1024 ** 2] },
        ],
      },
    });
    expect(text).toContain('| 1x (5 notes, 200.0 KB): wall ');
    expect(text).toMatch(/1x \(5 notes, 200\.0 KB\): wall\s+\|\s+1\.00 s \|\s+< 1\.50 s \| met/);
    expect(text).toMatch(/growth 1x→10x \(wall\)\s+\|\s+5\.00x \|\s+≤ 12x \| met/);
    expect(text).toMatch(/growth 1x→10x \(CPU\)\s+\|\s+6\.00x/);
    expect(text).not.toContain('stages');
  });

  it('shows each stage\'s median wall time over the runs, in run order', () => {
    const text = renderReport({
      ...base,
      normalise: {
        sizes: [
          {
            factor: 100,
            notes: 500,
            corpusBytes: 1024 ** 2,
            wallMs: [1, 1, 1],
            cpuMs: [1, 1, 1],
            maxRssBytes: [1, 1, 1],
            stagesMs: [
              { 'parse+clean': 30_000, merge: 9_000 },
              { 'parse+clean': 20_000, merge: 12_000, emit: 4_000 },
              { 'parse+clean': 25_000, merge: 10_000 },
            ],
          },
        ],
      },
    });
    expect(text).toMatch(/100x: stages \(median wall\)\s+\|\s+parse\+clean 25\.00 s, merge 10\.00 s, emit 4\.00 s \|/);
  });

  it('takes the build ratio run by run and marks a missed goal', () => {
    const text = renderReport({
      ...base,
      build: { sizes: [{ factor: 1, pages: { ours: 30, plain: 30 }, oursMs: [14000, 28000, 14000], plainMs: [10000, 20000, 10000], oursCpuMs: [1, 1, 1], plainCpuMs: [1, 1, 1] }] },
    });
    expect(text).toMatch(/ours \/ plain \(wall\)\s+\|\s+1\.40x \|\s+≤ 1\.3x \| MISSED/);
  });

  it('compares page weight on HTML+CSS+JS gzip bytes', () => {
    const transfer = (gzip: number) => ({ requests: 1, raw: gzip * 3, gzip });
    const text = renderReport({
      ...base,
      weight: {
        ours: { path: 'basics/x/', byKind: { html: transfer(6000), css: transfer(9000), js: transfer(4000), other: transfer(100) }, scripts: ['/_astro/a.js'] },
        plain: { path: 'basics/x/', byKind: { html: transfer(5000), css: transfer(8000), js: transfer(3000), other: transfer(0) }, scripts: [] },
      },
    });
    expect(text).toMatch(/HTML\+CSS\+JS gzip: ours − plain\s+\|\s+\+2\.9 KB \|\s+≤ \+5\.0 KB \| met/);
    expect(text).toContain('Scripts loaded — ours: `/_astro/a.js`; plain: none.');
  });

  it('shows what a relaxed question costs, first and after the bare query, judging its time only', () => {
    const file = (path: string, bytes: number) => ({ path, bytes, compressedBytes: bytes });
    const text = renderReport({
      ...base,
      search: {
        query: '数据卷',
        bundles: [{ name: 'pagefind', bytes: 1024 * 1024, files: 10 }],
        firstQueryBytes: [140 * 1024, 150 * 1024, 145 * 1024],
        firstQueryCompressedBytes: [1, 1, 1],
        firstQueryRequests: [12, 12, 12],
        typingToResultsMs: [150, 170, 160],
        debounceMs: 100,
        files: [file('/pagefind/query/pagefind.js', 6 * 1024)],
        relaxed: {
          query: '数据卷和绑定挂载的区别',
          firstQueryBytes: [280 * 1024, 270 * 1024, 290 * 1024],
          firstQueryRequests: [21, 21, 22],
          typingToResultsMs: [250, 350, 260],
          afterBareBytes: [137 * 1024, 137 * 1024, 137 * 1024],
          afterBareRequests: [12, 12, 12],
          afterBareMs: [180, 320, 400],
          files: [file('/pagefind/query/vocabulary.js', 3686)],
        },
      },
    });
    expect(text).toContain('Relaxed question: `数据卷和绑定挂载的区别`');
    expect(text).toMatch(/first query: bytes fetched\s+\|\s+280\.0 KB \|\s+\|\s+–/);
    expect(text).toMatch(/first query: requests\s+\|\s+21 \|/);
    expect(text).toMatch(/typing → results on screen\s+\|\s+260 ms \|\s+< 300 ms \| met/);
    expect(text).toMatch(/after `数据卷`: requests added\s+\|\s+12 \|/);
    expect(text).toMatch(/after `数据卷`: typing → results\s+\|\s+320 ms \|\s+< 300 ms \| MISSED/);
    expect(text).toContain('`/pagefind/query/vocabulary.js` 3.6 KB');
  });
});

describe('renderReport search', () => {
  const search = {
    query: '数据卷',
    bundles: [
      { name: 'pagefind', bytes: 300 * 1024, files: 10 },
      { name: 'pagefind-en', bytes: 200 * 1024, files: 8 },
    ],
    firstQueryBytes: [160 * 1024, 140 * 1024, 170 * 1024],
    firstQueryCompressedBytes: [120 * 1024, 100 * 1024, 110 * 1024],
    firstQueryRequests: [9, 9, 9],
    typingToResultsMs: [250, 350, 200],
    debounceMs: 100,
    files: [
      { path: '/pagefind/pagefind.js', bytes: 40 * 1024, compressedBytes: 12 * 1024 },
      { path: '/pagefind/wasm.unknown.pagefind', bytes: 50 * 1024, compressedBytes: 50 * 1024 },
    ],
  };

  it('judges the first query on median bytes fetched and median time to results', () => {
    const text = renderReport({ ...base, search });
    expect(text).toMatch(/first query: bytes fetched\s+\|\s+160\.0 KB \|\s+< 150 KB \| MISSED/);
    expect(text).toMatch(/… with gzip for text files\s+\|\s+110\.0 KB \|/);
    expect(text).toMatch(/typing → results on screen\s+\|\s+250 ms \|\s+< 300 ms \| met/);
    expect(text).toMatch(/… of which the search box debounce\s+\|\s+100 ms \|/);
  });

  it('sums the bundles on disk and lists what the first query fetched, gzip only where it helps', () => {
    const text = renderReport({ ...base, search });
    expect(text).toMatch(/Pagefind bundles on disk\s+\|\s+500\.0 KB \(2\) \|/);
    expect(text).toContain('Bundles: `/pagefind/` 300.0 KB (10 files), `/pagefind-en/` 200.0 KB (8 files).');
    expect(text).toContain('Fetched by the first query (last run): `/pagefind/pagefind.js` 40.0 KB (12.0 KB gzip), `/pagefind/wasm.unknown.pagefind` 50.0 KB.');
  });
});

describe('spliceResults', () => {
  it('replaces only what is between the markers', () => {
    const document = `# Benchmarks\n\nintro\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\n## Why\n\nanalysis\n`;
    expect(spliceResults(document, 'new')).toBe(`# Benchmarks\n\nintro\n\n${RESULTS_START}\nnew\n${RESULTS_END}\n\n## Why\n\nanalysis\n`);
  });
  it('appends the markers to a document without them', () => {
    expect(spliceResults('# Benchmarks\n', 'new')).toBe(`# Benchmarks\n\n${RESULTS_START}\nnew\n${RESULTS_END}\n`);
  });
});

describe('mergeReports', () => {
  it('keeps parts of the previous report that the new run did not measure', () => {
    const previous: BenchReport = { ...base, search: { query: 'q', bundles: [], firstQueryBytes: [1], firstQueryCompressedBytes: [1], firstQueryRequests: [1], typingToResultsMs: [1], debounceMs: 300, files: [] } };
    const update: BenchReport = { ...base, date: '2025-02-03', lighthouse: { pages: [] } };
    const merged = mergeReports(previous, update);
    expect(merged.date).toBe('2025-02-03');
    expect(merged.search).toEqual(previous.search);
    expect(merged.lighthouse).toEqual({ pages: [] });
  });
});

describe('renderReport with a stopped run', () => {
  it('reports a size whose runs hit the time limit as "> limit" and leaves it out of growth', () => {
    const text = renderReport({
      ...base,
      normalise: {
        sizes: [
          { factor: 10, notes: 50, corpusBytes: 1024, wallMs: [5000], cpuMs: [5000], maxRssBytes: [1] },
          { factor: 100, notes: 500, corpusBytes: 10240, wallMs: [], cpuMs: [], maxRssBytes: [], timedOutAfterMs: 300_000 },
        ],
      },
    });
    expect(text).toMatch(/100x \(500 notes, 10\.0 KB\): wall\s+\|\s+> 300\.00 s \(stopped\) \|\s+< 60\.00 s \| MISSED/);
    expect(text).not.toContain('growth');
  });
});
