import { describe, expect, it } from 'vitest';
import { cleanQuestionTitle, cleanQuestionTitles } from '../../../../scripts/normaliser/clean/tree/question-title.ts';
import { contextWith, noteOf } from './fixture.ts';

describe('cleanQuestionTitle', () => {
  it.each([
    // [input, expected]
    ['聊聊:docker架构', 'docker架构'],
    ['说说: 如何进入容器?使用哪个命令', '如何进入容器?使用哪个命令？'],
    ['1、如何列出可运行的容器?', '如何列出可运行的容器？'],
    ['12、容器退出后,通过 docker ps 命令查看不到,数据会丢失么?', '容器退出后,通过 docker ps 命令查看不到,数据会丢失么？'],
    ['# 1. Docker容器基础**', 'Docker容器基础'],
    ['2.1.1 镜像的创建和管理', '镜像的创建和管理'],
    ['**docker top ?*', 'docker top？'],
    ['Docker Compose的作用及其优点)', 'Docker Compose的作用及其优点'],
    ['Docker Swarm 的主要特性和用途', 'Docker Swarm 的主要特性和用途'],
    ['Docker 容器的隔离机制是如何工作的', 'Docker 容器的隔离机制是如何工作的？'],
    ['Docker 容器和虚拟机的主要区别是什么?', 'Docker 容器和虚拟机的主要区别是什么？'],
    ['Docker容器状态有哪些', 'Docker容器状态有哪些？'],
    ['聊聊:Docker 安全么?', 'Docker 安全么？'],
    ['`docker run`和`docker exec` 有什么区别', 'docker run和docker exec 有什么区别？'],
    ['描述 Docker 容器的生命周期管理命令。', '描述 Docker 容器的生命周期管理命令'],
    ['Docker中的数据卷(Volume)是什么,它的优点有哪些?', 'Docker中的数据卷(Volume)是什么,它的优点有哪些？'],
  ])('%s -> %s', (input, expected) => {
    expect(cleanQuestionTitle(input)).toBe(expected);
  });

  it('does not take digits that start a name for a numbering prefix', () => {
    expect(cleanQuestionTitle('3D 渲染容器化')).toBe('3D 渲染容器化');
  });

  it('keeps a title that would be empty after cleaning', () => {
    expect(cleanQuestionTitle('1、')).toBe('1、');
  });
});

describe('cleanQuestionTitles pass', () => {
  it('records a title fix and keeps originalTitle and the input untouched', () => {
    const note = noteOf('答案', { question: '聊聊:Docker 安全么?' });
    const cleaned = cleanQuestionTitles(note, contextWith());
    expect(cleaned.entries[0]!.question).toBe('Docker 安全么？');
    expect(cleaned.entries[0]!.source.originalTitle).toBe('聊聊:Docker 安全么?');
    expect(cleaned.fixes).toEqual([expect.objectContaining({ kind: 'title', line: 1 })]);
    expect(note.entries[0]!.question).toBe('聊聊:Docker 安全么?');
    expect(note.fixes).toEqual([]);
  });

  it('cleans titles copied from the notes', () => {
    // notes/004_2bed2df9bb959d8e.txt:753 "聊聊:docker的工作原理是什么,讲一下"
    expect(cleanQuestionTitle('聊聊:docker的工作原理是什么,讲一下')).toBe('docker的工作原理是什么,讲一下？');
    // notes/004_2bed2df9bb959d8e.txt:872 "5、当启动容器的时候提示:exec format error?如何解决问题"
    expect(cleanQuestionTitle('5、当启动容器的时候提示:exec format error?如何解决问题')).toBe(
      '当启动容器的时候提示:exec format error?如何解决问题？',
    );
    // notes/000_5b68543c95a33826.txt:35 "Docker Compose的作用及其优点)"
    expect(cleanQuestionTitle('Docker Compose的作用及其优点)')).toBe('Docker Compose的作用及其优点');
    // notes/002_aedd61c9581865ac.txt:13 "#### 2.1.1 镜像的创建和管理"
    expect(cleanQuestionTitle('#### 2.1.1 镜像的创建和管理')).toBe('镜像的创建和管理');
  });
});
