import { describe, expect, it } from 'vitest';
import { embeddedEntries, outlinePairs, sectionParents } from '../../../scripts/normaliser/merge/outline-pairs.ts';
import { entry } from './entry-fixture.ts';

describe('outlinePairs: parts of one note outline are different questions', () => {
  it('pairs a section with its own sub-section', () => {
    const entries = [
      entry('notes/a.txt', 67, '### 3.2 Docker网络插件', '模块'),
      entry('notes/a.txt', 69, '#### 3.2.1 常用网络插件的原理和使用', '桥接', ['3. Docker容器网络', '3.2 Docker网络插件']),
      entry('notes/b.txt', 1, '### 3.2 Docker网络插件', '另一篇'),
    ];
    expect(outlinePairs(entries)).toEqual([[0, 1]]);
  });
  it('pairs consecutive numbered entries of one note, not numbered entries further apart', () => {
    const entries = [
      entry('notes/a.txt', 166, '1、什么是Harbor', '仓库'),
      entry('notes/a.txt', 174, '2、Harbor的特性', '特性'),
      entry('notes/a.txt', 180, 'Harbor 部署', '步骤'),
      entry('notes/a.txt', 190, '6、本地的镜像文件都存放在哪里', '/var/lib/docker'),
    ];
    expect(outlinePairs(entries)).toEqual([[0, 1]]);
  });
  it('does not pair an unnumbered overview with the numbered point after it', () => {
    const entries = [entry('notes/a.txt', 162, 'Harbor概述(开源的镜像仓库)', '概述'), entry('notes/a.txt', 166, '1、什么是Harbor', '仓库')];
    expect(outlinePairs(entries)).toEqual([]);
  });
  it('pairs every two sections of one numbered outline, however far apart', () => {
    const entries = [
      entry('notes/a.txt', 128, '#### 4.1.2 持久化存储卷', '本地持久化卷', ['4. Docker容器存储', '4.1 Docker存储机制']),
      entry('notes/a.txt', 133, '#### 4.2.1 存储卷的创建和管理', 'docker volume create', ['4. Docker容器存储', '4.2 Docker存储管理']),
      entry('notes/a.txt', 153, '### 4.3 存储卷示例', '创建持久化存储卷', ['4. Docker容器存储']),
      entry('notes/b.txt', 1, '### 4.3 存储卷示例', '另一篇'),
    ];
    expect(outlinePairs(entries)).toEqual([[0, 1], [0, 2], [1, 2]]);
  });
  it('reads a numbered top heading (# 2.) as a section number, not a list number (8.) or a flat list (1、)', () => {
    // Unnumbered entries between them, so no two numbered ones are consecutive.
    const entries = [
      entry('notes/a.txt', 9, '# 2. Docker容器管理', '容器管理'),
      entry('notes/a.txt', 20, 'Docker 简介', '引擎'),
      entry('notes/a.txt', 40, '8. 解释一下 Dockerfile 的 ONBUILD 指令?', '触发指令'),
      entry('notes/a.txt', 50, 'Docker 架构', '客户端'),
      entry('notes/a.txt', 60, '### 2.2 容器运行管理', '运行管理'),
      entry('notes/a.txt', 70, 'Docker 架构', '客户端'),
      entry('notes/a.txt', 90, '6、本地的镜像文件都存放在哪里', '/var/lib/docker'),
      entry('notes/a.txt', 95, 'Docker 架构', '客户端'),
      entry('notes/a.txt', 99, '11、本地的镜像文件都存放在哪里', '/var/lib/docker'),
    ];
    expect(outlinePairs(entries)).toEqual([[0, 4]]);
  });
  it('pairs a question embedded in another one\'s lines with that one', () => {
    const copyAdd = entry('notes/a.txt', 847, 'Dockerfile 中的命令 COPY 和 ADD 命令有什么区别?', 'COPY 的 SRC 只能是本地文件\n\n8.');
    const onbuild = entry('notes/a.txt', 849, '8. 解释一下 Dockerfile 的 ONBUILD 指令?', '触发指令');
    expect(copyAdd.source.lines[1]).toBeGreaterThanOrEqual(849);
    expect(outlinePairs([copyAdd, onbuild])).toEqual([[0, 1]]);
    expect([...embeddedEntries([copyAdd, onbuild])]).toEqual([1]);
    expect([...embeddedEntries([onbuild, entry('notes/a.txt', 851, 'docker常用命令?', 'docker pull')])]).toEqual([]);
  });
  it('knows which entries are sections with sub-sections of their own', () => {
    const entries = [
      entry('notes/a.txt', 67, '### 3.2 Docker网络插件', '模块', ['3. Docker容器网络']),
      entry('notes/a.txt', 69, '#### 3.2.1 常用网络插件的原理和使用', '桥接', ['3. Docker容器网络', '3.2 Docker网络插件']),
      entry('notes/a.txt', 84, '#### 3.2.2 网络插件的自定义和扩展', '插件', ['3. Docker容器网络', '3.2 Docker网络插件']),
    ];
    expect([...sectionParents(entries)]).toEqual([0]);
  });
});
