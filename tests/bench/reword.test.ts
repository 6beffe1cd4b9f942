import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/bench/prng.ts';
import { createReworder } from '../../scripts/bench/reword.ts';

const tables = {
  synonyms: [['区别', '差异'], ['镜像仓库', '仓库']],
  punctuation: [[',', '，'], [':', '：']] as [string, string][],
};

describe('createReworder', () => {
  it('swaps every synonym at rate 1 and leaves text alone at rate 0', () => {
    expect(createReworder(tables, 1)('两者的区别', createRandom(1))).toBe('两者的差异');
    expect(createReworder(tables, 0)('两者的区别,主要', createRandom(1))).toBe('两者的区别,主要');
  });
  it('matches the longest word first', () => {
    expect(createReworder(tables, 1)('推送到镜像仓库', createRandom(1))).toBe('推送到仓库');
  });
  it('changes punctuation width only after CJK characters, never inside commands', () => {
    const reword = createReworder({ synonyms: [], punctuation: tables.punctuation }, 1);
    const results = new Set<string>();
    for (let seed = 0; seed < 20; seed++) results.add(reword('端口:docker run -p 80:80,默认,如下', createRandom(seed)));
    // Either width, per line; the command's `80:80` never changes.
    expect([...results].sort()).toEqual(['端口:docker run -p 80:80,默认,如下', '端口：docker run -p 80:80,默认，如下'].sort());
  });
  it('is deterministic for a seed', () => {
    const reword = createReworder(tables, 0.5);
    const line = '区别,区别,区别,区别,区别';
    expect(reword(line, createRandom('x'))).toBe(reword(line, createRandom('x')));
  });
});
