import type { CollectionEntry } from 'astro:content';

/** Frontmatter of a docs page, as the content schema validates it. */
export type PageData = CollectionEntry<'docs'>['data'];

/** Frontmatter of a question page: one that names its topic and id. */
export type QuestionData = PageData & Required<Pick<PageData, 'topic' | 'id'>>;

/** True for generated question pages (they carry `topic` and `id`), false for topic indexes and the home page. */
export function isQuestionPage(data: PageData): data is QuestionData {
  return data.topic !== undefined && data.id !== undefined;
}

/**
 * The absolute URL of a page, for sharing.
 *
 * @example
 *   absolutePageUrl('/storage/volume-vs-bind-mount/', new URL('https://docker-notes.example.com'))
 *   // 'https://docker-notes.example.com/storage/volume-vs-bind-mount/'
 */
export function absolutePageUrl(pathname: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site` so shared links are absolute');
  return new URL(pathname, site).href;
}

/** Fills `{{name}}` placeholders in a UI string. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
