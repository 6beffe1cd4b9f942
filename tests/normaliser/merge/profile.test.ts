import { describe, expect, it } from 'vitest';
import { profileQuestion } from '../../../scripts/normaliser/merge/profile.ts';
import { md } from './entry-fixture.ts';

const profile = (question: string) => profileQuestion(question, md(''));

describe('profileQuestion', () => {
  it('sees a list of terms joined by 、 , 和 与', () => {
    expect(profile('CRI、CNI和CSI是什么').listed).toBe(true);
    expect(profile('`docker exec`与`docker attach`的作用').listed).toBe(true);
    expect(profile('Docker、containerd, containerd-shim和runc之间的关系').listed).toBe(true);
  });
  it('does not see a list in a compound name or a single term', () => {
    expect(profile('什么是Docker Volume Driver（卷驱动程序）').listed).toBe(false);
    expect(profile('CRI').listed).toBe(false);
    expect(profile('容器和镜像之间有什么关系').listed).toBe(false);
  });
  it('makes a comparison only of a difference word, not of a conjunction', () => {
    expect(profile('Docker和Containerd').comparison).toBe(false);
    expect(profile('Docker和Containerd').terms).toEqual(['containerd']);
    expect(profile('Docker 与 虚拟机 有何不同?').comparison).toBe(true);
  });
});
