/** A PageQuestion for emit tests: a title, a markdown answer and a topic, nothing else. */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { PageQuestion } from '../../../scripts/normaliser/emit/question-page.ts';
import { TOPICS, type Topic } from '../../../scripts/normaliser/model.ts';

const scores = Object.fromEntries(TOPICS.map((topic) => [topic, 0])) as Record<Topic, number>;

/** Parse markdown into an mdast answer. */
export const markdown = (text: string): Root => unified().use(remarkParse).parse(text);

/** A published question `id` in `topic` with `title` and the markdown `answer`. */
export function pageQuestion(topic: Topic, id: string, title: string, answer: string): PageQuestion {
  return {
    id,
    question: title,
    answer: markdown(answer),
    members: [],
    sources: [],
    keywords: [],
    related: [],
    topic: { topic, margin: 1, scores, closeCall: false, pinned: false },
  };
}
