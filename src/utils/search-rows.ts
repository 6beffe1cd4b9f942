/**
 * The rows a search result shows: the page (its question) and, under it, the headings of the page
 * where the query was found. Pure; applied to each fragment pagefind.js loads
 * (src/utils/relaxed-search.ts), before Pagefind UI renders it.
 */
import type { PagefindResultData, PagefindSubResult } from './relaxed-search.ts';

/** Most heading rows under a page's row: a page takes three rows at most. */
export const MAX_HEADING_ROWS = 2;

/**
 * `data` with the sub-results a reader can use: no row repeating the page's title (the page's
 * `<h1>`, which Pagefind lists as a heading like any other, and Pagefind UI then showed as a
 * nested row under the page's own), no heading twice, and at most {@link MAX_HEADING_ROWS}
 * headings, those with the most matched words, in page order.
 */
export function readableSubResults(data: PagefindResultData): PagefindResultData {
  const pageTitle = (data.meta.title ?? '').trim();
  const seen = new Set<string>();
  const headings = data.sub_results.filter((sub) => {
    const title = sub.title.trim();
    if (!title || title === pageTitle || seen.has(title)) return false;
    seen.add(title);
    return true;
  });
  const kept = new Set([...headings].sort((a, b) => matchedWords(b) - matchedWords(a)).slice(0, MAX_HEADING_ROWS));
  return { ...data, sub_results: headings.filter((sub) => kept.has(sub)) };
}

function matchedWords(sub: PagefindSubResult): number {
  return Array.isArray(sub.locations) ? sub.locations.length : 0;
}
