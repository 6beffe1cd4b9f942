/**
 * Related questions: for each published question, the nearest other published questions by
 * question wording and answer content, nearest first. Features (character n-grams, Latin
 * words) come from the merge stage; each is weighted by how rare it is among the published
 * questions, so two pages sharing `写时复制` are nearer than two sharing `容器`.
 */
import type { CanonicalQuestion, Model } from '../model.ts';
import { withoutCommandAsides } from '../check-commands/command-aside.ts';
import { answerText, proseFeatures } from '../merge/profile.ts';
import { questionFeatures } from '../merge/similarity.ts';
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
  const questionDice = weightedDice(published.map((question) => questionFeatures(question.question)));
  const answerDice = weightedDice(published.map((question) => proseFeatures(answerText(withoutCommandAsides(question.answer)))));
  const relatedById = new Map<string, string[]>();
  published.forEach((question, index) => {
    const scored = published
      .map((other, otherIndex) => {
        if (otherIndex === index) return undefined;
        const score =
          QUESTION_WEIGHT * questionDice(index, otherIndex) +
          (1 - QUESTION_WEIGHT) * answerDice(index, otherIndex) +
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

/**
 * Dice coefficient over documents' feature sets, each feature weighted by its inverse document
 * frequency ln(1 + N / df); returns a scorer of two document indexes, in [0, 1].
 */
export function weightedDice(documents: readonly (readonly string[])[]): (a: number, b: number) => number {
  const sets = documents.map((features) => new Set(features));
  const documentFrequency = new Map<string, number>();
  for (const set of sets) for (const feature of set) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const weightOf = (feature: string) => Math.log(1 + sets.length / (documentFrequency.get(feature) ?? 1));
  const totals = sets.map((set) => [...set].reduce((sum, feature) => sum + weightOf(feature), 0));
  return (a, b) => {
    const [small, large] = sets[a]!.size <= sets[b]!.size ? [sets[a]!, sets[b]!] : [sets[b]!, sets[a]!];
    let shared = 0;
    for (const feature of small) if (large.has(feature)) shared += weightOf(feature);
    const total = totals[a]! + totals[b]!;
    return total === 0 ? 0 : (2 * shared) / total;
  };
}
