import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { copyPlainData, copyTreeWithout } from '../../scripts/normaliser/plain-data.ts';
import { parseMarkdown } from '../../scripts/normaliser/parse/markdown.ts';

const tree: Root = parseMarkdown('# 标题\n\n- 一 `docker ps`\n- 二\n\n> 引用 **粗体**\n\n```sh\ndocker run\n```\n');

describe('copyPlainData', () => {
  it('copies a markdown tree deeply: equal, and no object shared with the original', () => {
    const copy = copyPlainData(tree);
    expect(copy).toEqual(structuredClone(tree));
    const originals = new Set<unknown>();
    const collect = (value: unknown, into: Set<unknown>): void => {
      if (typeof value !== 'object' || value === null) return;
      into.add(value);
      for (const field of Object.values(value)) collect(field, into);
    };
    collect(tree, originals);
    const copies = new Set<unknown>();
    collect(copy, copies);
    expect([...copies].filter((value) => originals.has(value))).toEqual([]);
  });
});

describe('copyTreeWithout', () => {
  it('leaves the dropped nodes and everything under them out of every children array, and copies the rest', () => {
    const copy = copyTreeWithout(tree, (node) => node.type === 'inlineCode' || node.type === 'blockquote');
    const types: string[] = [];
    const walk = (node: { type: string; children?: { type: string }[] }): void => {
      types.push(node.type);
      node.children?.forEach(walk);
    };
    walk(copy);
    expect(types).not.toContain('inlineCode');
    expect(types).not.toContain('blockquote');
    expect(types).not.toContain('strong');
    expect(types).toContain('code');
    expect(copy.children[0]).not.toBe(tree.children[0]);
    // The original is untouched.
    expect(JSON.stringify(tree)).toContain('"inlineCode"');
  });
});
