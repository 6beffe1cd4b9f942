/**
 * Make an answer tree safe to print as MDX: nothing from a note may run or render as markup.
 * Raw HTML (`<script>`, `<img onerror>`), MDX expressions, JSX and ESM come out as visible text;
 * HTML comments and links or pictures with a URL the site cannot serve are dropped, each with a
 * Message naming the note and line. Text itself is escaped later by mdast-util-mdx's printer
 * (`\{`, `\<`), with the import/export line-start escapes of `mdxStringifyOptions`. The only
 * directive kept is the command checker's aside (`isCommandAside`); any other becomes text.
 */
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sanitizeUri } from 'micromark-util-sanitize-uri';
import { isCommandAside } from '../check-commands/command-aside.ts';
import type { Message } from '../model.ts';
import { mdxSource } from './mdx-markdown.ts';
import { copyPlainData } from '../plain-data.ts';

/** Node types a page may contain (CommonMark + GFM); anything else becomes text or goes. */
const FLOW_TYPES = new Set([
  'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow',
  'tableCell', 'code', 'definition', 'footnoteDefinition',
]);
const PHRASING_TYPES = new Set([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'linkReference',
  'imageReference', 'footnoteReference',
]);

/** Link URLs a page may keep: absolute web and mail links. Others (relative, `#x`, `javascript:`) go. */
const LINK_PROTOCOLS = /^(?:https?|mailto)$/i;

/** The safe tree and what was dropped or defused. */
export interface SafeTreeResult {
  tree: Root;
  messages: Message[];
}

/**
 * A copy of `tree` with every node a page must not execute or render as markup turned into text
 * or dropped. `note` names the source in messages; node positions give the line.
 */
export function safeTree(tree: Root, note: string): SafeTreeResult {
  const messages: Message[] = [];
  const report = (node: Nodes, reason: string): void => {
    const line = node.position?.start.line;
    messages.push({ note, ...(line === undefined ? {} : { line }), severity: 'warning', source: 'emit/safe-tree', reason });
  };
  const copy = copyPlainData(tree);
  copy.children = safeChildren(copy, report) as RootContent[];
  return { tree: copy, messages };
}

type Report = (node: Nodes, reason: string) => void;

/** The safe replacement children of `parent`. */
function safeChildren(parent: Parents, report: Report): RootContent[] {
  const inFlow =
    parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition' || isCommandAside(parent);
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    for (const safe of safeNode(child, inFlow, report)) children.push(safe);
  }
  return children;
}

/** Zero or more safe nodes standing for `node`. */
function safeNode(node: RootContent, inFlow: boolean, report: Report): RootContent[] {
  const asText = (value: string): RootContent[] => {
    const text: PhrasingContent = { type: 'text', value, ...(node.position ? { position: node.position } : {}) };
    return inFlow ? [{ type: 'paragraph', children: [text], ...(node.position ? { position: node.position } : {}) }] : [text];
  };

  switch (node.type) {
    case 'html': {
      if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
        report(node, 'HTML comment dropped');
        return [];
      }
      return node.value.trim() === '' ? [] : asText(node.value);
    }
    case 'yaml':
      report(node, 'front matter inside an answer dropped');
      return [];
    case 'link': {
      if (!isServableUrl(node.url)) {
        report(node, `link to ${JSON.stringify(node.url)} dropped, its text kept`);
        return safeChildren(node, report);
      }
      break;
    }
    case 'image': {
      if (!isServableImage(node.url)) {
        report(node, `picture ${JSON.stringify(node.url)} dropped${node.alt ? ', its alt text kept' : ''}`);
        return node.alt ? asText(node.alt) : [];
      }
      break;
    }
    case 'definition': {
      if (!isServableUrl(node.url)) {
        report(node, `link definition to ${JSON.stringify(node.url)} dropped`);
        return [];
      }
      break;
    }
    case 'code':
      if (!node.lang) node.lang = 'text';
      return [node];
    case 'text':
      // A line of a paragraph starting with spaces could open indented syntax; spaces there mean nothing.
      node.value = node.value.replace(/\n[ \t]+/g, '\n');
      return [node];
    default:
      break;
  }

  // The command checker's asides are the only directives a page has; their content is made safe too.
  const aside = isCommandAside(node);
  if (!aside && !FLOW_TYPES.has(node.type) && !PHRASING_TYPES.has(node.type)) {
    // MDX expressions, JSX, ESM and anything unknown: shown as the text they contain.
    const value = node.type.startsWith('mdx') ? mdxSource(node) : toString(node);
    report(node, `${node.type} shown as text`);
    return value.trim() === '' ? [] : asText(value);
  }
  if ('children' in node) (node as Parents).children = safeChildren(node as Parents, report) as never;
  return [node];
}

/** True for absolute http(s) and mailto URLs, the only links a generated page keeps. */
export function isServableUrl(url: string): boolean {
  const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1];
  return protocol !== undefined && LINK_PROTOCOLS.test(protocol) && sanitizeUri(url, LINK_PROTOCOLS) !== '';
}

/** Pictures must be absolute https/http URLs or site-absolute paths (`/images/x.png`). */
function isServableImage(url: string): boolean {
  return isServableUrl(url) || /^\/(?!\/)[^\s]*$/.test(url);
}
