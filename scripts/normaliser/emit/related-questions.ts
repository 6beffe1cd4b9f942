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

/** Two scores closer than this are the same score but for rounding (sums taken in another order). */
const ROUNDING = 1e-9;

/**
 * Set `related` on every published question: up to RELATED_COUNT ids, nearest first (ties by
 * id). A question with too few near neighbours is filled up with its neighbours in the topic's
 * learning path, so every page leads somewhere.
 *
 * Only questions sharing a feature with it can score MIN_RELATED_SCORE (the topic bonus alone
 * is below it), so each question's shared feature weights are summed over an inverted index
 * (`sharedWeights`), not over every pair; those sums rank the candidates, and the few that can
 * be among the nearest are scored exactly as `weightedDice` scores them.
 */
export function relateQuestions(model: Model): Model {
  const published = model.questions.filter(isPublished);
  const questionFeatureSets = published.map((question) => questionFeatures(question.question));
  const answerFeatureSets = published.map((question) => proseFeatures(answerText(withoutCommandAsides(question.answer))));
  const questionDice = weightedDice(questionFeatureSets);
  const answerDice = weightedDice(answerFeatureSets);
  const questionIndex = featureIndex(questionFeatureSets);
  const answerIndex = featureIndex(answerFeatureSets);
  const topics = published.map((question) => question.topic?.topic);
  const topicBonus = (index: number, otherIndex: number) => (topics[otherIndex] === topics[index] ? SAME_TOPIC_BONUS : 0);
  const score = (index: number, otherIndex: number) =>
    QUESTION_WEIGHT * questionDice(index, otherIndex) + (1 - QUESTION_WEIGHT) * answerDice(index, otherIndex) + topicBonus(index, otherIndex);
  const neighboursInPath = pathNeighbours(published);
  const sharedQuestion = new Float64Array(published.length);
  const sharedAnswer = new Float64Array(published.length);
  const estimates = new Float64Array(published.length);
  const relatedById = new Map<string, string[]>();
  published.forEach((question, index) => {
    sharedWeights(questionIndex, index, sharedQuestion);
    sharedWeights(answerIndex, index, sharedAnswer);
    // The RELATED_COUNT largest estimates that reach the minimum, largest first.
    const best = new Array<number>(RELATED_COUNT).fill(-Infinity);
    for (let otherIndex = 0; otherIndex < published.length; otherIndex++) {
      // Sharing nothing, the topic bonus is all it could score.
      if (otherIndex === index || (sharedQuestion[otherIndex] === 0 && sharedAnswer[otherIndex] === 0)) {
        estimates[otherIndex] = -Infinity;
        continue;
      }
      const estimate =
        QUESTION_WEIGHT * dice(sharedQuestion[otherIndex]!, questionIndex.totals[index]! + questionIndex.totals[otherIndex]!) +
        (1 - QUESTION_WEIGHT) * dice(sharedAnswer[otherIndex]!, answerIndex.totals[index]! + answerIndex.totals[otherIndex]!) +
        topicBonus(index, otherIndex);
      estimates[otherIndex] = estimate;
      if (estimate >= MIN_RELATED_SCORE - ROUNDING && estimate > best[RELATED_COUNT - 1]!) {
        let at = RELATED_COUNT - 1;
        while (at > 0 && best[at - 1]! < estimate) {
          best[at] = best[at - 1]!;
          at--;
        }
        best[at] = estimate;
      }
    }
    sharedQuestion.fill(0);
    sharedAnswer.fill(0);
    // Whatever ranks below the RELATED_COUNT-th estimate (by more than rounding) cannot make the list.
    const cut = Math.max(best[RELATED_COUNT - 1]!, MIN_RELATED_SCORE) - ROUNDING;
    const scored: Array<{ id: string; score: number }> = [];
    for (let otherIndex = 0; otherIndex < published.length; otherIndex++) {
      if (estimates[otherIndex]! < cut) continue;
      const candidate = { id: published[otherIndex]!.id, score: score(index, otherIndex) };
      if (candidate.score >= MIN_RELATED_SCORE) scored.push(candidate);
    }
    scored.sort((a, b) => b.score - a.score || compareText(a.id, b.id));
    const related = scored.slice(0, RELATED_COUNT).map((candidate) => candidate.id);
    for (const neighbour of neighboursInPath.get(question.id)!) {
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

/** For each question id, the ids of the questions just after and just before it in its topic's order. */
function pathNeighbours(published: readonly (CanonicalQuestion & { id: string })[]): Map<string, string[]> {
  const byTopic = new Map<string | undefined, (CanonicalQuestion & { id: string })[]>();
  for (const question of published) {
    const topic = question.topic?.topic;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), question]);
  }
  const neighbours = new Map<string, string[]>();
  for (const inTopic of byTopic.values()) {
    inTopic.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || compareText(a.id, b.id));
    inTopic.forEach((question, at) => {
      neighbours.set(
        question.id,
        [inTopic[at + 1], inTopic[at - 1]].filter((other): other is CanonicalQuestion & { id: string } => !!other).map((other) => other.id),
      );
    });
  }
  return neighbours;
}

/** `2 * shared / total`, 0 for empty documents: the Dice coefficient from its parts. */
function dice(shared: number, total: number): number {
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Documents' distinct features as numbers, each feature's idf weight, its documents, each document's total weight. */
interface FeatureIndex {
  features: number[][];
  weights: Float64Array;
  postings: number[][];
  totals: Float64Array;
}

/** The inverted index of documents' feature sets, weighted as in `weightedDice`. */
function featureIndex(documents: readonly (readonly string[])[]): FeatureIndex {
  const numbers = new Map<string, number>();
  const postings: number[][] = [];
  const features = documents.map((document, documentIndex) => {
    const own: number[] = [];
    for (const feature of new Set(document)) {
      let number = numbers.get(feature);
      if (number === undefined) {
        number = postings.length;
        numbers.set(feature, number);
        postings.push([]);
      }
      postings[number]!.push(documentIndex);
      own.push(number);
    }
    return own;
  });
  const weights = Float64Array.from(postings, (documentsWith) => Math.log(1 + documents.length / documentsWith.length));
  const totals = Float64Array.from(features, (own) => own.reduce((sum, number) => sum + weights[number]!, 0));
  return { features, weights, postings, totals };
}

/**
 * Add to `shared[other]` the weight of every feature document `documentIndex` shares with
 * `other`. The sums equal weightedDice's shared weights but for rounding: they are added up in
 * another order.
 */
function sharedWeights(index: FeatureIndex, documentIndex: number, shared: Float64Array): void {
  for (const number of index.features[documentIndex]!) {
    const weight = index.weights[number]!;
    for (const other of index.postings[number]!) shared[other] = shared[other]! + weight;
  }
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
