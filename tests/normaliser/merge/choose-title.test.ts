import { describe, expect, it } from 'vitest';
import { chooseTitle, parseTitleRules, titleScore } from '../../../scripts/normaliser/merge/choose-title.ts';
import { canonicalQuestion } from '../../../scripts/normaliser/merge/merge.ts';
import { entry } from './entry-fixture.ts';

const N000 = 'notes/000_5b68543c95a33826.txt';
const N001 = 'notes/001_1aa7ebef2a5e7611.txt';
const N004 = 'notes/004_2bed2df9bb959d8e.txt';

/**
 * Members of real duplicate groups, as the cleaning passes leave their questions, lead (most
 * complete answer) first, and the title a reader would pick. Checked by hand against the notes.
 */
const realGroups: { name: string; members: string[]; title: string }[] = [
  {
    // 004:813 (lead), 000:1, 001:657, 004:798: the lead drops 是, 004:798 has spaces between Chinese words.
    name: 'docker vs vm: the complete question beats the clumsy lead',
    members: [
      'Docker 与传统虚拟机的区别什么？',
      'Docker 容器和虚拟机的主要区别是什么？',
      'Docker 与虚拟机 (Virtual Machines) 有何不同？',
      'Docker 与 虚拟机 有何不同？',
    ],
    title: 'Docker 容器和虚拟机的主要区别是什么？',
  },
  {
    // 004:713 (lead) is a bare heading; 000:35 a noun phrase; 001:734 a question.
    name: 'compose: a question beats a bare command name and a noun phrase',
    members: ['docker-compose', 'Docker Compose 的作用及其优点', 'Docker Compose 的用途是什么？'],
    title: 'Docker Compose 的用途是什么？',
  },
  {
    // 000:13 (lead), 001:79 asks two things.
    name: 'CMD vs ENTRYPOINT: one question beats two run together',
    members: ['Dockerfile 中的 CMD 和 ENTRYPOINT 指令有什么区别？', '容器的 ENTRYPOINT 和 CMD 是什么，什么时候会被覆盖？'],
    title: 'Dockerfile 中的 CMD 和 ENTRYPOINT 指令有什么区别？',
  },
  {
    // 000:47 (lead), 002:58.
    name: 'network isolation: the title naming Docker stays',
    members: ['Docker 如何实现容器的网络隔离？', '容器的网络隔离'],
    title: 'Docker 如何实现容器的网络隔离？',
  },
  {
    // 001:125 (lead) is the bare word; 001:679 asks.
    name: 'Dockerfile: a bare term loses',
    members: ['Dockerfile', '什么是 Dockerfile？'],
    title: '什么是 Dockerfile？',
  },
  {
    // 004:747 (lead), 004:753 adds a chatty second clause.
    name: 'how docker works: a clause break loses a near-tie',
    members: ['Docker 是怎么工作的？', 'Docker 的工作原理是什么，讲一下？'],
    title: 'Docker 是怎么工作的？',
  },
  {
    // 002:153 (lead), 002:128: two equally plain noun phrases; the lead keeps its title.
    name: 'volumes: a near-tie keeps the lead',
    members: ['存储卷示例', '持久化存储卷'],
    title: '存储卷示例',
  },
  {
    // 004:612 (lead), 004:681: both bare terms; the fuller one stays.
    name: 'runc: between bare terms, the fuller one',
    members: ['runc (OCI reference implementation)', 'RunC'],
    title: 'runc (OCI reference implementation)',
  },
];

describe('chooseTitle', () => {
  it.each(realGroups)('$name', ({ members, title }) => {
    expect(chooseTitle(members)).toBe(title);
  });

  it('is the same whatever order the non-lead members come in', () => {
    for (const { members, title } of realGroups) {
      const [lead, ...others] = members;
      expect(chooseTitle([lead!, ...others.reverse()])).toBe(title);
    }
  });

  it('keeps the earlier of two equal titles', () => {
    expect(chooseTitle(['什么是 Docker Hub？', '什么是 Docker Hub？'])).toBe('什么是 Docker Hub？');
    // Equal scores, neither the lead: the earlier one.
    expect(chooseTitle(['Docker 架构', 'Docker 容器状态有哪些？', 'Docker 容器有几种状态？'])).toBe('Docker 容器状态有哪些？');
  });

  it('throws on no questions', () => {
    expect(() => chooseTitle([])).toThrow(/no questions/);
  });
});

describe('titleScore', () => {
  const ranked = (better: string, worse: string) => expect(titleScore(better)).toBeGreaterThan(titleScore(worse));

  it('ranks a question over a noun phrase over a bare term', () => {
    ranked('Docker 的架构是什么？', 'Docker 架构');
    ranked('Docker 架构', 'Docker Daemon');
  });

  it('marks clumsy phrasings from the data file down', () => {
    ranked('Docker 与虚拟机的区别是什么？', 'Docker 与虚拟机的区别什么？');
    ranked('Docker 与虚拟机有何不同？', 'Docker 与 虚拟机 有何不同？');
    ranked('Docker 容器和镜像的关系', 'Docker 容器和镜像的');
  });

  it('prefers titles that name the subject', () => {
    // The title without Docker is longer, and still loses.
    ranked('Docker 容器隔离', '容器与宿主机的隔离机制');
  });

  it('marks very long titles down', () => {
    const long = `Docker ${'容器'.repeat(30)}是什么？`;
    ranked('Docker 容器是什么？', long);
  });

  it('reads its rules from YAML and rejects unknown keys', () => {
    const rules = parseTitleRules("subjectWords: [Kubernetes]\nclumsy:\n  - { pattern: '啊$' }\n");
    expect(rules.subjectWords).toEqual(['kubernetes']);
    expect(titleScore('Kubernetes 是什么？', rules)).toBeGreaterThan(titleScore('Docker 是什么？', rules));
    expect(titleScore('容器编排工具', rules)).toBeGreaterThan(titleScore('容器编排工具啊', rules));
    expect(() => parseTitleRules('subjects: [docker]\n')).toThrow();
  });
});

describe('canonicalQuestion', () => {
  it('takes the answer from the most complete entry and the title from the best-formed question', () => {
    const lead = entry(N004, 813, 'Docker 与传统虚拟机的区别什么？', '1. 容器共享宿主机内核\n2. 虚拟机运行完整操作系统\n3. 容器启动快\n4. 容器更轻');
    const other = entry(N000, 1, 'Docker 容器和虚拟机的主要区别是什么？', '容器共享内核。');
    const third = entry(N001, 657, 'Docker 与虚拟机 (Virtual Machines) 有何不同？', '见上。');
    const question = canonicalQuestion([other, lead, third]);
    expect(question.members[0]).toBe(`${N004}:813`);
    expect(question.question).toBe('Docker 容器和虚拟机的主要区别是什么？');
  });
});
