/**
 * What every tree pass shares: the pass type, a copy-then-edit runner that records fixes and
 * messages, and a walker over the prose text of an answer (never code, inline code or URLs).
 */
import type { Nodes, Parent, Root, Text } from 'mdast';
import type { CleanContext, Entry, NoteRecord, Severity } from '../../model.ts';
import { copyPlainData } from '../../plain-data.ts';

export { copyPlainData };

/** A tree pass: takes a note and returns a cleaned copy; never mutates its input. */
export type TreePass = (note: NoteRecord, context: CleanContext) => NoteRecord;

/** Records what a pass did to one entry, with the line of the node it concerns. */
export interface PassLog {
  fix(kind: string, detail: string, node?: Nodes): void;
  message(severity: Severity, reason: string, node?: Nodes): void;
  /** The note being cleaned (a draft the pass may edit). */
  readonly note: NoteRecord;
}

/** Copies made by `draftOf`: passes edit these in place. */
const drafts = new WeakSet<NoteRecord>();

/**
 * A copy of `note` that passes edit in place instead of copying it again: `cleanNote` copies a
 * note once for all its passes, not once per pass.
 */
export function draftOf(note: NoteRecord): NoteRecord {
  const draft = copyPlainData(note);
  drafts.add(draft);
  return draft;
}

/**
 * Runs `edit` on a deep copy of `note` (on `note` itself when it is a `draftOf` copy), once per
 * entry, and returns the copy. Fixes and messages get the note path and the line of the node
 * they name (else the entry's first line).
 */
export function editEntries(
  note: NoteRecord,
  source: string,
  edit: (entry: Entry, log: PassLog) => void,
): NoteRecord {
  const draft = drafts.has(note) ? note : copyPlainData(note);
  for (const entry of draft.entries) {
    const lineFor = (node?: Nodes) => node?.position?.start.line ?? entry.source.lines[0];
    const log: PassLog = {
      note: draft,
      fix: (kind, detail, node) => draft.fixes.push({ note: draft.source.path, line: lineFor(node), kind, detail }),
      message: (severity, reason, node) =>
        draft.messages.push({ note: draft.source.path, line: lineFor(node), severity, source: source, reason }),
    };
    edit(entry, log);
  }
  return draft;
}

/** `before -> after`, each shortened to `max` characters around where they differ. */
export function describeChange(before: string, after: string, max = 60): string {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  const from = Math.max(0, start - 12);
  const clip = (text: string) => {
    const slice = text.slice(from, from + max);
    return (from > 0 ? '…' : '') + slice + (from + max < text.length ? '…' : '');
  };
  return `${clip(before)} -> ${clip(after)}`;
}

/** Node types whose text is code or markup, never prose. */
const NON_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'math', 'inlineMath', 'definition', 'image', 'imageReference']);

/** True when a link's text is its own URL (an autolink): such text is not prose. */
function isAutolink(node: Nodes): boolean {
  if (node.type !== 'link') return false;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' && (only.value === node.url || node.url.endsWith(only.value) || /^[a-z]+:\/\//i.test(only.value));
}

/**
 * Calls `visit` for every prose text node of `root` (outside code, inline code, HTML, autolinks),
 * in document order, with its parent and index. `visit` may replace the text's value.
 */
export function forEachProseText(root: Root, visit: (text: Text, parent: Parent, index: number) => void): void {
  const walk = (parent: Parent) => {
    parent.children.forEach((child, index) => {
      if (NON_PROSE.has(child.type) || isAutolink(child)) return;
      if (child.type === 'text') visit(child, parent, index);
      else if ('children' in child) walk(child);
    });
  };
  walk(root);
}

/** Calls `visit` for every node of `type` in `root`, with its parent and index (document order). */
export function forEachNode<T extends Nodes['type']>(
  root: Root,
  type: T,
  visit: (node: Extract<Nodes, { type: T }>, parent: Parent, index: number) => void,
): void {
  const walk = (parent: Parent) => {
    parent.children.forEach((child, index) => {
      if (child.type === type) visit(child as Extract<Nodes, { type: T }>, parent, index);
      if ('children' in child) walk(child);
    });
  };
  walk(root);
}

/** The plain text of a node (what a reader sees), without markup. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return node.children.map((child) => plainText(child)).join('');
  if (node.type === 'image') return node.alt ?? '';
  return '';
}

/**
 * `build` remembered per key object: what a pass prepares from its data (regular expressions,
 * lookups) is built once per run, not once per note or per string, since the CLI loads the data
 * once. Keys are held weakly.
 */
export function preparedPer<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const prepared = new WeakMap<K, V>();
  return (key) => {
    let value = prepared.get(key);
    if (value === undefined) {
      value = build(key);
      prepared.set(key, value);
    }
    return value;
  };
}

/** Escapes a literal for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches one CJK ideograph (the Chinese characters of the notes). */
export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
