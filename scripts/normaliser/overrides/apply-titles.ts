/**
 * The `title` and `titleEn` overrides: the Chinese page title and the English title of published
 * questions, by id.
 */
import type { CanonicalQuestion, Message, Model } from '../model.ts';
import { overridesMessage } from './parse.ts';
import type { Overrides } from './schema.ts';

/** The title overrides of one kind, by id, and an error message for each id that names no question. */
function titlesById(
  kind: 'title' | 'titleEn',
  overrides: Overrides,
  ids: ReadonlySet<string | undefined>,
): { titles: Map<string, string>; messages: Message[] } {
  const titles = new Map<string, string>();
  const messages: Message[] = [];
  overrides[kind].forEach((decision, index) => {
    if (ids.has(decision.id)) titles.set(decision.id, decision.title);
    else messages.push(overridesMessage(overrides.file, overrides.lines[kind][index], `${kind}: no question has the id ${decision.id}`));
  });
  return { titles, messages };
}

/**
 * Sets the page title (`question`, from `title` overrides) and `titleEn` of the questions the
 * overrides name; an override wins over the title chosen among the members and over any English
 * title a glossary found. An id that names no question is an error message with the line.
 */
export function applyTitleOverrides(model: Model, overrides: Overrides): Model {
  if (overrides.title.length === 0 && overrides.titleEn.length === 0) return model;
  const ids = new Set(model.questions.map((question) => question.id));
  const chinese = titlesById('title', overrides, ids);
  const english = titlesById('titleEn', overrides, ids);
  const questions = model.questions.map((question): CanonicalQuestion => {
    if (question.id === undefined) return question;
    const title = chinese.titles.get(question.id);
    const titleEn = english.titles.get(question.id);
    if (title === undefined && titleEn === undefined) return question;
    return { ...question, ...(title === undefined ? {} : { question: title }), ...(titleEn === undefined ? {} : { titleEn }) };
  });
  return { ...model, questions, messages: [...model.messages, ...chinese.messages, ...english.messages] };
}
