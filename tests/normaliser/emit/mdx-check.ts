/** Checks on generated MDX shared by the emit tests: it compiles and holds nothing executable. */
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { TOPIC_QUESTION_COMPONENT, TOPIC_QUESTION_IMPORT } from '../../../scripts/normaliser/emit/topic-index-practice.ts';

/** Node types that would run code or render raw markup in an MDX page. */
const EXECUTABLE = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html'];

/** Types of every executable node the MDX text parses into (empty when safe). */
export function executableNodes(mdx: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).parse(mdx);
  const found: string[] = [];
  visit(tree, (node) => {
    if (EXECUTABLE.includes(node.type)) found.push(node.type);
  });
  return found;
}

/**
 * Like executableNodes, but leaves out the normaliser's own trusted parts of a topic index page:
 * exactly the TopicQuestion import, and TopicQuestion elements whose only attribute is a literal
 * `path` (their children are still checked).
 */
export function untrustedExecutableNodes(mdx: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).parse(mdx);
  const found: string[] = [];
  visit(tree, (node) => {
    if (!EXECUTABLE.includes(node.type)) return;
    if (node.type === 'mdxjsEsm' && (node as { value: string }).value === TOPIC_QUESTION_IMPORT) return;
    if (node.type === 'mdxJsxTextElement' && isTrustedTopicQuestion(node as unknown as JsxElement)) return;
    found.push(node.type);
  });
  return found;
}

interface JsxElement {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

function isTrustedTopicQuestion(element: JsxElement): boolean {
  const [only, ...rest] = element.attributes;
  return (
    element.name === TOPIC_QUESTION_COMPONENT &&
    rest.length === 0 &&
    only?.type === 'mdxJsxAttribute' &&
    only.name === 'path' &&
    typeof only.value === 'string'
  );
}

/** Compile MDX to JavaScript the way @mdx-js/mdx does (throws on invalid MDX). */
export async function compileMdx(mdx: string): Promise<string> {
  return String(await compile(mdx, { remarkPlugins: [remarkFrontmatter, remarkGfm] }));
}

/** Links (hrefs) in the MDX text, in order. */
export function linkUrls(mdx: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).parse(mdx);
  const urls: string[] = [];
  visit(tree, ['link', 'image', 'definition'], (node) => {
    urls.push((node as { url: string }).url);
  });
  return urls;
}
