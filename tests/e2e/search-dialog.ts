/**
 * Typing into Starlight's search dialog as a reader does, and reading back what it shows: one
 * page per UI, the query cleared and retyped for each search, so a long list of queries runs in
 * one page without reloading Pagefind.
 */
import type { Page } from 'playwright-core';

/** One result row as shown: the page it opens, its title, and its nested heading rows. */
export interface ShownResult {
  /** Pathname of the row's link, e.g. `/storage/volume-vs-bind-mount/`. */
  path: string;
  title: string;
  /** The nested rows under it (headings of the page), by title. */
  subResults: { title: string; href: string }[];
}

/** What the dialog shows for a query: its rows in order and its status message. */
export interface ShownSearch {
  results: ShownResult[];
  message: string;
}

const DIALOG = '#starlight__search';

/** Opens the search dialog of `page` (already at a page of the site) and waits for its input. */
export async function openSearchDialog(page: Page): Promise<void> {
  await page.locator('button[data-open-modal]').first().click();
  await page.locator(`${DIALOG} input`).waitFor();
}

/**
 * Types `query` into the open dialog (after clearing what was there) and resolves once Pagefind UI
 * has finished: the drawer shown, no result still loading, the message naming the query.
 */
export async function typeSearch(page: Page, query: string): Promise<ShownSearch> {
  const input = page.locator(`${DIALOG} input`);
  await input.fill('');
  await input.fill(query);
  await page.waitForFunction(
    ({ dialog, typed }) => {
      const root = document.querySelector(dialog);
      const drawer = root?.querySelector('.pagefind-ui__drawer');
      const message = root?.querySelector('.pagefind-ui__message')?.textContent ?? '';
      if (!drawer || drawer.classList.contains('pagefind-ui__hidden')) return false;
      if (root?.querySelector('.pagefind-ui__loading')) return false;
      // Pagefind UI says "searching for …" while it searches; after, the count or "no results".
      return message.includes(typed) && !/正在搜索|Searching/i.test(message);
    },
    { dialog: DIALOG, typed: query.trim() },
    { timeout: 15_000 },
  );
  return page.evaluate((dialog) => {
    const root = document.querySelector(dialog)!;
    const results = [...root.querySelectorAll('.pagefind-ui__result')].map((row) => {
      const main = row.querySelector<HTMLAnchorElement>('.pagefind-ui__result-inner > .pagefind-ui__result-title a')!;
      return {
        path: new URL(main.href).pathname,
        title: main.textContent?.trim() ?? '',
        subResults: [...row.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-nested a')].map((link) => ({
          title: link.textContent?.trim() ?? '',
          href: new URL(link.href).pathname + new URL(link.href).hash,
        })),
      };
    });
    return { results, message: root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '' };
  }, DIALOG);
}
