import { describe, expect, it } from 'vitest';
import { removeSiteNoise } from '../../../../scripts/normaliser/clean/lines/site-noise.ts';
import { toSourceLines } from '../../../../scripts/normaliser/parse/source-lines.ts';

const run = (text: string, shape: 'scraped-page' | 'heading-markdown' = 'scraped-page') =>
  removeSiteNoise(toSourceLines(text), { note: 'n.txt', shape });
const reasons = (text: string) => run(text).dropped.map((dropped) => [dropped.line, dropped.reason]);

describe('removeSiteNoise', () => {
  it.each([
    ['breadcrumb', '当前位置:首页 » 《随便一记》 » 正文', 'site-noise:breadcrumb'],
    ['participant counter', '25 人参与  2024年04月13日 18:25  分类 : 《随便一记》  评论', 'site-noise:read-counter'],
    ['read-more button', '点击全文阅读', 'site-noise:read-more'],
    ['img placeholder', 'img', 'site-noise:image-placeholder'],
    ['CSDN picture placeholder', '在这里插入图片描述', 'site-noise:image-placeholder'],
    ['old CSDN picture placeholder', '这里写图片描述', 'site-noise:image-placeholder'],
    ['previous/next links', '<< 上一篇 下一篇 >>', 'site-noise:prev-next'],
    ['book promotion', '《尼恩面试宝典》升级的规划为:', 'site-noise:promotion'],
    ['copyright line', 'Copyright © 2020-2022 ZhangShiYu.com Rights Reserved.', 'site-noise:copyright'],
    ['ICP line', '京ICP备12345678号', 'site-noise:copyright'],
  ])('drops a %s', (_name, line, reason) => {
    // Below the page header (first 12 lines), so no page-title rule applies.
    const body = '正文。\n'.repeat(13);
    expect(reasons(`${body}\n${line}\n\n正文第二行。`)).toEqual([[15, reason]]);
  });

  it('reads the page title above a read counter and drops both', () => {
    const result = run('Docker容器技术详解:轻量级虚拟化\n发布时间: 2024-07-12 23:21:06 阅读量: 50 订阅数: 21\n# 1. 正文');
    expect(result.meta).toEqual({ title: 'Docker容器技术详解:轻量级虚拟化' });
    expect(result.dropped.map((dropped) => dropped.reason)).toEqual(['site-noise:page-title', 'site-noise:read-counter']);
  });

  it('reads the page URL from 本文链接 and drops the line', () => {
    const result = run('正文。\n\n本文链接:http://zhangshiyu.com/post/94998.html');
    expect(result.meta).toEqual({ url: 'http://zhangshiyu.com/post/94998.html' });
    expect(result.dropped.map((dropped) => dropped.reason)).toEqual(['site-noise:page-url']);
  });

  it('drops a reading list: the heading and the 《...》 titles under it, and stops at the first other line', () => {
    expect(reasons('推荐阅读:\n\n《Nacos (史上最全)》\n\n《单例模式(史上最全)\n\n正文又开始了。')).toEqual([
      [1, 'site-noise:reading-list'],
      [3, 'site-noise:reading-list'],
      [5, 'site-noise:reading-list'],
    ]);
  });

  it('drops a reference list of bare links', () => {
    expect(reasons('参考文献:\n\nhttps://a.example/x\nhttp://b.example/y')).toEqual([
      [1, 'site-noise:references'],
      [3, 'site-noise:references'],
      [4, 'site-noise:references'],
    ]);
  });

  it('drops stray 0 lines only at the end of the note, and reports one elsewhere', () => {
    const result = run('正文。\n0\n正文。\n0\n0\n');
    expect(result.dropped.map((dropped) => dropped.line)).toEqual([4, 5]);
    expect(result.messages).toMatchObject([{ line: 2, severity: 'info' }]);
  });

  it('keeps substantive text, and never touches fenced code in markdown', () => {
    const text = '容器的图片(img)说明在这里。\n\n```\nimg\n```';
    expect(run(text, 'heading-markdown').dropped).toEqual([]);
    expect(run(text, 'heading-markdown').lines).toHaveLength(5);
  });
});
