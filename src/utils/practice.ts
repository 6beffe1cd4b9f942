/**
 * Interview practice data: how often each question was asked, which ones are frequent, the
 * question list the random link and the home page use. Pure functions over page frontmatter, so
 * they are tested without a build.
 */
import { TOPICS, type Topic } from '../topics';

/** A question asked in at least this many distinct notes is frequent (高频 / Frequent). */
export const FREQUENT_MIN_NOTES = 3;

/** The frontmatter fields the practice features read from a question page. */
export interface PracticeFrontmatter {
  title: string;
  topic: Topic;
  id: string;
  titleEn?: string;
  /** Distinct notes that asked the question (the normaliser counts notes, not entries). */
  frequency?: number;
  sources: { note: string }[];
  sidebar?: { order?: number };
}

/** One question as the practice features list it. */
export interface PracticeQuestion {
  /** Root-locale path, `/<topic>/<id>/`. */
  path: string;
  topic: Topic;
  id: string;
  title: string;
  titleEn?: string;
  frequency: number;
  /** Position in the topic's learning path (sidebar order). */
  order: number;
}

/**
 * How many distinct notes asked a question: the page's `frequency`, or, for pages written
 * without one, the distinct notes of its sources (a note that asks twice counts once).
 */
export function questionFrequency(data: Pick<PracticeFrontmatter, 'frequency' | 'sources'>): number {
  return data.frequency ?? new Set(data.sources.map((source) => source.note)).size;
}

/** True when a question asked in `frequency` notes earns the 高频 / Frequent badge. */
export function isFrequent(frequency: number): boolean {
  return frequency >= FREQUENT_MIN_NOTES;
}

/** The number of notes the questions came from: the distinct `sources[].note` across all of them. */
export function countNotes(questions: readonly Pick<PracticeFrontmatter, 'sources'>[]): number {
  return new Set(questions.flatMap((data) => data.sources.map((source) => source.note))).size;
}

/** A question page's practice record. */
export function practiceQuestion(data: PracticeFrontmatter): PracticeQuestion {
  return {
    path: `/${data.topic}/${data.id}/`,
    topic: data.topic,
    id: data.id,
    title: data.title,
    ...(data.titleEn ? { titleEn: data.titleEn } : {}),
    frequency: questionFrequency(data),
    order: data.sidebar?.order ?? 0,
  };
}

/** Compares questions in learning order: topic order (TOPICS), then the topic's learning path, then id. */
export function compareLearningOrder(a: PracticeQuestion, b: PracticeQuestion): number {
  return TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic) || a.order - b.order || compareIds(a.id, b.id);
}

/** Questions by how many notes asked them, most first; ties in learning order, so the ranking is stable. */
export function rankByFrequency(questions: readonly PracticeQuestion[]): PracticeQuestion[] {
  return [...questions].sort((a, b) => b.frequency - a.frequency || compareLearningOrder(a, b));
}

/**
 * The `limit` most asked questions across all topics, for the home page; only questions asked in
 * more than one note (a question from a single note is not "high frequency").
 */
export function topQuestions(questions: readonly PracticeQuestion[], limit: number): PracticeQuestion[] {
  return rankByFrequency(questions.filter((question) => question.frequency > 1)).slice(0, limit);
}

/**
 * A site path in a locale: the root locale keeps it, another gets its prefix.
 *
 * @example
 *   localePath('/basics/docker-vs-vm/', 'en') // '/en/basics/docker-vs-vm/'
 *   localePath('/basics/docker-vs-vm/', undefined) // '/basics/docker-vs-vm/'
 */
export function localePath(path: string, locale: string | undefined): string {
  return locale ? `/${locale}${path}` : path;
}

/**
 * The topic whose index page an entry is (`basics`, or `basics/index`), else undefined.
 *
 * @example
 *   topicOfIndexPage('storage') // 'storage'
 *   topicOfIndexPage('storage/what-is-volume') // undefined
 */
export function topicOfIndexPage(entryId: string): Topic | undefined {
  const topic = entryId.replace(/\/index$/, '');
  return (TOPICS as readonly string[]).includes(topic) ? (topic as Topic) : undefined;
}

/** Byte-order comparison of ids, so the order never depends on the machine's locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The parts of a Starlight sidebar entry the badge pass reads and writes. */
export type BadgeableSidebarEntry =
  | { type: 'link'; href: string; badge: { text: string; variant: BadgeVariant } | undefined }
  | { type: 'group'; entries: BadgeableSidebarEntry[] };

/** Starlight's badge variants. */
export type BadgeVariant = 'note' | 'danger' | 'success' | 'caution' | 'tip' | 'default';

/**
 * A copy of `sidebar` whose links to frequent questions carry `badge` (written in the reader's
 * language by the caller). `frequentPaths` holds root-locale paths; `locale` is the sidebar's
 * locale prefix (`en`), stripped from its links before the look-up. Links that already have a
 * badge keep it.
 */
export function badgeFrequentLinks<Entry extends BadgeableSidebarEntry>(
  sidebar: readonly Entry[],
  frequentPaths: ReadonlySet<string>,
  locale: string | undefined,
  badge: { text: string; variant: BadgeVariant },
): Entry[] {
  const prefix = locale ? `/${locale}` : '';
  return sidebar.map((entry) => {
    if (entry.type === 'group') {
      return { ...entry, entries: badgeFrequentLinks(entry.entries, frequentPaths, locale, badge) };
    }
    const path = prefix && entry.href.startsWith(`${prefix}/`) ? entry.href.slice(prefix.length) : entry.href;
    return entry.badge || !frequentPaths.has(path) ? entry : { ...entry, badge: { ...badge } };
  });
}
