import { describe, expect, it } from 'vitest';
import { captionRule, dropOrphanCaptions } from '../../../../scripts/normaliser/clean/tree/captions.ts';
import { answerOf, contextWith, data, generatedPage, noteOf, plainNoteOf } from './fixture.ts';

describe('captionRule', () => {
  it.each([
    // notes/004_2bed2df9bb959d8e.txt:218
    ['docker 镜像仓库Harbor_Harbor', 'scraped-page-caption'],
    ['Docker 网络模式详解_Docker', 'scraped-page-caption'],
    ['图 1', 'figure-label'],
    ['图1-2', 'figure-label'],
    ['图 3：Harbor 架构', 'figure-label'],
  ])('%s -> %s', (text, kind) => {
    expect(captionRule(text, data.captions)?.kind).toBe(kind);
  });

  it.each([
    ['镜像仓库_Harbor'], // the word after the underscore is not in the title
    ['使用 my_network 网络_network，然后重启'], // a sentence
    ['docker run my_image'],
    ['图 1 展示了 Harbor 的架构，它由六个组件构成。'], // a sentence about the figure
    ['图形化界面'],
  ])('%s is no caption', (text) => {
    expect(captionRule(text, data.captions)).toBeUndefined();
  });
});

describe('dropOrphanCaptions', () => {
  it('drops a caption line without its picture and lists it as dropped with its kind', () => {
    const note = plainNoteOf(['总共分为 7 个容器运行。', 'docker 镜像仓库Harbor_Harbor', '图 2'], { firstLine: 216 });
    const cleaned = dropOrphanCaptions(note, contextWith());
    expect(answerOf(cleaned)).toBe('总共分为 7 个容器运行。');
    expect(cleaned.dropped.map(({ line, reason }) => [line, reason])).toEqual([
      [217, 'caption:scraped-page-caption'],
      [218, 'caption:figure-label'],
    ]);
    expect(cleaned.fixes.map((fix) => fix.kind)).toEqual(['caption', 'caption']);
  });

  it('keeps a figure label next to its picture', () => {
    const markdown = '![Harbor 架构](/images/harbor.png)\n\n图 1：Harbor 架构';
    expect(answerOf(dropOrphanCaptions(noteOf(markdown), contextWith()))).toBe(markdown);
  });

  it('keeps a caption-like line with inline markup (written as prose)', () => {
    const markdown = '`docker 镜像仓库Harbor_Harbor`';
    expect(answerOf(dropOrphanCaptions(noteOf(markdown), contextWith()))).toBe(markdown);
  });
});

describe('on the real page /basics/harbor-components/', () => {
  it('ends without the scraped caption line', () => {
    const page = generatedPage('basics/harbor-components');
    expect(page).not.toContain('Harbor_Harbor');
    expect(page).toMatch(/harbor-ui 所要操作的所有数据都通过 harbor-adminserver 这样一个数据配置管理中心来完成。\n\n## 相关问题/);
  });
});
