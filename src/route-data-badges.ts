import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { badgeFrequentLinks } from './utils/practice';
import { loadPracticeData } from './utils/practice-questions';

/**
 * Gives sidebar links to frequent questions a 高频 / Frequent badge in the reader's language.
 * Frontmatter badges hold one language; this sets them per page, after Starlight built the
 * locale's sidebar.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { frequentPaths } = await loadPracticeData();
  route.sidebar = badgeFrequentLinks(route.sidebar, frequentPaths, route.locale, {
    text: context.locals.t('practice.frequent'),
    variant: 'caution',
  });
});
