/**
 * The hand-written search queries (tests/fixtures/search-queries.yaml), with the pages that answer
 * them resolved from page ids to the current site paths: through the pages as they are now, and,
 * for a page merged into another, through data/redirects.json. So the fixture survives pages
 * moving topic, being retitled or merged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseDataYaml } from '../../scripts/normaliser/data-file.ts';
import type { ContentPage } from './site-content.ts';

export const SEARCH_QUERIES_FILE = 'tests/fixtures/search-queries.yaml';

const searchQueriesSchema = z.array(
  z.object({
    query: z.string().trim().min(1),
    answers: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  }).strict(),
).min(1);

/** One query and the site paths of the pages that answer it. */
export interface SearchQuery {
  query: string;
  /** Ids as the fixture names them. */
  answerIds: string[];
  /** Current paths of those pages (`/storage/volume-vs-bind-mount/`), deduplicated. */
  answerPaths: string[];
}

/**
 * The fixture's queries with their answers resolved against `questions` (the current question
 * pages) and `redirects` (`{ "/old-topic/old-id/": "/new-topic/new-id/" }`). Throws naming the
 * query when an id is neither a page nor redirected to one.
 */
export function readSearchQueries(
  questions: readonly (ContentPage & { id: string })[],
  redirects: Record<string, string> = readRedirectsFile(),
  file = SEARCH_QUERIES_FILE,
): SearchQuery[] {
  const entries = parseDataYaml(searchQueriesSchema, readFileSync(file, 'utf8'), file);
  const pathById = new Map(questions.map((page) => [page.id, page.path]));
  const livePaths = new Set(pathById.values());
  const resolve = (id: string, query: string): string => {
    const live = pathById.get(id);
    if (live) return live;
    for (const [from, to] of Object.entries(redirects)) {
      if (from.split('/').at(-2) !== id) continue;
      // A redirect may point at a page that was redirected again.
      let target = to;
      for (let hop = 0; hop < 10 && !livePaths.has(target) && redirects[target]; hop += 1) target = redirects[target]!;
      if (livePaths.has(target)) return target;
    }
    throw new Error(`${file}: "${query}": no page or redirect for the id "${id}"`);
  };
  return entries.map(({ query, answers }) => ({
    query,
    answerIds: answers,
    answerPaths: [...new Set(answers.map((id) => resolve(id, query)))],
  }));
}

function readRedirectsFile(path = 'data/redirects.json'): Record<string, string> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
}
