import { describe, expect, it } from 'vitest';
import { entryRows, parseText } from '../helpers.ts';

const PAGE = [
  '当前位置:首页 » 《随便一记》 » 正文', // 1
  '',
  'Docker面试题(史上最全)', // 3
  '',
  '25 人参与  2024年04月13日 18:25  分类 : 《随便一记》  评论', // 5
  '',
  'Docker 简介', // 7
  '',
  'img', // 9
  '',
  'Docker 是一个开源的应用容器引擎,基于 Go 语言。', // 11
  '',
  'docker的基础命令', // 13
  '',
  'docker 镜像查看', // 15
  '',
  'docker image ls', // 17
  '',
  '聊聊:docker是怎么工作的?', // 19
  '',
  '终于有人把 Docker 讲清楚了', // 21
  '',
  'docker 使用了 CS 架构。', // 23
  '',
  '1、如何列出可运行的容器?', // 25
  'docker ps', // 26
  '',
  '说说: 镜像的分层结构?', // 28
  '',
  '镜像是一层层叠加的。', // 30
  '',
  '为什么docker镜像要采用这种分层结构呢?', // 32
  '',
  '最大的好处是共享资源。', // 34
].join('\n');

describe('scraped-page adapter', () => {
  const record = parseText(PAGE);

  it('detects the shape and reads the page header into meta', () => {
    expect(record.shape).toBe('scraped-page');
    expect(record.meta.title).toBe('Docker面试题(史上最全)');
  });

  it('finds bare headings, cue questions and numbered questions; step labels and rhetorical questions stay in answers', () => {
    expect(entryRows(record)).toEqual([
      [7, 11, 'Docker 简介', []],
      [13, 17, 'docker的基础命令', []],
      [19, 23, '聊聊:docker是怎么工作的?', []],
      [25, 26, '1、如何列出可运行的容器?', []],
      [28, 34, '说说: 镜像的分层结构?', []],
    ]);
  });

  it('never reads the fence lines or the code of a fenced block as headings', () => {
    const text = ['阅读 12', '', '点击上方蓝字关注我们', '', 'Q1：如何进入容器？', '', '用 docker exec：', '', '```bash', 'docker exec -it web sh', '```', '', 'attach 不推荐。', '', 'Q2：如何查看日志？', '', 'docker logs。'].join('\n');
    const record = parseText(text, 'notes/page.txt');
    expect(record.shape).toBe('scraped-page');
    expect(record.entries.map((entry) => entry.source.originalTitle)).toEqual(['Q1：如何进入容器？', 'Q2：如何查看日志？']);
  });

  it('keeps a command line as its own paragraph', () => {
    const answer = record.entries[1]!.answer;
    expect(answer.children.map((node) => node.position?.start.line)).toEqual([15, 17]);
  });

  it('accounts for every line', () => {
    expect(record.messages.filter((message) => message.severity === 'error')).toEqual([]);
  });
});
