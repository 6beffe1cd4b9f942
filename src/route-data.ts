import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { topicOfIndexPage } from './utils/practice';

/**
 * Keeps two kinds of pages out of the search index, so every answer is found once, on its own page:
 * - untranslated fallback pages (`/en/...` showing the Chinese text): their Chinese text would sit
 *   under `lang="en"` and duplicate the Chinese page. English-UI readers still find those answers,
 *   because every UI also searches the Chinese bundle (see src/integrations/search-index.ts);
 * - topic index pages (`/<topic>/`): a list of every title of the topic with the first sentence of
 *   each answer, all of it indexed on the question pages; indexed, they outrank the question a
 *   reader searched for by its title.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!route.isFallback && topicOfIndexPage(route.entry.id) === undefined) return;
  // The entry object is shared with the Chinese page: copy it rather than mutate it.
  route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
