/**
 * Prose typesetting with autocorrect (https://github.com/huacnlee/autocorrect): full-width
 * punctuation in Chinese context, a space between CJK and Latin letters or digits. Only prose text
 * and questions are touched, never code, inline code, HTML or URLs.
 *
 * A text node is formatted with one character of its neighbours as context, so the boundary with
 * an inline code span, a link or a strong span is typeset too: `使用` + `docker build` + `命令`
 * becomes `使用 ` + `docker build` + ` 命令`. The context characters are cut off again afterwards;
 * when autocorrect changed them the node is formatted without context instead.
 */
import { format } from 'autocorrect-node';
import type { Nodes, Parent } from 'mdast';
import type { NoteRecord } from '../../model.ts';
import { describeChange, editEntries, forEachProseText, plainText, type TreePass } from './edit.ts';

/** A neighbour's edge character usable as context: a letter or digit, never punctuation or space. */
function contextChar(node: Nodes | undefined, edge: 'first' | 'last'): string {
  if (!node || node.type === 'break' || node.type === 'html') return '';
  // Inline code reads as a Latin word whatever it ends with: `$(docker ps -q)` + 命令 gets a space.
  if (node.type === 'inlineCode') return 'x';
  const text = plainText(node);
  const char = edge === 'first' ? [...text][0] : [...text].at(-1);
  return char !== undefined && /[\p{L}\p{N}]/u.test(char) ? char : '';
}

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

/** Typesets one prose string with optional context characters around it. */
export function typesetText(value: string, before = '', after = ''): string {
  if (before || after) {
    const formatted = formatOnce(before + value + after);
    if (formatted.startsWith(before) && formatted.endsWith(after)) {
      return formatted.slice(before.length, formatted.length - after.length);
    }
  }
  return formatOnce(value);
}

/** Typesets every entry's question and prose (Fix kind `typeset`, one per changed node). */
export const typesetProse: TreePass = (note: NoteRecord) =>
  editEntries(note, 'clean/typeset', (entry, log) => {
    const question = typesetText(entry.question);
    if (question !== entry.question) {
      log.fix('typeset', describeChange(entry.question, question));
      entry.question = question;
    }
    forEachProseText(entry.answer, (text, parent: Parent, index) => {
      const before = contextChar(parent.children[index - 1], 'last');
      const after = contextChar(parent.children[index + 1], 'first');
      const value = typesetText(text.value, before, after);
      if (value !== text.value) {
        log.fix('typeset', describeChange(text.value, value), text);
        text.value = value;
      }
    });
  });
