/**
 * Tree helpers for page bodies: heading depth under the page title and the answer's first
 * sentence as a plain-text description.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isCommandAside } from '../check-commands/command-aside.ts';

/** Longest description kept; longer first sentences are cut with an ellipsis. */
export const MAX_DESCRIPTION_LENGTH = 160;

/**
 * Shift the headings of an answer so the highest becomes `top` (default `##`, under the page
 * title), keeping their relative levels; nothing goes deeper than `######`. Changes `tree`.
 */
export function demoteHeadings(tree: Root, top: 2 | 3 = 2): Root {
  let highest = 7;
  visit(tree, 'heading', (heading) => {
    highest = Math.min(highest, heading.depth);
  });
  if (highest === 7) return tree;
  const shift = top - highest;
  visit(tree, 'heading', (heading) => {
    heading.depth = Math.min(6, Math.max(1, heading.depth + shift)) as typeof heading.depth;
  });
  return tree;
}

/**
 * The first sentence of an answer as plain text: the first paragraph's text up to the first
 * sentence end (。！？ or `.`/`!`/`?` before a space), without a trailing colon, cut to
 * `maxLength` characters with an ellipsis.
 * @example firstSentence(tree of '容器共享宿主机内核。它们启动快。') // '容器共享宿主机内核。'
 */
export function firstSentence(tree: Root, maxLength: number = MAX_DESCRIPTION_LENGTH): string {
  let text = '';
  visit(tree, (node) => {
    if (text || isCommandAside(node)) return false;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      text = toString(node).replace(/\s+/g, ' ').trim();
      return false;
    }
    return undefined;
  });
  const end = /[。！？]|[.!?](?=\s|$)/.exec(text);
  let sentence = (end ? text.slice(0, end.index + end[0].length) : text).trim();
  sentence = sentence.replace(/[:：;；,，]+$/, '').trim();
  if ([...sentence].length > maxLength) {
    sentence = `${[...sentence].slice(0, maxLength - 1).join('').trimEnd()}…`;
  }
  return sentence;
}
