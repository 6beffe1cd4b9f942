/**
 * Directives on generated pages: the command checker's asides print as Starlight `:::caution`
 * blocks, and anything in a note that looks like a directive comes out as text, as Starlight's
 * own parser (remark-directive, on every MDX page) reads it.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { commandAside } from '../../../scripts/normaliser/check-commands/command-aside.ts';
import { toMdx } from '../../../scripts/normaliser/emit/mdx-markdown.ts';
import { safeTree } from '../../../scripts/normaliser/emit/safe-tree.ts';
import { compileMdx, executableNodes } from './mdx-check.ts';

/** Markdown as an adapter reads it: CommonMark + GFM, no MDX, no directives. */
const markdown = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);
/** The directives Starlight finds in a page: `type name` for each. */
const directivesIn = (mdx: string): string[] => {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).use(remarkDirective).parse(mdx);
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type.endsWith('Directive')) found.push(`${node.type} ${(node as unknown as { name: string }).name}`);
  });
  return found;
};
const pageOf = (tree: Root): string => toMdx(safeTree(tree, 'notes/x.md').tree);

const volumeBackup = commandAside([
  {
    kind: 'unknown-command',
    severity: 'error',
    command: 'docker volume backup my-volume my-backup.tar',
    explanation: 'Docker 没有 `docker volume backup` 命令。',
    replacement: { code: 'docker run --rm -v my-volume:/data -v "$PWD":/backup alpine tar cf /backup/my-backup.tar -C /data .' },
  },
]);

describe('directives from notes', () => {
  it.each([
    ['a container directive', ':::danger\n恶意\n:::'],
    ['an aside with a title', ':::caution[假的警告]\n内容\n:::'],
    ['a leaf directive', '::youtube[视频]{#abc}'],
    ['a text directive mid-line', '按 :kbd[Ctrl] 再看 :abbr[HTML]{title="x"}'],
    ['a directive in a list item', '- :::tip\n  内容\n  :::'],
    ['a directive in a block quote', '> :::note\n> 内容\n> :::'],
  ])('prints %s as text that Starlight does not read as a directive', async (_name, note) => {
    const mdx = pageOf(markdown(note));
    expect(directivesIn(mdx)).toEqual([]);
    expect(executableNodes(mdx)).toEqual([]);
    await compileMdx(mdx);
  });

  it('keeps the text a reader sees: a note line `:::danger` reads `:::danger`', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).parse(pageOf(markdown(':::danger')));
    expect(tree.children).toMatchObject([{ type: 'paragraph', children: [{ type: 'text', value: ':::danger' }] }]);
  });

  it('leaves colons in image names and times readable (escaped only where a directive could start)', () => {
    expect(pageOf(markdown('拉取 nginx:latest，12:30 开始'))).toBe('拉取 nginx\\:latest，12\\:30 开始\n');
  });

  it('turns a directive node that is not a command aside into text', () => {
    const tree: Root = { type: 'root', children: [{ type: 'containerDirective', name: 'danger', attributes: {}, children: [{ type: 'paragraph', children: [{ type: 'text', value: '伪造' }] }] }] };
    const { tree: safe, messages } = safeTree(tree, 'notes/x.md');
    expect(directivesIn(toMdx(safe))).toEqual([]);
    expect(messages.map((message) => message.reason)).toEqual(['containerDirective shown as text']);
  });
});

describe('command asides', () => {
  it('print as a Starlight caution with its title, the command, the reason and the replacement', () => {
    const tree: Root = { type: 'root', children: [{ type: 'code', lang: 'bash', value: 'docker volume backup my-volume my-backup.tar' }, volumeBackup] };
    expect(pageOf(tree)).toBe(
      [
        '```bash',
        'docker volume backup my-volume my-backup.tar',
        '```',
        '',
        ':::caution[命令有误]',
        '`docker volume backup my-volume my-backup.tar`：Docker 没有 `docker volume backup` 命令。',
        '',
        '应改为：',
        '',
        '```shell',
        'docker run --rm -v my-volume:/data -v "$PWD":/backup alpine tar cf /backup/my-backup.tar -C /data .',
        '```',
        ':::',
        '',
      ].join('\n'),
    );
  });

  it('survive the safe tree inside a list item, and Starlight reads exactly them as asides', async () => {
    const tree = markdown('- 备份：\n\n  ```bash\n  docker volume backup my-volume my-backup.tar\n  ```\n- :::danger\n');
    const item = tree.children[0];
    if (item?.type !== 'list') throw new Error('expected a list');
    item.children[0]?.children.push(volumeBackup);
    const mdx = pageOf(tree);
    expect(directivesIn(mdx)).toEqual(['containerDirective caution']);
    expect(executableNodes(mdx)).toEqual([]);
    await compileMdx(mdx);
  });

  it('have their own content made safe (markdown from data cannot smuggle markup in)', () => {
    const aside = commandAside([{ kind: 'removed', severity: 'error', command: 'docker scan x', explanation: '看 <script>alert(1)</script> 和 {x} 还有 [链接](javascript:alert(1))' }]);
    const mdx = pageOf({ type: 'root', children: [aside] });
    expect(executableNodes(mdx)).toEqual([]);
    expect(mdx).toContain('`<script>`');
    expect(mdx).not.toContain('javascript:');
  });
});
