import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { QUERY_MODULE_DIR, SEARCH_BUNDLES, searchBundleFor, type SearchBundle } from '../utils/search-bundles.ts';
import type { SearchTerms } from '../utils/search-query.ts';
import { loadCedictWords } from '../../scripts/normaliser/ids/cedict.ts';
import { readSearchTerms } from './search-terms.ts';
import { siteWords } from './site-words.ts';

/**
 * Language every bundle is indexed in. Pagefind segments Chinese text into words only in a `zh`
 * index. `zh-cn` also means no stemmer for the English pages: indexed as `en`, their bundle brought
 * the English stemmer, which (as the WebAssembly of the first bundle, used for every merged one)
 * turned the query `registry` into `registri` (also `copy`, `memory`, `strategy`, ...) while the
 * Chinese pages hold English words unstemmed, so those answers were never found.
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

/**
 * Size of an index chunk, in word positions (Pagefind's default is 20000). A query downloads the
 * chunks that hold its words, whole: for `数据卷` (数据 + 卷, two chunks) the default meant 63 KB
 * of the first search. At 10000 a chunk is about 16 KB gzip; over 18 queries (the e2e ones and
 * others) the chunks a query downloads shrank by 38 % on average, some queries needing one or two
 * more (smaller) requests, and the results stayed the same but for two near-equal pages swapping
 * places for `镜像` (a word is matched as a prefix only within the chunks the query loads).
 * Smaller chunks cut more bytes but changed more rankings. Pagefind 1.6.0 (pinned) reads the size
 * from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; a Pagefind that does not just writes default chunks.
 */
export const INDEX_CHUNK_SIZE = 10_000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** A built HTML page, as handed to Pagefind. */
export interface BuiltPage {
  /** Path under dist/, POSIX, e.g. `storage/volume-vs-bind-mount/index.html`. */
  sourcePath: string;
  content: string;
}

/**
 * The pages of each bundle (src/utils/search-bundles.ts), by their `<html lang>`. In a bundle where
 * some page has `data-pagefind-body`, the pages without it (fallback pages, topic indexes, print,
 * random and redirect pages) are left out: Pagefind would skip them anyway, so the index is the
 * same, but each page handed over costs a round trip to the Pagefind service, and the untranslated
 * `/en/` fallback pages alone are half the site (at 10x the notes, 600 of the English bundle's 640
 * pages; handing them over took 9 s of the build).
 */
export function pagesByBundle(pages: readonly BuiltPage[]): Map<SearchBundle, BuiltPage[]> {
  const bundles = new Map<SearchBundle, BuiltPage[]>(Object.values(SEARCH_BUNDLES).map((bundle) => [bundle, []]));
  for (const page of pages) bundles.get(searchBundleFor(htmlLang(page.content)))?.push(page);
  for (const [bundle, bundlePages] of bundles) {
    const withBody = bundlePages.filter((page) => PAGEFIND_BODY.test(page.content));
    if (withBody.length > 0) bundles.set(bundle, withBody);
  }
  return bundles;
}

/** The `data-pagefind-body` attribute Starlight puts on the content of every page it indexes. */
const PAGEFIND_BODY = /<[a-z][^>]*\sdata-pagefind-body(?=[\s=>/])/i;

