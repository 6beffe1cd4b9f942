/**
 * Prose typesetting with autocorrect (https://github.com/huacnlee/autocorrect): full-width
 * punctuation in Chinese context, a space between CJK and Latin letters or digits. Only prose text
 * and questions are touched, never code, inline code, HTML or URLs.
 *
 * A text node is formatted with one character of its neighbours as context, so the boundary with
 * an inline code span, a link or a strong span is typeset too: `使用` + `docker build` + `命令`
 * becomes `使用 ` + `docker build` + ` 命令`. Context after a text is only given when the text ends
 * in a letter or digit (a space may be due there): after punctuation it would only hide the
 * Chinese before it (`方法:` + `docker attach` would keep its half-width colon), while context
 * before a text decides its leading mark (`fluentd` + `,将日志` -> `，`). The context characters are
 * cut off again afterwards; when autocorrect changed them the node is formatted without context.
 *
 * Two things autocorrect does not do are done here first:
 * - path-like words (`push/pull`, `/etc/docker`) are set apart, because autocorrect leaves a whole
 *   text untouched when one is glued to Chinese (`处理 push/pull命令。由于要对用户进行访问控制,即…`);
 * - the half-width punctuation rules of data/glossary/punctuation.yaml (`Registry:负责储存`).
 */
import { format } from 'autocorrect-node';
import type { Nodes, Parent } from 'mdast';
import type { NoteRecord } from '../../model.ts';
import type { PunctuationRule } from './data.ts';
import { describeChange, editEntries, forEachProseText, plainText, preparedPer, type TreePass } from './edit.ts';

/** A neighbour's edge character usable as context: a letter or digit, never punctuation or space. */
function contextChar(node: Nodes | undefined, edge: 'first' | 'last'): string {
  if (!node || node.type === 'break' || node.type === 'html') return '';
  // Inline code reads as a Latin word whatever it ends with: `$(docker ps -q)` + 命令 gets a space.
  if (node.type === 'inlineCode') return 'x';
  const text = plainText(node);
  const char = edge === 'first' ? [...text][0] : [...text].at(-1);
  return char !== undefined && LETTER_OR_DIGIT.test(char) ? char : '';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * autocorrect's output by input, kept across notes: prose repeats (a sentence copied into many
 * notes), and each call into autocorrect costs far more than a lookup. Emptied when it reaches
 * FORMATTED_LIMIT entries.
 */
const formattedTexts = new Map<string, string>();
const FORMATTED_LIMIT = 200_000;

/** `format(text)`, remembered. */
function formatOnce(text: string): string {
  let formatted = formattedTexts.get(text);
  if (formatted === undefined) {
    formatted = format(text);
    if (formattedTexts.size >= FORMATTED_LIMIT) formattedTexts.clear();
    formattedTexts.set(text, formatted);
  }
  return formatted;
}

/** A path-like word: letters, digits and `._~+-` around at least one `/` (a URL's scheme included). */
const PATH_LIKE = /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?[A-Za-z0-9._~+-]*(?:\/[A-Za-z0-9._~+%=?&#-]*)+/g;

/** One piece of text with context characters, formatted by autocorrect. */
function formatWithContext(value: string, before: string, after: string): string {
  const last = [...value].at(-1);
  const edgeBefore = before;
  const edgeAfter = last !== undefined && LETTER_OR_DIGIT.test(last) ? after : '';
  if (edgeBefore || edgeAfter) {
    const formatted = formatOnce(edgeBefore + value + edgeAfter);
    if (formatted.startsWith(edgeBefore) && formatted.endsWith(edgeAfter)) {
      return formatted.slice(edgeBefore.length, formatted.length - edgeAfter.length);
    }
  }
  return formatOnce(value);
}

/** The punctuation rules as expressions, built once per rule list. */
const punctuationPatterns = preparedPer((rules: readonly PunctuationRule[]) =>
  rules.map((rule) => ({ pattern: new RegExp(rule.pattern, 'gu'), to: rule.to })),
);

/** `value` with the punctuation rules applied, in list order. */
export function applyPunctuationRules(value: string, rules: readonly PunctuationRule[]): string {
  return punctuationPatterns(rules).reduce((text, { pattern, to }) => text.replace(pattern, to), value);
}

/**
 * Typesets one prose string with optional context characters around it (the neighbouring
 * nodes' edge characters) and the punctuation rules of data/glossary/punctuation.yaml.
 * @example typesetText('进入容器有两种方法:', '', 'x') // '进入容器有两种方法：'
 * @example typesetText('处理 push/pull命令。由于要对用户进行访问控制,即不同用户') // '处理 push/pull 命令。由于要对用户进行访问控制，即不同用户'
 */
export function typesetText(value: string, before = '', after = '', rules: readonly PunctuationRule[] = []): string {
  const text = rules.length > 0 ? applyPunctuationRules(value, rules) : value;
  // Path-like words are kept out of autocorrect's sight; each piece between them is formatted
  // with the path's edge character as context, so `push/pull` + `命令` still gets its space.
  const paths = [...text.matchAll(PATH_LIKE)].filter((match) => match[0].includes('/') && match[0].length > 1);
  if (paths.length === 0) return formatWithContext(text, before, after);
  let result = '';
  let from = 0;
  for (const path of paths) {
    const piece = text.slice(from, path.index);
    if (piece) result += formatWithContext(piece, from === 0 ? before : (text[from - 1] ?? ''), path[0][0] ?? '');
    result += path[0];
    from = path.index + path[0].length;
  }
  const rest = text.slice(from);
  if (rest) result += formatWithContext(rest, text[from - 1] ?? '', after);
  return result;
}

/** Typesets every entry's question and prose (Fix kind `typeset`, one per changed node). */
export const typesetProse: TreePass = (note: NoteRecord, context) =>
  editEntries(note, 'clean/typeset', (entry, log) => {
    const rules = context.data.punctuation;
    const question = typesetText(entry.question, '', '', rules);
    if (question !== entry.question) {
      log.fix('typeset', describeChange(entry.question, question));
      entry.question = question;
    }
    forEachProseText(entry.answer, (text, parent: Parent, index) => {
      const before = contextChar(parent.children[index - 1], 'last');
      const after = contextChar(parent.children[index + 1], 'first');
      const value = typesetText(text.value, before, after, rules);
      if (value !== text.value) {
        log.fix('typeset', describeChange(text.value, value), text);
        text.value = value;
      }
    });
  });
