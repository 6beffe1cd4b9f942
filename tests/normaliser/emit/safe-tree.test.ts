import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toMdx } from '../../../scripts/normaliser/emit/mdx-markdown.ts';
import { safeTree } from '../../../scripts/normaliser/emit/safe-tree.ts';
import { compileMdx, executableNodes, linkUrls } from './mdx-check.ts';

/** Markdown as an adapter reads it: CommonMark + GFM, no MDX. */
const markdown = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);
const safeMdx = (text: string) => {
  const { tree, messages } = safeTree(markdown(text), 'notes/x.md');
  return { mdx: toMdx(tree), messages };
};

describe('safeTree + toMdx', () => {
  it.each([
    ['an expression', '答案 {alert(1)} 完', '答案 \\{alert(1)} 完'],
    ['JSX', '看 <Foo/> 这里', '看 \\<Foo/> 这里'],
    ['a script block', '<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['an img with onerror', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
    ['import and export lines', "import x from 'y'\nexport const a=1", "&#x69;mport x from 'y'\n&#x65;xport const a=1"],
    ['an export in a list item', '- export default function X() {}', '- &#x65;xport default function X() \\{}'],
  ])('prints %s as visible text', (_name, input, expected) => {
    const { mdx } = safeMdx(input);
    expect(mdx.trim()).toBe(expected);
    expect(executableNodes(mdx)).toEqual([]);
  });

  it('keeps the text of a javascript: link and drops the link, with a message', () => {
    const { mdx, messages } = safeMdx('[点我](javascript:alert(1))');
    expect(mdx.trim()).toBe('点我');
    expect(messages).toEqual([
      { note: 'notes/x.md', line: 1, severity: 'warning', source: 'emit/safe-tree', reason: 'link to "javascript:alert(1)" dropped, its text kept' },
    ]);
  });

  it('keeps absolute web links and drops relative and hash links (the site cannot serve them)', () => {
    const { mdx } = safeMdx('[a](https://docs.docker.com/) [b](./other.md) [c](#x) [d](mailto:a@b.c)');
    expect(linkUrls(mdx)).toEqual(['https://docs.docker.com/', 'mailto:a@b.c']);
  });

  it('drops an HTML comment with a message naming the line', () => {
    const { mdx, messages } = safeMdx('前\n\n<!-- hidden -->\n\n后');
    expect(mdx).not.toContain('hidden');
    expect(messages.map((message) => [message.line, message.reason])).toEqual([[3, 'HTML comment dropped']]);
  });

  it('writes bare URLs as resource links, never as MDX-breaking <url> autolinks', () => {
    const { mdx } = safeMdx('见 <https://example.com> 和 https://docs.docker.com');
    expect(mdx.trim()).toBe('见 [https://example.com](https://example.com) 和 [https://docs.docker.com](https://docs.docker.com)');
  });

  it('gives untagged code fences a language and keeps code verbatim', () => {
    const { mdx } = safeMdx("```\nexport const ok = '{alert(1)}';\n```");
    expect(mdx.trim()).toBe("```text\nexport const ok = '{alert(1)}';\n```");
  });

  it('keeps tables and Mermaid blocks', () => {
    const { mdx } = safeMdx('| a | b |\n| --- | --- |\n| {x} | <b>y</b> |\n\n```mermaid\ngraph LR\n  A-->B\n```');
    expect(mdx).toContain('| \\{x} | \\<b>y\\</b> |');
    expect(mdx).toContain('```mermaid\ngraph LR\n  A-->B\n```');
  });

  it('turns MDX nodes that reached the tree into their source text', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'mdxjsEsm', value: "import x from 'y'" } as never,
        { type: 'paragraph', children: [{ type: 'mdxTextExpression', value: 'alert(1)' } as never] },
        { type: 'mdxJsxFlowElement', name: 'Foo', attributes: [], children: [] } as never,
      ],
    };
    const { tree: safe, messages } = safeTree(tree, 'notes/x.md');
    const mdx = toMdx(safe);
    expect(executableNodes(mdx)).toEqual([]);
    expect(mdx).toBe("&#x69;mport x from 'y'\n\n\\{alert(1)}\n\n\\<Foo />\n");
    expect(messages.map((message) => message.reason)).toEqual([
      'mdxjsEsm shown as text',
      'mdxTextExpression shown as text',
      'mdxJsxFlowElement shown as text',
    ]);
  });

  it('makes the hostile fixture notes compile with no executable node', async () => {
    for (const file of ['900_hostile.md', '901_hostile.txt']) {
      const { mdx } = safeMdx(readFileSync(`tests/fixtures/hostile-notes/${file}`, 'utf8'));
      expect(executableNodes(mdx)).toEqual([]);
      const js = await compileMdx(mdx);
      expect(js).not.toMatch(/_jsx\w*\("(?:script|img)"|href: "javascript:|_missingMdxReference|_components\.Foo/);
    }
  });
});
