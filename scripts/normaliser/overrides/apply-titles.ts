/**
 * The `titleEn` overrides: English titles for published questions.
 */
import type { Message, Model } from '../model.ts';
import { overridesMessage } from './parse.ts';
import type { Overrides } from './schema.ts';

/**
 * Sets `titleEn` on the questions the `titleEn` overrides name (an override wins over any
 * title a glossary found). An id that names no question is an error message.
 */
export function applyTitleOverrides(model: Model, overrides: Overrides): Model {
  if (overrides.titleEn.length === 0) return model;
  const messages: Message[] = [];
  const titleById = new Map<string, string>();
  const ids = new Set(model.questions.map((question) => question.id));
  overrides.titleEn.forEach((decision, index) => {
    if (ids.has(decision.id)) titleById.set(decision.id, decision.title);
    else messages.push(overridesMessage(overrides.file, overrides.lines.titleEn[index], `titleEn: no question has the id ${decision.id}`));
  });
  const questions = model.questions.map((question) => {
    const titleEn = question.id === undefined ? undefined : titleById.get(question.id);
    return titleEn === undefined ? question : { ...question, titleEn };
  });
  return { ...model, questions, messages: [...model.messages, ...messages] };
}
