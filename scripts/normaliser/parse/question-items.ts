/**
 * The question-item recogniser: small pure rules, shared by every shape adapter, that say whether
 * a piece of note text (a line, a heading, a list item, a bold paragraph, a table cell) asks a
 * question, opens an answer, or names a section of the note. The cue words and patterns are data
 * (data/plain-text-cues.json). parse/question-lines.ts applies these rules to the lines of a
 * plain-text note, parse/question-nodes.ts to the nodes of a markdown tree.
 */
import { charLength, isCommandLike } from './line-kinds.ts';
import { PLAIN_TEXT_CUES } from './plain-text-cues.ts';

/** Longest text still read as a question item (a longer one is a paragraph that happens to end in `?`). */
export const MAX_QUESTION_LENGTH = 100;
/** Longest text still read as a section line. */
export const MAX_SECTION_LENGTH = 30;

/** A cue at the start of a text: the cue as written and the text after it. */
export interface Cue {
  /** The cue as written, markers included: `Q1.`, `答：`, `**问：**`. */
  cue: string;
  /** The text after the cue, trimmed. */
  rest: string;
  /** UTF-16 length of the start of the text the cue takes (leading spaces and the cue). */
  length: number;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words as a regex alternation, longest first so `问题` wins over `问`. */
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/**
 * `问：` `问题 3：` `Q:` `Q1.` `Q1、` `Question 2:` `第 3 题：` `聊聊:`, optionally inside `**`. A
 * number lets the cue end in `.`, `、` or `)`; without one it needs a colon, so `Q&A` or `问题是`
 * never counts.
 */
const QUESTION_CUE = new RegExp(
  `^\\s*(?:\\*\\*)?\\s*(?:(?:${alternation(PLAIN_TEXT_CUES.questionCueWords)})\\s*(?:\\d{1,3}\\s*[:：.．、)）]|[:：])|第\\s*\\d{1,3}\\s*[题问]\\s*[:：.．、]?|(?:${alternation(PLAIN_TEXT_CUES.questionPrefixes)})\\s*[:：])\\s*(?:\\*\\*)?\\s*`,
  'iu',
);
/** `答：` `回答：` `A:` `A1:` `Answer:` `【答】`, optionally inside `**`; a colon (or the brackets) required. */
const ANSWER_WORDS = alternation(PLAIN_TEXT_CUES.answerCueWords);
const ANSWER_CUE = new RegExp(
  `^\\s*(?:\\*\\*)?\\s*(?:(?:${ANSWER_WORDS})\\s*\\d{0,3}\\s*[:：]|[【\\[](?:${ANSWER_WORDS})[】\\]]\\s*[:：]?)\\s*(?:\\*\\*)?\\s*`,
  'iu',
);
/** An answer cue inside a line, right after the question's `?`: `问：X？ 答：Y`. */
const INLINE_ANSWER = new RegExp(`[?？]\\s*(?=(?:\\*\\*)?(?:${ANSWER_WORDS})\\s*[:：])`, 'iu');
/**
 * A numbered question standing inside a line after another sentence: `…一致。 8. 解释一下 X?
 * 当…`. The question runs from its number to its `?`, and text follows it (its answer).
 */
const EMBEDDED_QUESTION = /(?<=[。！!；;])\s*(\d{1,3}\s*[.、．]\s*[^。！!？?；;]{2,60}?[?？])(?=\s*\S)/u;
const SECTION_PATTERNS = PLAIN_TEXT_CUES.sectionPatterns.map((source) => new RegExp(source, 'iu'));
const ENGLISH_STARTERS = new Set(PLAIN_TEXT_CUES.englishQuestionStarters.map((word) => word.toLowerCase()));
/** Sentence or clause punctuation at the end: a statement or a lead-in, not a question or a title. */
const STATEMENT_END = /[。.!！:：;；,，、…]$/u;
/** Item numbering: `1.`, `1、`, `1)`, `(1)`, `（1）`, `#3`. */
const NUMBERING = /^(?:\d{1,3}\s*[.．、)）](?!\d)|[（(]\d{1,3}[)）]|#\d{1,3}\b)\s*/u;

/**
 * The question cue a text starts with, or undefined.
 * @example questionCue('Q1. 什么是镜像？') // { cue: 'Q1.', rest: '什么是镜像？', length: 4 }
 * @example questionCue('问题是镜像太大') // undefined
 */
export function questionCue(text: string): Cue | undefined {
  const match = QUESTION_CUE.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length).replace(/\*\*\s*$/, '').trim();
  return rest === '' ? undefined : { cue: match[0].trim(), rest, length: match[0].length };
}

/**
 * The answer cue a text starts with, or undefined. The rest may be empty (`答：` alone on its line).
 * @example answerCue('答：镜像是只读模板。') // { cue: '答：', rest: '镜像是只读模板。', length: 2 }
 * @example answerCue('Answer: a container is …') // { cue: 'Answer:', rest: 'a container is …', length: 8 }
 */
export function answerCue(text: string): Cue | undefined {
  const match = ANSWER_CUE.exec(text);
  if (!match) return undefined;
  return { cue: match[0].trim(), rest: text.slice(match[0].length).trim(), length: match[0].length };
}

