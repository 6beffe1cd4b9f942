/**
 * Turns one of our MDX pages into a page a plain Starlight site can build: the same text, without
 * the imports and components of ours it cannot resolve.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** True for a node a plain site cannot build: an ESM import/export or a component (`<Capitalised />`). */
function isOurs(node: RootContent): boolean {
  if (node.type === 'mdxjsEsm') return true;
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '');
}

/** Remove, at any depth, the nodes {@link isOurs} picks. */
function removeOurs(parent: { children: RootContent[] }): void {
  parent.children = parent.children.filter((child) => !isOurs(child));
  for (const child of parent.children) if ('children' in child) removeOurs(child as { children: RootContent[] });
}

/**
 * The page's MDX without imports, exports and components; unchanged (byte for byte) when it has
 * none of them.
 * @example plainPageText("import X from './X.astro';\n\n# Hi\n\n<X />\n") // '# Hi\n'
 */
export function plainPageText(mdx: string): string {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).use(remarkStringify);
  const tree = processor.parse(mdx) as Root;
  const before = tree.children.length;
  const serialized = JSON.stringify(tree);
  removeOurs(tree);
  if (tree.children.length === before && JSON.stringify(tree) === serialized) return mdx;
  return processor.stringify(tree);
}