/**
 * Rebuilds Starlight's Pagefind index as one bundle per UI language ({@link pagesByBundle}): the
 * Chinese UI searches the Chinese bundle alone, the English UI its English bundle with the Chinese
 * one merged (src/scripts/pagefind-ui.ts picks them). Every bundle is indexed as
 * {@link INDEX_LANGUAGE}, in chunks of {@link INDEX_CHUNK_SIZE}. Fallback pages are already out
 * of the index (src/route-data.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'docker-notes:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distPath = fileURLToPath(dir);
        const pages: BuiltPage[] = [];
        for (const file of await listHtmlFiles(distPath)) {
          pages.push({ sourcePath: relative(distPath, file).split(sep).join('/'), content: await readFile(file, 'utf8') });
        }
        const bundles = pagesByBundle(pages);
        const queryModule = await bundleQueryModule(searchTermsFor([...bundles.values()].flat()));
        // The Pagefind service reads the chunk size from its environment when it starts.
        const chunkSizeBefore = process.env[CHUNK_SIZE_VARIABLE];
        process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_SIZE);
        try {
          await pagefind.close();
          for (const [bundle, bundlePages] of bundles) {
            const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
            if (!index) throw new Error(errors.join('\n'));
            // All at once rather than one round trip at a time: the service indexes them as they
            // come, and the bundle written is byte-identical to adding them one by one (checked on
            // this site's pages).
            const added = await Promise.all(bundlePages.map((page) => index.addHTMLFile(page)));
            const addErrors = added.flatMap((response) => response.errors);
            if (addErrors.length > 0) throw new Error(addErrors.join('\n'));
            const outputPath = join(distPath, bundle);
            await rm(outputPath, { recursive: true, force: true });
            const written = await index.writeFiles({ outputPath });
            if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
            await index.deleteIndex();
            await mkdir(join(outputPath, QUERY_MODULE_DIR), { recursive: true });
            await writeFile(join(outputPath, QUERY_MODULE_DIR, 'pagefind.js'), queryModule.module);
            await writeFile(join(outputPath, QUERY_MODULE_DIR, 'vocabulary.js'), queryModule.vocabulary);
            logger.info(`/${bundle}/: search index over ${bundlePages.length} HTML files.`);
          }
        } finally {
          await pagefind.close();
          if (chunkSizeBefore === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
          else process.env[CHUNK_SIZE_VARIABLE] = chunkSizeBefore;
        }
      },
    },
  };
}

/**
 * The search vocabulary of the data files, with the dictionary of the Chinese words `pages` use
 * (CC-CEDICT words, src/integrations/site-words.ts) that the search box splits queries over.
 */
export function searchTermsFor(pages: readonly BuiltPage[]): SearchTerms {
  const dictionary = loadCedictWords();
  return { ...readSearchTerms(), dictionary: siteWords(pages.map((page) => page.content), (word) => dictionary.has(word)) };
}

/**
 * The search box's query module (src/scripts/relaxed-pagefind.ts) as one minified ES module with
 * the filler and reader's words in it, importing the bundle's own `../pagefind.js`, and the rest of the
 * vocabulary as a module of its own that the first relaxed query imports: written as
 * `<bundle>/query/pagefind.js` (the file Pagefind UI imports, src/scripts/pagefind-ui.ts) and
 * `<bundle>/query/vocabulary.js`. A bare term's first search fetches the first only.
 */
export async function bundleQueryModule(terms: SearchTerms): Promise<{ module: string; vocabulary: string }> {
  const source = fileURLToPath(new URL('../scripts/relaxed-pagefind.ts', import.meta.url));
  const entry = [
    `import * as pagefind from '../pagefind.js';`,
    `import { relaxedPagefind } from ${JSON.stringify(source)};`,
    `const filler = ${JSON.stringify(terms.filler)};`,
    `const readerWords = ${JSON.stringify(terms.readerWords ?? [])};`,
    `const api = relaxedPagefind(pagefind, { filler, readerWords: readerWords.map((reader) => reader.word), load: () => import('./vocabulary.js').then((vocabulary) => ({ ...vocabulary.default, filler, readerWords })) });`,
    `export const { options, mergeIndex, filters, preload, init, destroy, search } = api;`,
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: dirname(source), sourcefile: 'query-module.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    // Chinese as UTF-8 (3 bytes a character), not \u escapes (6).
    charset: 'utf8',
    target: 'es2022',
    platform: 'browser',
    external: ['../pagefind.js', './vocabulary.js'],
    write: false,
    logLevel: 'silent',
  });
  const { filler: _inTheModule, readerWords: _alsoInTheModule, ...rest } = terms;
  return { module: result.outputFiles[0]!.text, vocabulary: vocabularyModule(rest) };
}

/**
 * The vocabulary as an ES module. The word lists without spaces in their words (the dictionary and
 * the stopwords, about 2,000 Chinese words) are written as one space-separated string each and
 * split on load: three bytes a word less than JSON's quoted strings.
 */
function vocabularyModule(vocabulary: Omit<SearchTerms, 'filler' | 'readerWords'>): string {
  const { dictionary = [], stopwords = [], ...rest } = vocabulary;
  const joined = (words: readonly string[]): string => {
    const unjoinable = words.find((word) => word === '' || /\s/.test(word));
    if (unjoinable !== undefined) throw new Error(`an empty word or one with a space cannot be joined: ${JSON.stringify(unjoinable)}`);
    return `${JSON.stringify(words.join(' '))}.split(' ').filter(Boolean)`;
  };
  return `export default { ...${JSON.stringify(rest)}, dictionary: ${joined(dictionary)}, stopwords: ${joined(stopwords)} };\n`;
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
