/**
 * The classify stage: gives every canonical question a topic, from the topic scorer or from a
 * `pin` override.
 */
import type { CanonicalQuestion, Entry, Message, Model } from '../model.ts';
import { answerText } from '../merge/profile.ts';
import type { IdRegistry } from '../ids/id-registry.ts';
import type { Overrides } from '../overrides/schema.ts';
import { unmatchedIdMessage } from '../overrides/unmatched.ts';
import { scoreTopics } from './score-topics.ts';
import { defaultTopicTables, type TopicTables } from './topic-tables.ts';

/** The grouping headings above a question's entries, deduplicated, in member order. */
function sectionsOf(question: CanonicalQuestion, entryByKey: ReadonlyMap<string, Entry>): string[] {
  return [...new Set(question.members.flatMap((key) => entryByKey.get(key)?.section ?? []))];
}

/**
 * Sets `topic` on every question: the scorer's verdict, or the pinned topic (with `pinned`
 * true; scores and margin are kept, so the report shows what the scorer thought). A pin whose
 * id names no question is a message on the overrides file: a stale-decision warning when the
 * registry knows the id, else an error (scripts/normaliser/overrides/unmatched.ts).
 */
export function classify(
  model: Model,
  overrides: Overrides,
  tables: TopicTables = defaultTopicTables,
  registry?: IdRegistry,
): Model {
  const entryByKey = new Map(model.notes.flatMap((note) => note.entries).map((entry) => [entry.key, entry]));
  const pinById = new Map(overrides.pin.map((pin) => [pin.id, pin.topic]));
  const messages: Message[] = [];
  overrides.pin.forEach((pin, index) => {
    if (!model.questions.some((question) => question.id === pin.id)) {
      messages.push(unmatchedIdMessage('pin', pin.id, overrides.lines.pin[index], { file: overrides.file, questions: model.questions, registry }));
    }
  });

  const questions = model.questions.map((question): CanonicalQuestion => {
    const assignment = scoreTopics(
      { question: question.question, sections: sectionsOf(question, entryByKey), answer: answerText(question.answer) },
      tables,
    );
    const pinned = question.id === undefined ? undefined : pinById.get(question.id);
    return {
      ...question,
      topic: pinned === undefined ? assignment : { ...assignment, topic: pinned, closeCall: false, pinned: true },
    };
  });
  return { ...model, questions, messages: [...model.messages, ...messages] };
}
