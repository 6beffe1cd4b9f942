/**
 * Force-merging published questions by id (`merge` overrides), after ids are assigned.
 */
import type { CanonicalQuestion, Entry, Message, Model } from '../model.ts';
import { overridesMessage } from '../overrides/parse.ts';
import type { Overrides } from '../overrides/schema.ts';
import { mergeAnswers } from './answer.ts';

/**
 * Applies the `merge` overrides: for each decision the first id survives and takes the members,
 * sources and answer points of the others, which leave `model.questions` (the id stage records
 * a redirect for each). The survivor keeps its lead answer, title and topic. An id that names
 * no question is an error message on the overrides file, and that decision is skipped.
 */
export function applyForcedMerges(model: Model, overrides: Overrides): Model {
  if (overrides.merge.length === 0) return model;
  const entryByKey = new Map<string, Entry>(model.notes.flatMap((note) => note.entries).map((entry) => [entry.key, entry]));
  let questions = [...model.questions];
  const messages: Message[] = [];

  overrides.merge.forEach((decision, decisionIndex) => {
    const line = overrides.lines.merge[decisionIndex];
    const named = decision.ids.map((id) => questions.find((question) => question.id === id));
    const missing = decision.ids.filter((_, index) => named[index] === undefined);
    if (missing.length > 0) {
      messages.push(overridesMessage(overrides.file, line, `merge: no question has the id ${missing.join(', ')}`));
      return;
    }
    const [survivor, ...absorbed] = named as CanonicalQuestion[];
    const memberKeys = [...new Set([survivor!, ...absorbed].flatMap((question) => question.members))];
    const members = memberKeys.map((key) => entryByKey.get(key));
    const merged: CanonicalQuestion = {
      ...survivor!,
      members: memberKeys,
      sources: [survivor!, ...absorbed].flatMap((question) => question.sources),
      // Answers are rebuilt from the entries when they are all known; otherwise the survivor's stays.
      answer: members.every((entry) => entry !== undefined)
        ? mergeAnswers(members[0]!, members.slice(1) as Entry[])
        : survivor!.answer,
    };
    questions = questions.filter((question) => !absorbed.includes(question)).map((question) => (question === survivor ? merged : question));
    for (const question of absorbed) {
      messages.push({
        note: overrides.file,
        ...(line === undefined ? {} : { line }),
        severity: 'info',
        source: 'overrides',
        reason: `merge: ${question.id} merged into ${survivor!.id}`,
      });
    }
  });
  return { ...model, questions, messages: [...model.messages, ...messages] };
}