/**
 * The text of an item without what marks it as one: heading `#`s, a `**…**` wrapper, a question
 * cue, item numbering.
 * @example stripItemMarkers('**1. 什么是 Docker？**') // '什么是 Docker？'
 * @example stripItemMarkers('Q3: How do I list images?') // 'How do I list images?'
 */
export function stripItemMarkers(text: string): string {
  let current = withoutWikiLinks(text).trim();
  let previous: string;
  do {
    previous = current;
    current = current.replace(/^#{1,6}\s+/, '');
    const wrapped = /^\*\*(.+)\*\*$/u.exec(current);
    if (wrapped && !wrapped[1]!.includes('**')) current = wrapped[1]!.trim();
    const cue = questionCue(current);
    if (cue) current = cue.rest;
    current = current.replace(NUMBERING, '').trim();
  } while (current !== previous);
  return current;
}

/** True when a text ends with a question mark (a stray `)` or `**` after it allowed). */
export function endsWithQuestionMark(text: string): boolean {
  return /[?？][)）]?(?:\*\*)?$/u.test(text.trim());
}

/**
 * True when a text, read alone, asks a question: it has a question cue (`问：`, `Q1.`), or it
 * ends with `?`/`？`, or it is an English question without its mark (`What is a volume`); and
 * it is short enough (a text ending in `?` is never a command; others must not be). Chinese noun phrases (`容器和虚拟机的区别`) are not
 * questions alone; they become questions by position (an answer cue follows, a heading).
 * @example isQuestionText('**Docker 和虚拟机有什么区别？**') // true
 * @example isQuestionText('docker ps -a') // false
 */
export function isQuestionText(text: string): boolean {
  const stripped = stripItemMarkers(text);
  if (stripped === '' || charLength(stripped) > MAX_QUESTION_LENGTH) return false;
  if (questionCue(text) || endsWithQuestionMark(stripped)) return true;
  if (isCommandLike(stripped)) return false;
  const first = /^[A-Za-z]+/.exec(stripped)?.[0].toLowerCase();
  return first !== undefined && ENGLISH_STARTERS.has(first) && !STATEMENT_END.test(stripped) && /\s/.test(stripped);
}

/**
 * True when a text may stand as a question title when its position says it is one (an answer
 * cue follows it): short, not a statement ending in `。`/`：`, not a command, not an answer.
 * @example canBeQuestionTitle('2. 容器和虚拟机的区别') // true
 */
export function canBeQuestionTitle(text: string): boolean {
  const stripped = stripItemMarkers(text);
  if (stripped === '' || charLength(stripped) > MAX_QUESTION_LENGTH || answerCue(text)) return false;
  // A command never ends in a question mark: `docker run 和 docker start 有什么不同？` asks.
  if (endsWithQuestionMark(stripped)) return true;
  return !isCommandLike(stripped) && !STATEMENT_END.test(stripped);
}

/**
 * The title of a section line (`一、基础篇`, `第二部分 网络`, `Part 2: Storage`, `【存储】`,
 * inside `**` or not), or undefined. A section line groups the questions below it; it never asks.
 * @example sectionTitle('二、网络篇') // '二、网络篇'
 * @example sectionTitle('一、什么是镜像？') // undefined
 */
export function sectionTitle(text: string): string | undefined {
  let trimmed = text.trim();
  const wrapped = /^\*\*(.+)\*\*$/u.exec(trimmed);
  if (wrapped && !wrapped[1]!.includes('**')) trimmed = wrapped[1]!.trim();
  if (trimmed === '' || charLength(trimmed) > MAX_SECTION_LENGTH) return undefined;
  if (endsWithQuestionMark(trimmed) || /[。!！;；,，]$/u.test(trimmed)) return undefined;
  return SECTION_PATTERNS.some((pattern) => pattern.test(trimmed)) ? trimmed : undefined;
}

/**
 * A numbered question standing inside a line after another sentence, as UTF-16 offsets of its
 * number and of the end of its `?`, or undefined. The text before it belongs to the answer it
 * stands in, the text after it is its own answer.
 * @example embeddedQuestion('其他用法一致。 8. 解释一下 ONBUILD 指令? 当镜像…') // { start: 8, end: 27 }
 */
export function embeddedQuestion(text: string): { start: number; end: number } | undefined {
  const match = EMBEDDED_QUESTION.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].length - match[1]!.length;
  const end = match.index + match[0].length;
  return isQuestionText(match[1]!) ? { start, end } : undefined;
}

/**
 * Where an answer starts inside a question line (`问：X？ 答：Y`, `1. X？答：Y`): the UTF-16
 * offset of the answer cue, or undefined.
 * @example inlineAnswerStart('问：什么是悬空镜像？ 答：没有标签的镜像。') // 11
 */
export function inlineAnswerStart(text: string): number | undefined {
  const match = INLINE_ANSWER.exec(text);
  return match ? match.index + match[0].length : undefined;
}

/**
 * Text without Obsidian wiki-link brackets: `[[镜像]]` -> `镜像`, `[[Docker 网络|网络]]` -> `网络`,
 * `[[容器#生命周期]]` -> `容器`.
 * @example withoutWikiLinks('[[容器]]和[[镜像|镜像]]的关系') // '容器和镜像的关系'
 */
export function withoutWikiLinks(text: string): string {
  return text.replace(/\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]/gu, (_, target: string, alias?: string) => (alias ?? target).trim());
}
