// @ts-check
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { DEFAULT_CHROMIUM_PATH, mermaidSetup } from './src/plugins/mermaid.ts';
import { INDEX_LANGUAGE, SEARCH_RANKING, searchIndex } from './src/integrations/search-index.ts';
import { rehypeRelatedOutOfSearch } from './src/plugins/related-out-of-search.ts';
import { rehypeCreditHeadingsOutOfSearch } from './src/plugins/credit-headings-out-of-search.ts';
import { readRedirects } from './src/plugins/redirects.ts';
import { SELF_TEST_HEAD_SCRIPT } from './src/scripts/self-test-head.ts';
import { TOPICS, TOPIC_LABELS } from './src/topics.ts';
import { SEARCH_BUNDLES } from './src/utils/search-bundles.ts';

/** Absolute site URL used for canonical links and the copy-link button. */
const site = process.env.SITE_URL || 'https://docker-notes.example.com';

const mermaid = mermaidSetup(process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH);
// Astro may evaluate this file more than once per command; say it once.
if (mermaid.notice && !process.env.MERMAID_NOTICE_PRINTED) {
  process.env.MERMAID_NOTICE_PRINTED = '1';
  console.warn(mermaid.notice);
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  redirects: readRedirects('data/redirects.json'),
  markdown: {
    // User rehype plugins run before the ones integrations append, so rehype-mermaid sees
    // ```mermaid blocks before Expressive Code turns every code block into its own markup.
    // The 相关问题 list names other pages, and the 补充 / 来自《…》 headings name notes: kept out of
    // the search index (see the plugins), so search rows are titled by the page and its real headings.
    rehypePlugins: [
      mermaid.plugin,
      [rehypeRelatedOutOfSearch, { heading: '相关问题' }],
      [rehypeCreditHeadingsOutOfSearch, { supplementHeading: '补充', creditPrefix: '来自《', creditSuffix: '》' }],
    ],
  },
  integrations: [
    starlight({
      title: { 'zh-CN': 'Docker 面试笔记', en: 'Docker Interview Notes' },
      description: 'Docker 面试题与答案：整理、去重、可搜索、可链接。',
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar: TOPICS.map((topic) => ({
        label: TOPIC_LABELS[topic]['zh-CN'],
        translations: { en: TOPIC_LABELS[topic].en },
        collapsed: false,
        autogenerate: { directory: topic },
      })),
      components: {
        PageTitle: './src/components/PageTitle.astro',
        MarkdownContent:
          mermaid.strategy === 'inline-svg'
            ? './src/components/MarkdownContent.astro'
            : './src/components/MarkdownContentWithMermaid.astro',
      },
      customCss: ['./src/styles/site.css', './src/styles/practice.css', './src/styles/search.css'],
      // Self-test mode is applied before the first paint, so hidden answers never flash.
      head: [{ tag: 'script', content: SELF_TEST_HEAD_SCRIPT }],
      lastUpdated: false,
      routeMiddleware: ['./src/route-data.ts', './src/route-data-badges.ts'],
      // The English UI also searches the Chinese pages, segmented as Chinese; the Chinese UI searches
      // them alone (src/utils/search-bundles.ts, src/scripts/pagefind-ui.ts).
      pagefind: {
        ranking: SEARCH_RANKING,
        mergeIndex: [{ bundlePath: `/${SEARCH_BUNDLES.zh}/`, language: INDEX_LANGUAGE, ranking: SEARCH_RANKING }],
      },
      plugins: [
        // English pages fall back to the Chinese ones until translated: links to them are fine.
        starlightLinksValidator({ errorOnFallbackPages: false, errorOnInvalidHashes: true }),
      ],
    }),
    // After Starlight: rebuilds the search index as a Chinese and an English bundle (see there).
    searchIndex(),
  ],
  vite: {
    resolve: {
      // Starlight's search dialog imports Pagefind UI by this name; the wrapper gives it the options
      // Starlight's `pagefind` config cannot (the UI's own bundle, a shorter debounce, no worker).
      alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/scripts/pagefind-ui.ts', import.meta.url)) }],
    },
  },
});
