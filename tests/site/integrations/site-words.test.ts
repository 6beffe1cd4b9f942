/** The Chinese words of the site's pages that the search box splits queries over (src/integrations/site-words.ts). */
import { describe, expect, it } from 'vitest';
import { LONGEST_SITE_WORD, siteWords } from '../../../src/integrations/site-words.ts';

const dictionary = new Set(['镜像', '像是', '自动', '解压', '数据卷', '数据', '容器编排', '容器', '编排', '归档文件', '自动解压归档']);
const isWord = (word: string): boolean => dictionary.has(word);

describe('siteWords', () => {
  it('keeps the dictionary words a text uses, where it says them, longest first from the left', () => {
    // 镜像是: 镜像 is taken, so 像是 (its characters meeting) is not a word this text uses.
    expect(siteWords(['镜像是只读的', 'ADD 会自动解压 tar 包'], isWord)).toEqual(['解压', '自动', '镜像'].sort());
    // 数据卷 wins over 数据; 容器编排 over 容器 + 编排.
    expect(siteWords(['数据卷与容器编排'], isWord)).toEqual(['容器编排', '数据卷'].sort());
  });

  it(`keeps no word longer than ${LONGEST_SITE_WORD} characters and no single character`, () => {
    // 自动解压归档 (6) is no query word: 自动 + 解压 + 归档文件 are.
    expect(siteWords(['自动解压归档文件'], isWord)).toEqual(['归档文件', '自动', '解压'].sort());
    expect(siteWords(['镜'], () => true)).toEqual([]);
  });

  it('reads only Chinese characters: markup, code and English are no words', () => {
    expect(siteWords(['<a title="镜像" href="/x/">docker 数据卷</a><script>var 容器 = 1</script>'], isWord)).toEqual(['容器', '数据卷', '镜像'].sort());
    expect(siteWords(['docker run -v /data:/data', ''], () => true)).toEqual([]);
  });

  it('gives the same sorted list however often and in whatever order the texts say the words', () => {
    const once = siteWords(['镜像 自动', '解压'], isWord);
    expect(siteWords(['解压', '自动 镜像', '镜像 自动'.repeat(100)], isWord)).toEqual(once);
  });
});
