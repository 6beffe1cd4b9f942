import { describe, expect, it } from 'vitest';
import { entryRows, parseText } from '../helpers.ts';

const NOTE = [
  'Docker 容器和镜像之间有什么关系?',
  '',
  'Docker 容器和镜像之间的关系可以理解为蓝图和实例的关系:',
  '',
  '1、定义: Docker 镜像是容器的只读模板。',
  '',
  '2、实例化: 镜像运行时成为一个容器。',
  '',
  'Docker Compose的作用及其优点)',
  '',
  'Docker Compose 是一个工具。它的主要作用包括:',
  '',
  '1、简化配置: 使用 YAML 文件。',
  '',
  'Docker Swarm 的主要特性和用途',
  '',
  'Docker Swarm 是原生集群管理工具:',
  '',
  '1、集群管理: 多个主机作为一个虚拟主机。',
  '',
  '这些特性让集群更易用。',
].join('\n');

describe('qa-list adapter', () => {
  it('finds questions ending in ?, in a stray ) and in nothing, with their intro, points and summary', () => {
    const record = parseText(NOTE);
    expect(record.shape).toBe('qa-list');
    expect(entryRows(record)).toEqual([
      [1, 7, 'Docker 容器和镜像之间有什么关系?', []],
      [9, 13, 'Docker Compose的作用及其优点)', []],
      [15, 21, 'Docker Swarm 的主要特性和用途', []],
    ]);
  });

  it('builds an intro paragraph and an ordered list from the 1、 points', () => {
    const answer = parseText(NOTE).entries[0]!.answer;
    expect(answer.children.map((node) => node.type)).toEqual(['paragraph', 'list']);
    const list = answer.children[1]!;
    expect(list.type === 'list' && list.ordered && list.children.length).toBe(2);
    expect(list.position?.start.line).toBe(5);
  });
});
