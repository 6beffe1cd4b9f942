/**
 * Benchmark part `lighthouse`: Lighthouse 12 scores (performance, accessibility, best practices,
 * SEO) of our home page and typical question page, with Debian Chromium, default mobile settings.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured } from '../measure.ts';
import type { LighthousePage } from '../report.ts';
import { serveStatic } from '../static-server.ts';
import { typicalQuestionPage } from './browser.ts';
import { CHROME_FLAGS, type BenchContext } from './context.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Category scores (0–100) from a Lighthouse JSON report. */
export function lighthouseScores(reportJson: string): Record<(typeof CATEGORIES)[number], number> {
  const report = JSON.parse(reportJson) as { categories: Record<string, { score: number | null }> };
  const scores = {} as Record<(typeof CATEGORIES)[number], number>;
  for (const category of CATEGORIES) {
    const score = report.categories[category]?.score;
    if (score === undefined || score === null) throw new Error(`Lighthouse report has no ${category} score`);
    scores[category] = Math.round(score * 100);
  }
  return scores;
}

/** Run Lighthouse on the home page and the typical question page of our built site. */
export async function benchLighthouse(context: BenchContext, oursDist: string): Promise<{ pages: LighthousePage[] }> {
  const server = await serveStatic(oursDist);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const cli = join(context.projectRoot, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const targets = [
    { name: 'home', path: '' },
    { name: 'question page', path: typicalQuestionPage(oursDist, oursDist) },
  ];
  try {
    const pages: LighthousePage[] = [];
    for (const target of targets) {
      const page: LighthousePage = { ...target, scores: { performance: [], accessibility: [], 'best-practices': [], seo: [] } };
      for (let run = 0; run < context.largeRuns; run++) {
        const output = join(scratch, `report-${pages.length}-${run}.json`);
        await runMeasured(
          process.execPath,
          [cli, `${server.url}/${target.path}`, '--output=json', `--output-path=${output}`, `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS.join(' ')}`, '--quiet'],
          { cwd: scratch, env: { ...process.env, CHROME_PATH: context.chromePath } },
        );
        const scores = lighthouseScores(readFileSync(output, 'utf8'));
        context.log(`lighthouse ${target.name} run ${run + 1}/${context.largeRuns}: ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')}`);
        for (const category of CATEGORIES) page.scores[category].push(scores[category]);
      }
      pages.push(page);
    }
    return { pages };
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
