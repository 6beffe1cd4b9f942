import type { CollectionEntry } from 'astro:content';
import { TOPICS, type Topic } from '../topics';
import { isQuestionPage } from './question';

/**
 * How many question pages each topic has, counting the Chinese (root-locale) pages, which every
 * locale shows (translated or as fallback). Topics without questions count 0.
 */
export function countQuestionsByTopic(entries: CollectionEntry<'docs'>[]): Record<Topic, number> {
  const counts = Object.fromEntries(TOPICS.map((topic) => [topic, 0])) as Record<Topic, number>;
  for (const entry of entries) {
    if (entry.id.startsWith('en/') || !isQuestionPage(entry.data)) continue;
    counts[entry.data.topic] += 1;
  }
  return counts;
}
