import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Language every bundle is indexed in. Pagefind's search script loads one WebAssembly module, the
 * primary bundle's, and every merged index uses it: indexed as `en`, the primary bundle brought
 * the English stemmer, which turned the query `registry` into `registri` (also `copy`, `memory`,
 * `strategy`, ...) while the Chinese index holds English words unstemmed, so those answers were
 * never found. Indexed as `zh-cn`, no bundle stems, at index time or at query time.
 */
export const INDEX_LANGUAGE = 'zh-cn';

/**
 * Ranking the search UI uses; the Node search in tests/site/pagefind-node.ts ranks with it too.
 * Starlight's defaults but `termFrequency: 1` (Pagefind's default): with 0.1 the raw count of
 * matching words ruled, and long answers that mention 容器, 镜像 and 管理 many times outranked the
 * short page titled 容器镜像管理; term frequency relative to the page's length favours the page
 * that is about the words.
 */
export const SEARCH_RANKING = { pageLength: 0.1, termFrequency: 1, termSaturation: 2, termSimilarity: 9 };

/** Options of {@link searchIndex}. */
export interface SearchIndexOptions {
  /** Pages whose `<html lang>` starts with this (`zh`) go into the separate bundle. */
  separateLang: string;
  /** Folder of that bundle under dist/, e.g. `pagefind-zh`; every UI merges it in. */
  separateBundle: string;
}

/**
 * Rebuilds Starlight's Pagefind index as two bundles: `/pagefind/` with the English pages and
 * `/<separateBundle>/` with the Chinese ones. Every locale's search UI merges the Chinese bundle
 * (Starlight's `pagefind.mergeIndex`), so English-UI readers search Chinese text with Chinese
 * word segmentation, which Pagefind only applies to a bundle it loads as `zh-cn`. Both bundles are
 * indexed as {@link INDEX_LANGUAGE}, so no query is stemmed.
 * Fallback pages are already out of the index (src/route-data.ts), so nothing appears twice.
 */
export function searchIndex({ separateLang, separateBundle }: SearchIndexOptions): AstroIntegration {
  return {
    name: 'docker-notes:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distPath = fileURLToPath(dir);
        const pagesByBundle = new Map<string, { sourcePath: string; content: string }[]>([
          ['pagefind', []],
          [separateBundle, []],
        ]);
        for (const file of await listHtmlFiles(distPath)) {
          const content = await readFile(file, 'utf8');
          const bundle = htmlLang(content).startsWith(separateLang) ? separateBundle : 'pagefind';
          const sourcePath = relative(distPath, file).split(sep).join('/');
          pagesByBundle.get(bundle)?.push({ sourcePath, content });
        }
        try {
          for (const [bundle, pages] of pagesByBundle) {
            const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
            if (!index) throw new Error(errors.join('\n'));
            for (const page of pages) {
              const added = await index.addHTMLFile(page);
              if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
            }
            const outputPath = join(distPath, bundle);
            await rm(outputPath, { recursive: true, force: true });
            const written = await index.writeFiles({ outputPath });
            if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
            await index.deleteIndex();
            logger.info(`/${bundle}/: search index over ${pages.length} HTML files.`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

async function listHtmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The `lang` of a built page's `<html>` element, lower-cased; empty when it has none. */
function htmlLang(html: string): string {
  return /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1]?.toLowerCase() ?? '';
}
