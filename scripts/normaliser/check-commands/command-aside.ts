/**
 * The aside a page shows after a block whose commands the checker flagged: a Starlight
 * `:::caution[title]` (or `:::note` when every finding is only informational) naming each
 * command, why it is wrong, and what to write instead. Built as an mdast `containerDirective`
 * marked `data.commandAside`, the only directive a page may contain (emit's safe tree keeps it).
 */
import type { BlockContent, Code, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Severity } from '../model.ts';
import { copyTreeWithout } from '../plain-data.ts';
import { defaultAsideText, type AsideText } from './aside-text.ts';
import type { FindingKind } from './finding.ts';

declare module 'mdast-util-directive' {
  interface ContainerDirectiveData {
    /** True on the asides the command checker adds; no other directive may reach a page. */
    commandAside?: boolean;
  }
}

/** What one aside line says about one finding. */
export interface AsideItem {
  kind: FindingKind;
  severity: Severity;
  /** The command or Dockerfile line as checked. */
  command: string;
  /** Why it is wrong, Chinese markdown. */
  explanation: string;
  /** A command to write instead (shown as code), or advice in words (Chinese markdown). */
  replacement?: { code: string } | { advice: string };
}

/** Longest command shown in an aside; longer ones (output glued on) are cut with an ellipsis. */
export const MAX_COMMAND_LENGTH = 80;
// A replacement longer than this, or on several lines, gets its own code block.
const INLINE_REPLACEMENT_LENGTH = 48;
const INVALID_KINDS: ReadonlySet<FindingKind> = new Set(['unknown-command', 'unknown-flag', 'invalid-value', 'unknown-instruction']);

const markdown = unified().use(remarkParse).freeze();

/**
 * The aside for one block's findings (at least one), one paragraph per finding, or a list when
 * there are several.
 *
 * @example
 *   commandAside([{ kind: 'unknown-command', severity: 'error', command: 'docker status', explanation: '没有这个命令。', replacement: { code: 'docker stats' } }])
 *   // :::caution[命令有误] `docker status`：没有这个命令。 应改为：`docker stats` :::
 */
export function commandAside(items: readonly AsideItem[], text: AsideText = defaultAsideText): ContainerDirective {
  const onlyInfo = items.every((item) => item.severity === 'info');
  const label: Paragraph = { type: 'paragraph', data: { directiveLabel: true }, children: [{ type: 'text', value: asideTitle(items, text) }] };
  const bodies = items.map((item) => itemBlocks(item, text));
  const body: BlockContent[] =
    bodies.length === 1
      ? (bodies[0] ?? [])
      : [{ type: 'list', ordered: false, spread: false, children: bodies.map((blocks) => ({ type: 'listItem', spread: false, children: blocks })) } satisfies List];
  return { type: 'containerDirective', name: onlyInfo ? 'note' : 'caution', attributes: {}, data: { commandAside: true }, children: [label, ...body] };
}

/** The title: what the findings are (`命令有误`, `命令已移除`, ...), `mixed` when they differ. */
export function asideTitle(items: readonly AsideItem[], text: AsideText = defaultAsideText): string {
  const categories = new Set(
    items.filter((item) => item.severity !== 'info').map((item) => (INVALID_KINDS.has(item.kind) ? 'invalid' : item.kind === 'removed' ? 'removed' : 'deprecated')),
  );
  const [only] = categories;
  if (categories.size === 0) return text.titles.info;
  return categories.size === 1 && only ? text.titles[only as 'invalid' | 'removed' | 'deprecated'] : text.titles.mixed;
}

/** True for an aside made by `commandAside`. */
export function isCommandAside(node: { type: string; data?: unknown }): node is ContainerDirective {
  return node.type === 'containerDirective' && (node.data as { commandAside?: unknown } | undefined)?.commandAside === true;
}

/** A copy of `tree` without command asides, for what reads the answer itself (related questions, description). */
export function withoutCommandAsides(tree: Root): Root {
  return copyTreeWithout(tree, isCommandAside);
}

/** `` `command`：explanation `` then the replacement, as blocks. */
function itemBlocks(item: AsideItem, text: AsideText): BlockContent[] {
  const lead: PhrasingContent[] = [{ type: 'inlineCode', value: shortCommand(item.command) }, { type: 'text', value: '：' }];
  const explanation = markdownBlocks(item.explanation);
  const [first, ...rest] = explanation;
  const blocks: BlockContent[] =
    first?.type === 'paragraph' ? [{ ...first, children: [...lead, ...first.children] }, ...rest] : [{ type: 'paragraph', children: lead }, ...explanation];
  const replacement = item.replacement;
  if (replacement && 'advice' in replacement) {
    const advice = markdownBlocks(replacement.advice);
    const [head, ...tail] = advice;
    const leadIn: PhrasingContent = { type: 'text', value: text.advice };
    blocks.push(...(head?.type === 'paragraph' ? [{ ...head, children: [leadIn, ...head.children] }, ...tail] : [{ type: 'paragraph', children: [leadIn] } satisfies Paragraph, ...advice]));
  } else if (replacement) {
    const code = replacement.code.trim();
    // An explanation ending in a colon already leads into the command.
    const leadIn: PhrasingContent[] = /[：:]\s*$/.test(toString(blocks.at(-1))) ? [] : [{ type: 'text', value: text.replacement }];
    if (code.includes('\n') || code.length > INLINE_REPLACEMENT_LENGTH) {
      if (leadIn.length > 0) blocks.push({ type: 'paragraph', children: leadIn });
      blocks.push({ type: 'code', lang: replacementLang(item), value: code } satisfies Code);
    } else {
      blocks.push({ type: 'paragraph', children: [...leadIn, { type: 'inlineCode', value: code }] });
    }
  }
  return blocks;
}

/** A command cut to MAX_COMMAND_LENGTH characters. */
function shortCommand(command: string): string {
  const flat = command.replace(/\s+/g, ' ').trim();
  const characters = [...flat];
  return characters.length > MAX_COMMAND_LENGTH ? `${characters.slice(0, MAX_COMMAND_LENGTH - 1).join('').trimEnd()}…` : flat;
}

function replacementLang(item: AsideItem): string {
  return item.kind === 'unknown-instruction' || /^[A-Z]+\s/.test(item.command) ? 'dockerfile' : 'shell';
}

/** Chinese markdown from data or the overrides file, as blocks (no position: it is not from a note). */
function markdownBlocks(text: string): BlockContent[] {
  const tree = markdown.parse(text);
  visit(tree, (node) => {
    delete node.position;
  });
  return tree.children.filter((node): node is BlockContent & RootContent => node.type !== 'definition') as BlockContent[];
}
