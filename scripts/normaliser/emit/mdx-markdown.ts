/**
 * Print mdast as MDX with remark-stringify + remark-mdx + remark-gfm + remark-directive, so that
 * text is escaped for MDX (`\{`, `\<`) and for directives (`\:`), and tables, strikethrough,
 * footnotes and the command asides keep their syntax.
 */
import type { Nodes, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';

/**
 * Printer options. Links are always `[text](url)`: MDX has no `<url>` autolinks. A line that
 * starts with `import` or `export` would be read as ESM, so its first letter is written as a
 * character reference (`&#x69;mport`).
 */
export const mdxStringifyOptions: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  resourceLink: true,
  rule: '-',
  listItemIndent: 'one',
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

// remark-directive prints the command checker's asides (`:::caution[...]`) and escapes colons in
// text that Starlight's directive parser would read as a directive (a note's `:::danger` line).
const processor = unified().use(remarkGfm).use(remarkMdx).use(remarkDirective).use(remarkStringify, mdxStringifyOptions).freeze();

/** Print a tree as MDX text, ending with one newline. */
export function toMdx(tree: Root): string {
  return processor.stringify(tree);
}

/** The MDX source of one node (JSX, an expression, ESM), to be shown as text. */
export function mdxSource(node: Nodes): string {
  const root: Root = node.type === 'root' ? node : { type: 'root', children: [node as Root['children'][number]] };
  return processor.stringify(root).trim();
}
