/**
 * Shape adapter: a plain-text list of questions. A question is a line on its own (blank lines
 * around it) that is not a numbered point, a bullet or a command, and does not end like a
 * sentence (`。` `:` `，`); it may end in `?`, in nothing, or in a stray `)`. Its answer is
 * everything up to the next question: an intro sentence, numbered points `1、标题: 内容`, a summary.
 */
import type { SourceLine } from '../../model.ts';
import type { AdapterInput, AdapterOutput, ShapeAdapter } from '../adapter.ts';
import {
  bulletMarker,
  charLength,
  hasChineseNumeralMarker,
  isCommandLike,
  numberedMarker,
} from '../line-kinds.ts';
import { plainQuestionEntries } from '../question-lines.ts';
import { isBlank } from '../source-lines.ts';

/** Longest line still read as a question. */
const MAX_QUESTION_LENGTH = 80;
/** Questions needed before a note counts as a Q&A list. */
const MIN_QUESTIONS = 3;
/** A question ends with `?`, `)` or no punctuation; anything else ends a sentence or a lead-in. */
const SENTENCE_END = /[。.!！:：;；,，、…]$/;

/** The question lines of a plain-text Q&A list. */
export function findQaQuestions(lines: readonly SourceLine[]): SourceLine[] {
  const questions: SourceLine[] = [];
  const nonBlank = lines.filter((line) => !isBlank(line.text));
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const text = line.text.trim();
    if (text === '') continue;
    const before = lines[index - 1];
    const after = lines[index + 1];
    const standalone = (!before || isBlank(before.text) || before.line !== line.line - 1) && (!after || isBlank(after.text));
    if (
      standalone &&
      charLength(text) <= MAX_QUESTION_LENGTH &&
      !SENTENCE_END.test(text) &&
      !numberedMarker(text) &&
      !bulletMarker(text) &&
      !hasChineseNumeralMarker(text) &&
      !isCommandLike(text) &&
      nonBlank.at(-1) !== line
    ) {
      questions.push(line);
    }
  }
  return questions;
}

/** Parse a plain-text Q&A list into entries: its own questions and the recogniser's question items. */
export function parseQaList(input: AdapterInput): AdapterOutput {
  return plainQuestionEntries(input, findQaQuestions(input.lines)).output;
}

export const qaList: ShapeAdapter = {
  shape: 'qa-list',
  detect: (lines: readonly SourceLine[]) => {
    const points = lines.filter((line) => numberedMarker(line.text) !== undefined).length;
    return findQaQuestions(lines).length >= MIN_QUESTIONS && points >= MIN_QUESTIONS;
  },
  parse: parseQaList,
};
