/**
 * Related questions: for each published question, the nearest other published questions by
 * question wording and answer content, nearest first.
 */
import type { CanonicalQuestion, Model } from '../model.ts';
import { answerText, proseFeatures } from '../merge/profile.ts';
import { featureSimilarity, questionFeatures } from '../merge/similarity.ts';
import { compareText } from '../ids/id-registry.ts';

/** How many related questions a page links to. */
export const RELATED_COUNT = 4;
/** Scores below this are not related, however few candidates there are. */
export const MIN_RELATED_SCORE = 0.12;
/** Weight of the wording in the score; the rest is the answers' content. */
const QUESTION_WEIGHT = 0.6;
/** Small preference for questions of the same topic. */
const SAME_TOPIC_BONUS = 0.05;

/** True when a question gets a page: it has an id and a topic and is not hidden. */
export function isPublished(question: CanonicalQuestion): question is CanonicalQuestion & { id: string } {
  return !!question.id && !!question.topic && !question.hidden;
}

/**
 * Set `related` on every published question: up to RELATED_COUNT ids, nearest first (ties by
 * id). A question with too few near neighbours is filled up with its neighbours in the topic's
 * learning path, so every page leads somewhere.
 */
export function relateQuestions(model: Model): Model {
  const published = model.questions.filter(isPublished);
  const profiles = published.map((question) => ({
    question: questionFeatures(question.question),
    answer: proseFeatures(answerText(question.answer)),
  }));
  const relatedById = new Map<string, string[]>();
  published.forEach((question, index) => {
    const own = profiles[index]!;
    const scored = published
      .map((other, otherIndex) => {
        if (otherIndex === index) return undefined;
        const theirs = profiles[otherIndex]!;
        const score =
          QUESTION_WEIGHT * featureSimilarity(own.question, theirs.question) +
          (1 - QUESTION_WEIGHT) * featureSimilarity(own.answer, theirs.answer) +
          (other.topic?.topic === question.topic?.topic ? SAME_TOPIC_BONUS : 0);
        return { id: other.id, score };
      })
      .filter((candidate): candidate is { id: string; score: number } => !!candidate && candidate.score >= MIN_RELATED_SCORE)
      .sort((a, b) => b.score - a.score || compareText(a.id, b.id));
    const related = scored.slice(0, RELATED_COUNT).map((candidate) => candidate.id);
    for (const neighbour of pathNeighbours(question, published)) {
      if (related.length >= Math.min(2, RELATED_COUNT)) break;
      if (!related.includes(neighbour)) related.push(neighbour);
    }
    relatedById.set(question.id, related);
  });
  return {
    ...model,
    questions: model.questions.map((question) =>
      question.id && relatedById.has(question.id) ? { ...question, related: relatedById.get(question.id)! } : question,
    ),
  };
}

/** Ids of the questions just after and just before `question` in its topic's order. */
function pathNeighbours(question: CanonicalQuestion, published: (CanonicalQuestion & { id: string })[]): string[] {
  const inTopic = published
    .filter((other) => other.topic?.topic === question.topic?.topic)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || compareText(a.id, b.id));
  const at = inTopic.findIndex((other) => other.id === question.id);
  return [inTopic[at + 1], inTopic[at - 1]].filter((other): other is CanonicalQuestion & { id: string } => !!other).map((other) => other.id);
}
