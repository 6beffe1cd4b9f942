import { existsSync, readFileSync } from 'node:fs';

/**
 * Astro `redirects` from the normaliser's `data/redirects.json` (`{ "/old/": "/new/" }`), each
 * also under `/en/`, so an old link keeps working in both languages. No file: no redirects.
 *
 * @example
 *   readRedirects('data/redirects.json')
 *   // { '/basics/old-id/': '/storage/new-id/', '/en/basics/old-id/': '/en/storage/new-id/' }
 */
export function readRedirects(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path}: expected a JSON object mapping old paths to new paths`);
  }
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(parsed).sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof to !== 'string' || !from.startsWith('/') || !to.startsWith('/')) {
      throw new Error(`${path}: "${from}" must map to a path starting with "/", got ${JSON.stringify(to)}`);
    }
    redirects[from] = to;
    redirects[`/en${from}`] = `/en${to}`;
  }
  return redirects;
}
