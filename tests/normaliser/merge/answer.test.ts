import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { describe, expect, it } from 'vitest';
import { answerCompleteness, mergeAnswers } from '../../../scripts/normaliser/merge/answer.ts';
import { entry, md } from './entry-fixture.ts';

const render = (tree: Parameters<typeof toMarkdown>[0]) => toMarkdown(tree, { bullet: '-', extensions: [gfmToMarkdown()] }).trim();

describe('answerCompleteness', () => {
  it('ranks more distinct points above the same point repeated', () => {
    const repeated = md('容器共享内核。\n\n容器共享内核。');
    const distinct = md('1. 容器共享宿主机内核\n2. 虚拟机运行完整操作系统\n3. 容器启动是秒级');
    expect(answerCompleteness(distinct)).toBeGreaterThan(answerCompleteness(repeated));
  });
  it('counts a code sample', () => {
    const prose = md('使用 docker run 启动容器。');
    const withCode = md('使用 docker run 启动容器。\n\n```bash\ndocker run -d nginx\n```');
    expect(answerCompleteness(withCode)).toBeGreaterThan(answerCompleteness(prose));
  });
});

describe('mergeAnswers', () => {
  const lead = entry('notes/a.txt', 1, '容器和虚拟机的区别', '1. 容器共享宿主机内核, 虚拟机有自己的内核\n2. 容器启动是秒级, 虚拟机是分钟级');

  it('returns the lead answer unchanged when the others add nothing', () => {
    const same = entry('notes/b.txt', 5, 'Docker与虚拟机有何不同', '- 容器共享宿主机内核，虚拟机有自己的内核');
    expect(render(mergeAnswers(lead, [same]))).toBe(render(lead.answer));
  });

  it('adds new points under 补充 with a heading per source, near-identical points once', () => {
    const other = {
      ...entry('notes/b.txt', 5, 'Docker与虚拟机有何不同', '- 容器启动是秒级，虚拟机是分钟级\n- 虚拟机隔离性更强, 安全边界是硬件虚拟化'),
      source: { note: 'notes/b.txt', noteTitle: 'Docker 面试题', lines: [5, 7] as [number, number], originalTitle: 'Docker与虚拟机有何不同' },
    };
    expect(render(mergeAnswers(lead, [other]))).toBe(
      [
        '1. 容器共享宿主机内核, 虚拟机有自己的内核',
        '2. 容器启动是秒级, 虚拟机是分钟级',
        '',
        '## 补充',
        '',
        '### 来自《Docker 面试题》',
        '',
        '- 虚拟机隔离性更强, 安全边界是硬件虚拟化',
      ].join('\n'),
    );
  });

  it('names a source by its file when the note has no title, and keeps new code once', () => {
    const code = '```bash\ndocker run -d nginx\n```';
    const withCode = entry('notes/c.txt', 9, '如何启动容器', `用 run 命令：\n\n${code}`);
    const sameCode = entry('notes/d.txt', 3, '怎么启动容器', code);
    const merged = render(mergeAnswers(entry('notes/a.txt', 1, '启动容器', '容器由镜像创建。'), [withCode, sameCode]));
    expect(merged).toContain('### 来自《c.txt》');
    expect(merged).not.toContain('来自《d.txt》');
    expect(merged.split('docker run -d nginx').length - 1).toBe(1);
  });

  it('names a source by its readable name from notes/README.md before its own title', () => {
    const named = {
      ...entry('notes/000_x.txt', 5, 'Docker与虚拟机有何不同', '- 虚拟机隔离性更强, 安全边界是硬件虚拟化'),
      source: { note: 'notes/000_x.txt', noteName: 'Docker 面试问答 (52 问)', noteTitle: 'dump', lines: [5, 7] as [number, number], originalTitle: 'q' },
    };
    const merged = render(mergeAnswers(lead, [named]));
    expect(merged).toContain('### 来自《Docker 面试问答 (52 问)》');
    expect(merged).not.toContain('000_x.txt');
  });

  it('typesets the credit heading like the answers, the note name as written elsewhere', () => {
    // notes/README.md names notes/004_2bed2df9bb959d8e.txt `Docker面试题(史上最全 + 持续更新)`
    const named = {
      ...entry('notes/004_x.txt', 5, 'Docker与虚拟机有何不同', '- 虚拟机隔离性更强, 安全边界是硬件虚拟化'),
      source: { note: 'notes/004_x.txt', noteName: 'Docker面试题(史上最全 + 持续更新)', lines: [5, 7] as [number, number], originalTitle: 'q' },
    };
    expect(render(mergeAnswers(lead, [named]))).toContain('### 来自《Docker 面试题 (史上最全 + 持续更新)》');
  });

  it('moves headings inside a supplement point below the per-source heading', () => {
    const sectioned = entry('notes/b.txt', 5, 'Docker网络模式', '## Bridge\n\n默认的桥接网络, 容器通过 docker0 通信');
    const merged = mergeAnswers(entry('notes/a.txt', 1, '网络模式', 'host 模式共享宿主机网络栈。'), [sectioned]);
    expect(render(merged)).toContain('#### Bridge');
  });

  it('does not change the entries it merges', () => {
    const other = entry('notes/b.txt', 5, 'q', '- 全新的一点内容');
    const before = JSON.stringify([lead.answer, other.answer]);
    mergeAnswers(lead, [other]);
    expect(JSON.stringify([lead.answer, other.answer])).toBe(before);
  });
});
