/**
 * The rows a search result shows: the page (its question) and, under it, the headings of the page
 * where the query was found. Pure; applied to each fragment pagefind.js loads
 * (src/utils/relaxed-search.ts), before Pagefind UI renders it.
 */
import type { PagefindResultData, PagefindSubResult } from './relaxed-search.ts';

/** Most heading rows under a page's row: a page takes three rows at most. */
export const MAX_HEADING_ROWS = 2;

/**
 * `data` with the sub-results a reader can use. Pagefind lists the page's `<h1>` (Starlight's
 * `#_top`) as a heading like any other, and Pagefind UI, which takes a first sub-result only at
 * the page's own URL as the page's excerpt, showed it as a nested row repeating the page's title,
 * with the page's row bare. So the sub-result titled like the page becomes the page's own (its
 * URL the page's: its excerpt shows under the title), then come the other headings, each once, at
 * most {@link MAX_HEADING_ROWS} of them (those with the most matched words, in page order).
 */
export function readableSubResults(data: PagefindResultData): PagefindResultData {
  const pageTitle = (data.meta.title ?? '').trim();
  const pageUrl = data.url;
  const own = data.sub_results.find((sub) => sub.title.trim() === pageTitle);
  const seen = new Set<string>([pageTitle]);
  const headings = data.sub_results.filter((sub) => {
    const title = sub.title.trim();
    if (!title || seen.has(title)) return false;
    seen.add(title);
    return true;
  });
  const kept = new Set([...headings].sort((a, b) => matchedWords(b) - matchedWords(a)).slice(0, MAX_HEADING_ROWS));
  const rows = headings.filter((sub) => kept.has(sub));
  return { ...data, sub_results: own ? [{ ...own, url: pageUrl }, ...rows] : rows };
}

function matchedWords(sub: PagefindSubResult): number {
  return Array.isArray(sub.locations) ? sub.locations.length : 0;
}
