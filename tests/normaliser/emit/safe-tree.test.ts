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
    ['JSX', '看 <Foo/> 这里', '看 `<Foo/>` 这里'],
    ['a script block', '<script>alert(1)</script>', '`<script>alert(1)</script>`'],
    ['an img with onerror', '<img src=x onerror=alert(1)>', '`<img src=x onerror=alert(1)>`'],
    ['a tag with quoted attributes', `注意这一行: <img src="x" onerror="alert('img')">`, `注意这一行: \`<img src="x" onerror="alert('img')">\``],
    ['a multi-line HTML block', '<div>\n<script>alert(1)</script>\n</div>', '```html\n<div>\n<script>alert(1)</script>\n</div>\n```'],
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

  it('shows tag-like text as inline code, its quotes as written', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '一行 <a href="x">链接</a> 文字' }] }] };
    expect(toMdx(safeTree(tree, 'notes/x.md').tree).trim()).toBe('一行 `<a href="x">`链接`</a>` 文字');
  });

  it('keeps a bare URL from swallowing the markup or Chinese glued after it', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: '见 https://example.com/evil"></x 和 访问https://docs.docker.com获取, www.docker.com。' }] }],
    };
    expect(toMdx(safeTree(tree, 'notes/x.md').tree).trim()).toBe(
      '见 [https://example.com/evil](https://example.com/evil)">\\</x 和 访问[https://docs.docker.com](https://docs.docker.com)获取, [www.docker.com](http://www.docker.com)。',
    );
  });

  it('cuts an autolink the note parser ran into markup back to its URL', () => {
    const { mdx } = safeMdx('和 https://example.com/evil"><b>粗</b> 这一行');
    expect(mdx.trim()).toBe('和 [https://example.com/evil](https://example.com/evil)">`<b>`粗`</b>` 这一行');
  });

  it('prints an opening and a closing tag side by side as one code span', () => {
    const { mdx } = safeMdx('还有 <iframe src="https://example.com/evil"></iframe> 这一行');
    expect(mdx.trim()).toBe('还有 `<iframe src="https://example.com/evil"></iframe>` 这一行');
  });

  it('leaves a bare URL that GFM ends where it should', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '见 https://docs.docker.com/engine/ 文档' }] }] };
    expect(safeTree(tree, 'notes/x.md').tree).toEqual(tree);
  });

  it('gives untagged code fences a language and keeps code verbatim', () => {
    const { mdx } = safeMdx("```\nexport const ok = '{alert(1)}';\n```");
    expect(mdx.trim()).toBe("```text\nexport const ok = '{alert(1)}';\n```");
  });

  it('keeps tables and Mermaid blocks', () => {
    const { mdx } = safeMdx('| a | b |\n| --- | --- |\n| {x} | <b>y</b> |\n\n```mermaid\ngraph LR\n  A-->B\n```');
    expect(mdx).toContain('| \\{x} | `<b>`y`</b>` |');
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
