import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeCreditHeadingsOutOfSearch}. */
export interface CreditHeadingsOutOfSearchOptions {
  /** Text of the `<h2>` over what other notes add (the normaliser writes `## 补充`). */
  supplementHeading: string;
  /** Start and end of a credit sub-heading's text (`### 来自《Docker 学习笔记》`: `来自《`, `》`). */
  creditPrefix: string;
  creditSuffix: string;
}

/**
 * Rehype plugin: marks the merged answer's structural headings `data-pagefind-ignore`, the
 * heading element only: `## 补充` and each `### 来自《…》` (which note a part came from). Pagefind
 * makes every heading with an id a sub-result of the page, titled with the heading's text, so a
 * search showed rows titled 补充 and 来自《Docker 学习笔记》 that say nothing about the answer.
 * Ignored, the headings are no sub-results and their words (note titles) are not indexed; the
 * text under them still is, as part of the section before. The headings and their anchors stay on
 * the page.
 *
 * @example
 *   markdown: { rehypePlugins: [[rehypeCreditHeadingsOutOfSearch, { supplementHeading: '补充', creditPrefix: '来自《', creditSuffix: '》' }]] }
 */
export function rehypeCreditHeadingsOutOfSearch({ supplementHeading, creditPrefix, creditSuffix }: CreditHeadingsOutOfSearchOptions) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      const text = toString(node).trim();
      const isSupplement = node.tagName === 'h2' && text === supplementHeading;
      const isCredit = text.startsWith(creditPrefix) && text.endsWith(creditSuffix);
      if (isSupplement || isCredit) node.properties.dataPagefindIgnore = '';
    });
  };
}
