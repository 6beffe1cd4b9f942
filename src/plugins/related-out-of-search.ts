import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

/** Options of {@link rehypeRelatedOutOfSearch}. */
export interface RelatedOutOfSearchOptions {
  /** Text of the `<h2>` that starts the section (the normaliser writes `## 相关问题`). */
  heading: string;
}

/**
 * Rehype plugin: marks a page's related-questions section (the `<h2>` with `heading` as its text
 * and the list after it) `data-pagefind-ignore`. The list holds other pages' titles; indexed, it
 * makes a page a hit for its neighbours' titles and can push the page a reader searched for out
 * of the first results.
 *
 * @example
 *   markdown: { rehypePlugins: [[rehypeRelatedOutOfSearch, { heading: '相关问题' }]] }
 */
export function rehypeRelatedOutOfSearch({ heading }: RelatedOutOfSearchOptions) {
  return (tree: Root): void => {
    const blocks = tree.children.filter((node): node is Element => node.type === 'element');
    blocks.forEach((block, index) => {
      if (block.tagName !== 'h2' || toString(block).trim() !== heading) return;
      block.properties.dataPagefindIgnore = '';
      const next = blocks[index + 1];
      if (next && (next.tagName === 'ul' || next.tagName === 'ol')) next.properties.dataPagefindIgnore = '';
    });
  };
}
