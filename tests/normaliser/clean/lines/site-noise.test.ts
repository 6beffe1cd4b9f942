import { describe, expect, it } from 'vitest';
import { parseSiteNoise, removeSiteNoise } from '../../../../scripts/normaliser/clean/lines/site-noise.ts';
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
    ['Zhihu follow button', '关注他', 'site-noise:follow-button'],
    ['Juejin follow button', '+ 关注', 'site-noise:follow-button'],
    ['cnblogs button row', '好文要顶 关注我 收藏该文 微信分享', 'site-noise:follow-button'],
    ['Zhihu upvote line', '10 人赞同了该文章', 'site-noise:like-counter'],
    ['Zhihu upvote button', '赞同 128', 'site-noise:like-counter'],
    ['Zhihu comment counter', '23 条评论', 'site-noise:like-counter'],
    ['Juejin read counter', '3.2k 阅读', 'site-noise:like-counter'],
    ['Zhihu toolbar button', '申请转载', 'site-noise:toolbar'],
    ['WeChat toolbar button', '阅读原文', 'site-noise:toolbar'],
    ['cnblogs back-to-top link', '返回顶部', 'site-noise:toolbar'],
    ['Zhihu author badge', '[![张三](https://pic1.zhimg.com/v2-3f8a_xs.jpg)](https://www.zhihu.com/people/zhang-san)', 'site-noise:author-badge'],
    ['Juejin author link', '[码农小李](https://juejin.cn/user/123456789)', 'site-noise:author-link'],
    ['Zhihu edit date', '编辑于 2023-05-12 10:21・IP 属地北京', 'site-noise:publish-date'],
    ['CSDN publish date', '于 2022-03-08 14:21:09 发布', 'site-noise:publish-date'],
    ['Juejin date and reads', '2023-04-01 10:12 · 阅读 3,201', 'site-noise:publish-date'],
    ['cnblogs post footer', 'posted @ 2021-06-30 09:15  老王的博客  阅读(1523)  评论(3)  编辑  收藏  举报', 'site-noise:read-counter'],
    ['CSDN column promotion', '本文已收录于专栏《Docker 从入门到实践》', 'site-noise:promotion'],
    ['Juejin event promotion', '本文已参与「新人创作礼」活动，一起开启掘金创作之路。', 'site-noise:promotion'],
    ['WeChat collection line', '收录于合集 #Docker 12个', 'site-noise:promotion'],
    ['WeChat follow prompt', '欢迎关注公众号「运维小站」，回复 docker 领取资料', 'site-noise:promotion'],
    ['SegmentFault first-published line', '本文首发于个人博客，转载请联系作者。', 'site-noise:promotion'],
    ['Zhihu copyright footer', '著作权归作者所有，商业转载请联系作者获得授权，非商业转载请注明出处。', 'site-noise:copyright'],
    ['CSDN copyright footer', '版权归作者所有，任何形式转载请联系作者。', 'site-noise:copyright'],
  ])('drops a %s', (_name, line, reason) => {
    // Below the page header (first 12 lines), so no page-title rule applies.
    const body = '正文。\n'.repeat(13);
    expect(reasons(`${body}\n${line}\n\n正文第二行。`)).toEqual([[15, reason]]);
  });

  it.each([
    ['WeChat header', '原创 张三 运维小站 2023-05-12 08:30', 'site-noise:publish-date'],
    ['CSDN tags line', '文章标签： docker 容器 面试', 'site-noise:tags'],
  ])('drops a %s in the page header only', (_name, line, reason) => {
    expect(reasons(`标题\n\n${line}\n\n正文。`)).toEqual([[3, reason]]);
    expect(reasons(`${'正文。\n'.repeat(13)}\n${line}\n\n正文。`)).toEqual([]);
  });

  it('drops a Zhihu author card: the name link, the headline under it and the follow button', () => {
    const header = ['# Docker 面试题', '', '[张三](https://www.zhihu.com/people/zhang-san)', '', '某互联网公司 后端开发工程师', '', '关注他', '', '正文。'].join('\n');
    expect(reasons(header)).toEqual([
      [3, 'site-noise:author-link'],
      [5, 'site-noise:author-card'],
      [7, 'site-noise:follow-button'],
    ]);
  });

  it('drops the name and headline above a follow button in page text, but never the note\'s first line', () => {
    expect(reasons('Docker 面试必问的问题\n\n李四\n\n云原生爱好者 / 某金融公司 SRE\n\n关注她\n\n正文。')).toEqual([
      [3, 'site-noise:author-card'],
      [5, 'site-noise:author-card'],
      [7, 'site-noise:follow-button'],
    ]);
    expect(reasons('某互联网公司 后端开发工程师\n\n关注他\n\n正文。')).toEqual([[3, 'site-noise:follow-button']]);
    expect(reasons('标题\n\n上一段正文写完了。\n\n关注他\n\n正文。')).toEqual([[5, 'site-noise:follow-button']]);
  });

  it('keeps prose that mentions the platforms words', () => {
    expect(reasons('关注容器的资源使用情况很重要。\n\n分享存储卷的两种方式如下。\n\n阅读 Docker 文档可以了解更多。')).toEqual([]);
  });

  it('rejects site-noise data with a broken pattern, naming the rule', () => {
    expect(() => parseSiteNoise({ rules: [{ reason: 'x', pattern: '(', where: 'anywhere' }] })).toThrow(/site-noise\.json: rules\.0\.pattern: not a valid regular expression/);
  });

  it('reads the page title above a read counter and drops both', () => {
    const result = run('Docker容器技术详解:轻量级虚拟化\n发布时间: 2024-07-12 23:21:06 阅读量: 50 订阅数: 21\n# 1. 正文');
    expect(result.meta).toEqual({ title: 'Docker容器技术详解:轻量级虚拟化' });
    expect(result.dropped.map((dropped) => dropped.reason)).toEqual(['site-noise:page-title', 'site-noise:read-counter']);
  });

  it('reads a markdown page title without its heading markers', () => {
    expect(run('# Docker 面试题总结\n\n10 人赞同了该文章\n\n## 正文', 'heading-markdown').meta).toEqual({ title: 'Docker 面试题总结' });
  });

  it('reads the page title above a Zhihu like counter, past the author card', () => {
    const result = run('Docker 面试必问的问题\n\n李四\n\n关注她\n\n126 人赞同了该文章\n\n正文。');
    expect(result.meta).toEqual({ title: 'Docker 面试必问的问题' });
    expect(result.dropped.map((dropped) => dropped.reason)).toEqual(['site-noise:page-title', 'site-noise:author-card', 'site-noise:follow-button', 'site-noise:like-counter']);
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

  it('drops a WeChat article’s sign-off and share prompts only at its end', () => {
    const ending = '- END -\n\n觉得有用的话，欢迎转发给身边的朋友～\n\n点个在看你最好看\n点赞 在看 分享 三连走起';
    expect(reasons(`正文。\n\n${ending}`)).toEqual([
      [3, 'site-noise:sign-off'],
      [5, 'site-noise:promotion'],
      [7, 'site-noise:promotion'],
      [8, 'site-noise:promotion'],
    ]);
    // The same words with the answer going on below them are text.
    expect(reasons(`正文。\n\n${ending}\n\n正文又开始了。`)).toEqual([]);
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
