/**
 * Caption lines without their picture (Fix kind `caption`): a paragraph of plain text, one line,
 * matching a rule of data/glossary/captions.yaml (a scraped page's `标题_关键词` caption, a
 * `图 1` figure label) is removed from the answer and listed in the note's dropped lines as
 * `caption:<kind>`, with the rule's reason in the Fix. A line right before or after a picture is
 * that picture's caption and stays when the rule says so. Runs after images.ts, so the pictures
 * it dropped no longer count as there.
 */
import type { Parent, RootContent } from 'mdast';
import type { NoteRecord } from '../../model.ts';
import type { CaptionRule } from './data.ts';
import { editEntries, preparedPer, type PassLog, type TreePass } from './edit.ts';

const captionPatterns = preparedPer((rules: readonly CaptionRule[]) => rules.map((rule) => ({ rule, pattern: new RegExp(rule.pattern, 'u') })));

/** True when `node` is a picture or a paragraph holding one. */
function isPicture(node: RootContent | undefined): boolean {
  if (!node) return false;
  if (node.type === 'image' || node.type === 'imageReference') return true;
  return node.type === 'paragraph' && node.children.some((child) => child.type === 'image' || child.type === 'imageReference');
}

/** The caption rule a one-line plain-text paragraph matches, if any. */
export function captionRule(text: string, rules: readonly CaptionRule[]): CaptionRule | undefined {
  const line = text.trim();
  if (line === '' || line.includes('\n')) return undefined;
  return captionPatterns(rules).find(({ pattern }) => pattern.test(line))?.rule;
}

function dropCaptions(parent: Parent, rules: readonly CaptionRule[], log: PassLog): void {
  const children = parent.children as RootContent[];
  const kept: RootContent[] = [];
  children.forEach((child, index) => {
    if ('children' in child && child.type !== 'paragraph') dropCaptions(child as Parent, rules, log);
    const text = child.type === 'paragraph' && child.children.every((node) => node.type === 'text') ? child.children.map((node) => (node as { value: string }).value).join('') : undefined;
    const rule = text === undefined ? undefined : captionRule(text, rules);
    const nextToPicture = isPicture(children[index - 1]) || isPicture(children[index + 1]);
    if (!rule || (rule.nextToPicture && nextToPicture)) {
      kept.push(child);
      return;
    }
    const line = child.position?.start.line;
    if (line !== undefined) log.note.dropped.push({ note: log.note.source.path, line, text: text!.trim(), reason: `caption:${rule.kind}` });
    log.fix('caption', `${rule.kind} dropped: ${text!.trim()} (${rule.reason})`, child);
  });
  parent.children = kept as typeof parent.children;
}

/** Drops caption lines whose picture is not there (Fix kind `caption`). */
export const dropOrphanCaptions: TreePass = (note: NoteRecord, context) =>
  editEntries(note, 'clean/captions', (entry, log) => dropCaptions(entry.answer, context.data.captions, log));
