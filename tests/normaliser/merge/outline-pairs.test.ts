import { describe, expect, it } from 'vitest';
import { outlinePairs } from '../../../scripts/normaliser/merge/outline-pairs.ts';
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
});
