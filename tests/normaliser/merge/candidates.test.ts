import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../scripts/normaliser/merge/candidates.ts';
import { findDuplicateClusters } from '../../../scripts/normaliser/merge/merge.ts';
import { emptyOverrides } from '../../../scripts/normaliser/overrides/parse.ts';
import { entry } from './entry-fixture.ts';

describe('candidatePairs', () => {
  it('pairs questions that share a rare feature and skips features most questions share', () => {
    const features = [['w:swarm', 'w:common'], ['w:swarm', 'w:common'], ['w:common', 'h:网络'], ['w:common']];
    const normalised = ['a', 'b', 'c', 'd'];
    expect(candidatePairs(normalised, features, { maxPostings: 3 })).toEqual([[0, 1]]);
  });
  it('pairs identical normalised texts even when all their features are common', () => {
    const features = [['w:common'], ['w:common'], ['w:common']];
    expect(candidatePairs(['x', 'x', 'y'], features, { maxPostings: 1 })).toEqual([[0, 1]]);
  });
});

/** A seeded pseudo-random generator (mulberry32), so the synthetic corpus is the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAN = '容器镜像网络存储数据卷挂载构建层缓存命令安全漏洞扫描编排服务集群节点调度日志监控进程隔离资源限制内存文件系统驱动插件端口映射主机通信配置环境变量部署更新回滚备份恢复权限用户证书仓库标签版本启动停止删除导入导出压缩优化性能故障排查健康检查';
const TEMPLATES = ['什么是{a}{b}', '{a}{b}的作用', '如何{c}{a}{b}', '{a}{b}和{d}{e}的区别', '{a}{b}的原理', '{a}{b}{c}的最佳实践', '{a}{b}常见问题及解决方法'];
const LATIN = ['swarm', 'compose', 'overlay', 'bridge', 'cgroups', 'namespace', 'runc', 'containerd', 'harbor', 'volume', 'cmd', 'entrypoint'];

/** `count` synthetic questions over a Docker-like vocabulary: many distinct questions, some overlap. */
function syntheticQuestions(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const chars = [...HAN];
  const word = () => (next() < 0.25 ? pick(LATIN) : `${pick(chars)}${pick(chars)}`);
  return Array.from({ length: count }, () =>
    pick(TEMPLATES).replace(/\{[a-e]\}/g, () => word()),
  );
}

/** Scored pairs when merging `count` synthetic entries. */
function scoredPairs(count: number): number {
  const entries = syntheticQuestions(count, 42).map((question, index) => entry('notes/synthetic.txt', index * 3 + 1, question, ''));
  return findDuplicateClusters(entries, emptyOverrides()).scoredPairs;
}

describe('merge scales without going quadratic', () => {
  // 1x is about the five real notes (230 entries); 100x is 23 000 entries.
  const base = 230;
  const atOnce = scoredPairs(base);
  const atHundred = scoredPairs(base * 100);
  if (process.env.PRINT_PAIR_COUNTS) console.info(`scored pairs: 1x ${atOnce}, 100x ${atHundred}`);

  it('scores far fewer pairs than all pairs at 100x', () => {
    const allPairs = ((base * 100) * (base * 100 - 1)) / 2;
    expect(atHundred).toBeLessThan(allPairs / 100);
  });

  it('grows the scored pairs far slower than n² from 1x to 100x', () => {
    // Quadratic growth would multiply the pairs by 10 000; blocking keeps it near linear.
    expect(atHundred / atOnce).toBeLessThan(1000);
  });
});
