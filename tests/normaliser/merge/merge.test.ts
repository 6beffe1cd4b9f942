import { describe, expect, it } from 'vitest';
import { merge } from '../../../scripts/normaliser/merge/merge.ts';
import { emptyOverrides, parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';
import { entry, modelOf } from './entry-fixture.ts';

const vmA = entry('notes/a.txt', 1, 'Docker 容器和虚拟机的主要区别是什么?', '1. 容器共享宿主机内核\n2. 虚拟机运行完整操作系统\n3. 容器启动快');
const vmB = entry('notes/b.txt', 10, 'Docker与虚拟机有何不同', '容器共享宿主机内核。');
const swarm = entry('notes/b.txt', 20, '什么是Docker Swarm', 'Swarm 是 Docker 原生的集群编排工具。');
const swarmVsK8s = entry('notes/a.txt', 30, 'Docker Swarm与Kubernetes有何不同？', 'Kubernetes 功能更全, Swarm 更简单。');

describe('merge', () => {
  const merged = merge(modelOf([swarm, vmB, swarmVsK8s, vmA]), emptyOverrides());

  it('makes one question per distinct question, in the order of their first entry', () => {
    expect(merged.questions.map((question) => question.question)).toEqual([
      'Docker 容器和虚拟机的主要区别是什么?',
      'Docker Swarm与Kubernetes有何不同？',
      '什么是Docker Swarm',
    ]);
  });

  it('leads with the most complete answer and lists every source, lead first', () => {
    const [vm] = merged.questions;
    expect(vm!.members).toEqual(['notes/a.txt:1', 'notes/b.txt:10']);
    expect(vm!.sources.map((source) => source.note)).toEqual(['notes/a.txt', 'notes/b.txt']);
    expect(vm!.keywords).toEqual([]);
    expect(vm!.related).toEqual([]);
  });

  it('is deterministic whatever order the notes come in', () => {
    const again = merge(modelOf([vmA, swarmVsK8s, vmB, swarm]), emptyOverrides());
    expect(JSON.stringify(again.questions)).toBe(JSON.stringify(merged.questions));
  });

  it('keeps entries apart that a forbid override names', () => {
    const { overrides } = parseOverrides(
      'forbid:\n  - entries:\n      - { note: notes/a.txt, title: 主要区别 }\n      - { note: notes/b.txt, line: 10 }\n',
    );
    const kept = merge(modelOf([vmA, vmB]), overrides);
    expect(kept.questions).toHaveLength(2);
    expect(kept.messages).toEqual([]);
  });

  it('reports a forbid override that names no entry any more as a stale decision, with the overrides file and line', () => {
    const { overrides } = parseOverrides(
      'pin: []\nforbid:\n  - entries:\n      - { note: notes/a.txt, title: 不存在的问题 }\n      - { note: notes/b.txt, line: 10 }\n',
    );
    const result = merge(modelOf([vmA, vmB]), overrides);
    expect(result.messages).toEqual([
      {
        note: 'editorial/overrides.yaml',
        line: 3,
        severity: 'warning',
        source: 'overrides',
        reason: 'forbid: no longer matches: no entry matches notes/a.txt "不存在的问题"',
        stale: true,
      },
    ]);
    // The decision cannot hold without both entries; the detector's own verdict stands.
    expect(result.questions).toHaveLength(1);
  });
});

describe('merge and the layout of a note', () => {
  it('lets a sub-section, not the section above it, match another note\'s question', () => {
    // "Docker网络插件" reads exactly like "Docker的网络模式", but its own text only introduces
    // 3.2.1, the part that lists the modes: the part is the match, the section stays a page.
    const plugins = entry('notes/a.txt', 67, '### 3.2 Docker网络插件', 'Docker网络插件是扩展Docker网络功能的模块。', ['3. Docker容器网络']);
    const common = entry('notes/a.txt', 69, '#### 3.2.1 常用网络插件的原理和使用', 'Bridge 网络插件, Host 网络插件, Overlay 网络插件', [
      '3. Docker容器网络',
      '3.2 Docker网络插件',
    ]);
    const modes = entry('notes/b.txt', 34, 'Docker的网络模式', 'bridge（默认）, host, none, overlay 网络插件');
    const merged = merge(modelOf([plugins, common, modes]), emptyOverrides());
    expect(merged.questions.map((question) => [...question.members].sort())).toEqual([
      ['notes/a.txt:67'],
      ['notes/a.txt:69', 'notes/b.txt:34'],
    ]);
  });

  it('never lets a question embedded in another one\'s lines lead a page', () => {
    // The embedded entry has the longer answer here, yet the entry of its own line leads.
    const own = entry('notes/a.txt', 10, '什么是 ONBUILD 指令', '触发指令。');
    const embedded = {
      ...entry('notes/b.txt', 849, '解释一下 Dockerfile 的 ONBUILD 指令?', '1. 触发指令\n2. 构建基础镜像时使用\n3. 在子镜像构建时执行'),
    };
    const before = { ...entry('notes/b.txt', 847, 'Dockerfile 中的命令 COPY 和 ADD 命令有什么区别?', 'COPY 的 SRC 只能是本地文件'), source: { note: 'notes/b.txt', lines: [847, 849] as [number, number], originalTitle: 'COPY 和 ADD' } };
    const merged = merge(modelOf([own, before, embedded]), emptyOverrides());
    const onbuild = merged.questions.find((question) => question.members.includes('notes/b.txt:849'))!;
    expect(onbuild.members).toEqual(['notes/a.txt:10', 'notes/b.txt:849']);
    expect(merged.questions.find((question) => question.members.includes('notes/b.txt:847'))!.members).toEqual(['notes/b.txt:847']);
  });
});

describe('merge on hostile input', () => {
  it('never merges questions that are empty after normalisation', () => {
    const result = merge(
      modelOf([entry('notes/a.txt', 1, '聊聊:', '第一个回答'), entry('notes/a.txt', 5, '？？', '第二个回答'), entry('notes/b.txt', 1, '', '第三个')]),
      emptyOverrides(),
    );
    expect(result.questions).toHaveLength(3);
  });

  it('treats markup and regex characters in questions as text', () => {
    const result = merge(
      modelOf([
        entry('notes/a.txt', 1, '<script>alert(1)</script> (.*)+ 是什么', 'x'),
        entry('notes/a.txt', 5, '{props.x} ${y} [a](b) 是什么', 'y'),
      ]),
      emptyOverrides(),
    );
    expect(result.questions.map((question) => question.question)).toEqual([
      '<script>alert(1)</script> (.*)+ 是什么',
      '{props.x} ${y} [a](b) 是什么',
    ]);
  });
});
