/**
 * Question titles: strip the prefixes and stray markup the notes put around a question, and end
 * every question the same way. `source.originalTitle` keeps the title as written.
 *
 * The ending rule: a title that asks something (a question word such as 什么, 如何, 为什么, 吗,
 * 哪些, 有何, 是否, 几种, or an English what/how/why, or a title written with a `?`) ends with a
 * full-width `？`. A noun-phrase title ("Docker Swarm 的主要特性和用途", "解释 Dockerfile 指令")
 * is a topic, not a question, and gets no end punctuation.
 */
import type { NoteRecord } from '../../model.ts';
import { describeChange, editEntries, type TreePass } from './edit.ts';

/** Prefixes removed from the start of a title, tried in order until none applies. */
const PREFIXES: RegExp[] = [
  /^#{1,6}\s*/, // a heading marker kept as text: `# 1. xx`
  /^(?:聊聊|说说|问|问题|面试题|面试官问|题目|Q)\s*[:：]\s*/i,
  /^第\s*\d+\s*[题问]\s*[:：、.．]?\s*/,
  /^\d+(?:\.\d+)+\.?\s*/, // 2.1.1 / 3.2.
  /^\d+\s*[、.．:：)）]\s*/, // 1、 / 1. / 1) (but not 3D or 802.1q: a separator must follow the digits)
  /^[（(]\d+[)）]\s*/, // (1)
  /^[一二三四五六七八九十]+\s*[、.．]\s*/, // 一、
];

/** Words that make a title a question. */
export const QUESTION_WORDS =
  /什么|为什么|为何|如何|怎么|怎样|哪些|哪个|哪几|哪种|哪里|是否|能否|可否|有无|有何|何时|何种|多少|几种|几个|几大|几部分|吗|么|呢|\b(?:what|how|why|when|which|where|who|is|are|can|does|do)\b/i;

/** Removes `**` / `__` emphasis markers, backticks and unbalanced brackets from a title. */
function stripMarkup(title: string): string {
  let text = title.replace(/\*\*|__|`/g, '');
  // Remove closing brackets that close nothing and opening brackets left open at the end.
  for (const [open, close] of [['(', ')'], ['（', '）'], ['[', ']'], ['【', '】']] as const) {
    let depth = 0;
    let kept = '';
    for (const char of text) {
      if (char === open) depth++;
      if (char === close) {
        if (depth === 0) continue;
        depth--;
      }
      kept += char;
    }
    while (depth > 0) {
      const at = kept.lastIndexOf(open);
      kept = kept.slice(0, at) + kept.slice(at + 1);
      depth--;
    }
    text = kept;
  }
  return text;
}

/**
 * The clean form of a question title, following the rules above.
 * @example cleanQuestionTitle('聊聊:Docker 安全么?') // 'Docker 安全么？'
 * @example cleanQuestionTitle('Docker Compose的作用及其优点)') // 'Docker Compose的作用及其优点'
 */
export function cleanQuestionTitle(title: string): string {
  let text = title.trim();
  let previous: string;
  do {
    previous = text;
    text = stripMarkup(text).trim();
    for (const prefix of PREFIXES) text = text.replace(prefix, '');
  } while (text !== previous);
  const askedWithMark = /[?？][\s*]*$/.test(text);
  text = text.replace(/[\s?？。.,，:：;；!！、*]+$/u, '');
  if (text === '') return title.trim();
  return askedWithMark || QUESTION_WORDS.test(text) ? `${text}？` : text;
}

/** Cleans every entry's question (Fix kind `title`). */
export const cleanQuestionTitles: TreePass = (note: NoteRecord) =>
  editEntries(note, 'clean/question-title', (entry, log) => {
    const cleaned = cleanQuestionTitle(entry.question);
    if (cleaned !== entry.question) {
      log.fix('title', describeChange(entry.question, cleaned));
      entry.question = cleaned;
    }
  });
