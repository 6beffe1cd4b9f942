import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Keeps untranslated fallback pages (`/en/...` showing the Chinese text) out of the search index:
 * their Chinese text would sit under `lang="en"` and duplicate the Chinese page. English-UI
 * readers still find those answers, because every UI also searches the Chinese bundle
 * (see src/integrations/search-index.ts).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!route.isFallback) return;
  // The entry object is shared with the Chinese page: copy it rather than mutate it.
  route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
