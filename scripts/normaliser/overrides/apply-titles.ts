/**
 * The `title` and `titleEn` overrides: the Chinese page title and the English title of published
 * questions, by id.
 */
import type { CanonicalQuestion, Message, Model } from '../model.ts';
import type { IdRegistry } from '../ids/id-registry.ts';
import type { Overrides } from './schema.ts';
import { unmatchedIdMessage, type DecisionContext } from './unmatched.ts';

/** The title overrides of one kind, by id, and a message for each id that names no question. */
function titlesById(
  kind: 'title' | 'titleEn',
  overrides: Overrides,
  ids: ReadonlySet<string | undefined>,
  context: DecisionContext,
): { titles: Map<string, string>; messages: Message[] } {
  const titles = new Map<string, string>();
  const messages: Message[] = [];
  overrides[kind].forEach((decision, index) => {
    if (ids.has(decision.id)) titles.set(decision.id, decision.title);
    else messages.push(unmatchedIdMessage(kind, decision.id, overrides.lines[kind][index], context));
  });
  return { titles, messages };
}

/**
 * Sets the page title (`question`, from `title` overrides) and `titleEn` of the questions the
 * overrides name; an override wins over the title chosen among the members and over any English
 * title a glossary found. An id that names no question is a message with the line: a
 * stale-decision warning when the registry knows the id (its page was merged away), else an error.
 */
export function applyTitleOverrides(model: Model, overrides: Overrides, registry?: IdRegistry): Model {
  if (overrides.title.length === 0 && overrides.titleEn.length === 0) return model;
  const ids = new Set(model.questions.map((question) => question.id));
  const context: DecisionContext = { file: overrides.file, questions: model.questions, registry };
  const chinese = titlesById('title', overrides, ids, context);
  const english = titlesById('titleEn', overrides, ids, context);
  const questions = model.questions.map((question): CanonicalQuestion => {
    if (question.id === undefined) return question;
    const title = chinese.titles.get(question.id);
    const titleEn = english.titles.get(question.id);
    if (title === undefined && titleEn === undefined) return question;
    return { ...question, ...(title === undefined ? {} : { question: title }), ...(titleEn === undefined ? {} : { titleEn }) };
  });
  return { ...model, questions, messages: [...model.messages, ...chinese.messages, ...english.messages] };
}
