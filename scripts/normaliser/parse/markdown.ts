/**
 * The one markdown parser of the normaliser: unified + remark-parse + remark-gfm + remark-frontmatter.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parse markdown into mdast; positions are the text's own lines (1-based). */
export function parseMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root;
}

/**
 * The markdown tree of a note's text, parsed on first use and kept: the shape detectors and the
 * shape's adapter share one parse. `parsed()` is the tree if some caller asked for it already.
 */
export function lazyMarkdown(text: string): { text: string; tree: () => Root; parsed: () => Root | undefined } {
  let tree: Root | undefined;
  return { text, tree: () => (tree ??= parseMarkdown(text)), parsed: () => tree };
}
