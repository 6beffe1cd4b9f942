/**
 * Force-merging published questions by id (`merge` overrides), after ids are assigned.
 */
import type { CanonicalQuestion, Entry, Message, Model } from '../model.ts';
import type { IdRegistry } from '../ids/id-registry.ts';
import type { Overrides } from '../overrides/schema.ts';
import { unmatchedIdMessage } from '../overrides/unmatched.ts';
import { mergeAnswers } from './answer.ts';

/**
 * Applies the `merge` overrides: for each decision the first id survives and takes the members,
 * sources and answer points of the others, which leave `model.questions` (the id stage records
 * a redirect for each). The survivor keeps its lead answer, title and topic. An id that names
 * no question is a message on the overrides file (a stale-decision warning when the registry
 * knows the id, else an error), and that decision is skipped.
 */
export function applyForcedMerges(model: Model, overrides: Overrides, registry?: IdRegistry): Model {
  if (overrides.merge.length === 0) return model;
  const entryByKey = new Map<string, Entry>(model.notes.flatMap((note) => note.entries).map((entry) => [entry.key, entry]));
  let questions = [...model.questions];
  const messages: Message[] = [];

  overrides.merge.forEach((decision, decisionIndex) => {
    const line = overrides.lines.merge[decisionIndex];
    const named = decision.ids.map((id) => questions.find((question) => question.id === id));
    const missing = decision.ids.filter((_, index) => named[index] === undefined);
    if (missing.length > 0) {
      const present = named.filter((question): question is CanonicalQuestion => question !== undefined);
      const holders = missing.map((id) => holderOf(id, questions, registry));
      if (present.length > 0 && holders.every((holder) => holder !== undefined && present.includes(holder))) {
        // The run already put these questions on one page: the decision holds, nothing to do.
        messages.push({
          note: overrides.file,
          ...(line === undefined ? {} : { line }),
          severity: 'info',
          source: 'overrides',
          reason: `merge: ${missing.join(', ')} already part of ${present.map((question) => question.id).join(', ')}; the decision is no longer needed`,
        });
        return;
      }
      const context = { file: overrides.file, questions, registry };
      for (const id of missing) messages.push(unmatchedIdMessage('merge', id, line, context));
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

/** The question of this run that holds the registry members of `id`, if any. */
function holderOf(id: string, questions: readonly CanonicalQuestion[], registry: IdRegistry | undefined): CanonicalQuestion | undefined {
  const members = new Set(registry?.ids[id]?.members ?? []);
  if (members.size === 0) return undefined;
  return questions.find((question) => question.members.some((key) => members.has(key)));
}
