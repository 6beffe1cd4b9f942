/**
 * What the site should contain, read from src/content/docs (whatever pages exist: the
 * placeholders or the normaliser's real output), so the site tests never hard-code page ids.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TOPICS, type Topic } from '../../scripts/normaliser/model.ts';

export { TOPICS, type Topic };

export const DOCS_DIR = 'src/content/docs';

/** One Chinese (root-locale) page of the docs collection. */
export interface ContentPage {
  /** Path of the MDX file, relative to the project root. */
  file: string;
  /** Site path of the page, e.g. `/storage/volume-vs-bind-mount/`. */
  path: string;
  title: string;
  topic?: Topic;
  id?: string;
  keywords: string[];
  /** The MDX body after the frontmatter. */
  body: string;
}

/** Every root-locale page under src/content/docs (the `en/` translations excluded), sorted by path. */
export function readContentPages(root = '.'): ContentPage[] {
  return readPages(join(root, DOCS_DIR), '').filter((page) => !page.file.startsWith(join(DOCS_DIR, `en${sep}`)));
}

/** The English translations under src/content/docs/en (paths `/en/...`), sorted by path. */
export function readEnglishPages(root = '.'): ContentPage[] {
  return readPages(join(root, DOCS_DIR, 'en'), 'en/');
}

/** The pages under `docsDir`, their site paths prefixed with `pathPrefix` (`''` or `en/`). */
function readPages(docsDir: string, pathPrefix: string): ContentPage[] {
  const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && !file.split(sep).some((part) => part.startsWith('_')))
    .sort();
  return files.map((file) => {
    const text = readFileSync(join(docsDir, file), 'utf8');
    const source = join(DOCS_DIR, pathPrefix, file);
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
    if (!match) throw new Error(`${source}: no frontmatter`);
    const data = parseYaml(match[1] ?? '') as Record<string, unknown>;
    const slug = `${pathPrefix}${relative('.', file).split(sep).join('/').replace(/\.mdx?$/, '')}`.replace(/(^|\/)index$/, '');
    return {
      file: source,
      path: slug === '' ? '/' : `/${slug}/`,
      title: String(data.title),
      topic: data.topic as Topic | undefined,
      id: data.id as string | undefined,
      keywords: Array.isArray(data.keywords) ? data.keywords.map(String) : [],
      body: match[2] ?? '',
    };
  });
}

/** The question pages: those with `topic` and `id` in their frontmatter. */
export function questionPages(pages: ContentPage[]): (ContentPage & { topic: Topic; id: string })[] {
  return pages.filter(
    (page): page is ContentPage & { topic: Topic; id: string } =>
      page.topic !== undefined && page.id !== undefined,
  );
}

/** True when the text contains CJK ideographs. */
export function hasCjk(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
