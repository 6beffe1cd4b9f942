/**
 * Make an answer tree safe to print as MDX: nothing from a note may run or render as markup.
 * Raw HTML (`<script>`, `<img onerror>`) and tag-like text come out as inline code (code blocks
 * when they span lines): visible, and code-like, so the site's typographer leaves its quotes
 * ASCII (`src="x"`, not `src=“x”`). MDX expressions, JSX and ESM come out as visible text; a bare
 * URL that GFM's autolink literal would run into the markup after it (`https://x/evil"></iframe`)
 * becomes an explicit link of the URL alone;
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
  const inLink = parent.type === 'link' || parent.type === 'linkReference';
  const inFlow =
    parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition' || isCommandAside(parent);
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    for (const safe of safeNode(child, inFlow, inLink, report)) {
      // Two code spans side by side print as `a``b`, which reads back as one span holding ``:
      // they are one span (`<iframe …>` + `</iframe>`).
      const previous = children.at(-1);
      if (previous?.type === 'inlineCode' && safe.type === 'inlineCode') previous.value += safe.value;
      else children.push(safe);
    }
  }
  return children;
}

/** Zero or more safe nodes standing for `node`. */
function safeNode(node: RootContent, inFlow: boolean, inLink: boolean, report: Report): RootContent[] {
  const asText = (value: string): RootContent[] => {
    const text: PhrasingContent = { type: 'text', value, ...(node.position ? { position: node.position } : {}) };
    return inFlow ? [{ type: 'paragraph', children: [text], ...(node.position ? { position: node.position } : {}) }] : [text];
  };

  const asCode = (value: string): RootContent[] => {
    const position = node.position ? { position: node.position } : {};
    if (inFlow && value.includes('\n')) return [{ type: 'code', lang: 'html', meta: null, value, ...position }];
    const code: PhrasingContent = { type: 'inlineCode', value: value.replace(/\s*\n\s*/g, ' '), ...position };
    return inFlow ? [{ type: 'paragraph', children: [code], ...position }] : [code];
  };

  switch (node.type) {
    case 'html': {
      if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
        report(node, 'HTML comment dropped');
        return [];
      }
      return node.value.trim() === '' ? [] : asCode(node.value.trim());
    }
    case 'yaml':
      report(node, 'front matter inside an answer dropped');
      return [];
    case 'link': {
      const literal = splitAutolinkLiteral(node);
      if (literal) return literal as RootContent[];
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
      return inLink ? [node] : (safeText(node) as RootContent[]);
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

/** An HTML tag written in text (`<img src="x">`, `</iframe>`). */
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g;

/**
 * GFM's autolink literal as mdast-util-gfm-autolink-literal finds it in text at render time: it
 * runs to the next whitespace, so it swallows markup glued after a URL.
 */
const URL_LITERAL = /(?:https?:\/\/|www(?=\.))[-.\w]+[^ \t\r\n]*/gi;

/** Characters a URL written in prose never holds: markup, quotes, CJK and full-width punctuation. */
const NOT_IN_PROSE_URL = /["'<>`\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/**
 * A text node as safe phrasing: HTML tags in it become inline code, and a URL that GFM would run
 * into what follows it becomes an explicit link of the URL alone (trailing punctuation left out,
 * as GFM does).
 */
function safeText(text: Extract<PhrasingContent, { type: 'text' }>): PhrasingContent[] {
  const position = text.position ? { position: text.position } : {};
  const pieces: PhrasingContent[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = pieces.at(-1);
    if (last?.type === 'text') last.value += value;
    else pieces.push({ type: 'text', value, ...position });
  };
  const value = text.value;
  let from = 0;
  const spans: Array<{ index: number; length: number; node: PhrasingContent }> = [];
  for (const tag of value.matchAll(TAG)) spans.push({ index: tag.index, length: tag[0].length, node: { type: 'inlineCode', value: tag[0], ...position } });
  for (const literal of value.matchAll(URL_LITERAL)) {
    if (spans.some((span) => literal.index >= span.index && literal.index < span.index + span.length)) continue;
    const cut = literal[0].search(NOT_IN_PROSE_URL);
    if (cut === -1) continue;
    const url = literal[0].slice(0, cut).replace(/[?!.,:*_~]+$/, '');
    const href = /^www\./i.test(url) ? `http://${url}` : url;
    if (!/[-\w]\.[-\w]/.test(url) || !isServableUrl(href)) continue;
    spans.push({ index: literal.index, length: url.length, node: { type: 'link', url: href, title: null, children: [{ type: 'text', value: url }], ...position } });
  }
  if (spans.length === 0) return [text];
  for (const span of spans.sort((a, b) => a.index - b.index)) {
    if (span.index < from) continue;
    pushText(value.slice(from, span.index));
    pieces.push(span.node);
    from = span.index + span.length;
  }
  pushText(value.slice(from));
  return pieces;
}

/**
 * An autolink literal the note's parser made (its text is its URL) that ran into markup or
 * Chinese after the URL (`https://example.com/evil">`): the link to the URL alone, then the
 * rest as text. Undefined for any other link.
 */
function splitAutolinkLiteral(link: Extract<RootContent, { type: 'link' }>): PhrasingContent[] | undefined {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  if (only?.type !== 'text' || ![only.value, `http://${only.value}`, `mailto:${only.value}`].includes(link.url)) return undefined;
  const cut = only.value.search(NOT_IN_PROSE_URL);
  if (cut === -1) return undefined;
  const pieces = safeText({ type: 'text', value: only.value, ...(link.position ? { position: link.position } : {}) });
  return pieces.length > 1 || pieces[0]?.type !== 'text' ? pieces : undefined;
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
