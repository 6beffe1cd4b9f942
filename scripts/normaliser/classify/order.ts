/**
 * Learning-path order within each topic, and the `order` and `hide` overrides.
 */
import type { CanonicalQuestion, Message, Model, Topic } from '../model.ts';
import { normaliseQuestion } from '../merge/similarity.ts';
import type { IdRegistry } from '../ids/id-registry.ts';
import type { Overrides } from '../overrides/schema.ts';
import { unmatchedIdMessage } from '../overrides/unmatched.ts';
import { defaultLearningPath, learningStage, stageRank, type LearningPath } from './learning-path.ts';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Computed order of one topic's questions: learning-path stage, then frequency (questions more
 * notes asked come first), then the shorter normalised title (broader questions first), then
 * the title and id as written, so the order never depends on input order.
 */
export function learningPathOrder(
  questions: readonly CanonicalQuestion[],
  path: LearningPath = defaultLearningPath,
): CanonicalQuestion[] {
  const keyed = questions.map((question) => ({
    question,
    rank: stageRank(learningStage(question.question, path), path),
    length: [...normaliseQuestion(question.question)].length,
  }));
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.question.sources.length - a.question.sources.length ||
      a.length - b.length ||
      compareText(a.question.question, b.question.question) ||
      compareText(a.question.id ?? '', b.question.id ?? ''),
  );
  return keyed.map(({ question }) => question);
}

/**
 * Sets `hidden` (from `hide` overrides) and `order` (1-based position within its topic) on every
 * question. Hidden questions get no order. An `order` override moves its question to that
 * position (positions past the end mean last); the others keep their computed order around it.
 * Overrides naming an id that no question has are messages on the overrides file: stale-decision
 * warnings for ids the registry knows, errors for others. The order of `model.questions` itself
 * is kept.
 */
export function orderQuestions(
  model: Model,
  overrides: Overrides,
  path: LearningPath = defaultLearningPath,
  registry?: IdRegistry,
): Model {
  const messages: Message[] = [];
  const context = { file: overrides.file, questions: model.questions, registry };
  const ids = new Set(model.questions.map((question) => question.id));
  const hiddenIds = new Set<string>();
  overrides.hide.forEach((decision, index) => {
    if (ids.has(decision.id)) hiddenIds.add(decision.id);
    else messages.push(unmatchedIdMessage('hide', decision.id, overrides.lines.hide[index], context));
  });
  const positionById = new Map<string, number>();
  overrides.order.forEach((decision, index) => {
    if (ids.has(decision.id)) positionById.set(decision.id, decision.position);
    else messages.push(unmatchedIdMessage('order', decision.id, overrides.lines.order[index], context));
  });

  const withHidden = model.questions.map((question): CanonicalQuestion =>
    question.id !== undefined && hiddenIds.has(question.id) ? { ...question, hidden: true } : question,
  );
  const byTopic = new Map<Topic | undefined, CanonicalQuestion[]>();
  for (const question of withHidden) {
    if (question.hidden) continue;
    const topic = question.topic?.topic;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), question]);
  }

  const orderOf = new Map<CanonicalQuestion, number>();
  for (const questions of byTopic.values()) {
    const computed = learningPathOrder(questions, path);
    const placed = computed.filter((question) => question.id === undefined || !positionById.has(question.id));
    const moved = computed
      .filter((question) => question.id !== undefined && positionById.has(question.id))
      .sort((a, b) => positionById.get(a.id!)! - positionById.get(b.id!)! || compareText(a.id!, b.id!));
    for (const question of moved) placed.splice(Math.min(positionById.get(question.id!)! - 1, placed.length), 0, question);
    placed.forEach((question, index) => orderOf.set(question, index + 1));
  }

  const questions = withHidden.map((question) => {
    const order = orderOf.get(question);
    return order === undefined ? question : { ...question, order };
  });
  return { ...model, questions, messages: [...model.messages, ...messages] };
}
