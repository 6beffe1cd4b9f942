import { describe, expect, it } from 'vitest';
import { guardAgainst, pairVerdict, DEFAULT_THRESHOLDS } from '../../../scripts/normaliser/merge/pair-verdict.ts';
import { profileQuestion } from '../../../scripts/normaliser/merge/profile.ts';
import { md } from './entry-fixture.ts';

const profile = (question: string, answer = '') => profileQuestion(question, md(answer));
const verdict = (a: string, b: string) => pairVerdict(profile(a), profile(b), DEFAULT_THRESHOLDS);

describe('guardAgainst: related but different questions stay apart', () => {
  const apart: [string, string, string, string][] = [
    ['a comparison vs one of its sides', '什么是Docker Swarm', 'Docker Swarm与Kubernetes有何不同？', 'comparison-vs-single-subject'],
    ['comparisons of different pairs', 'Dockerfile中的CMD和ENTRYPOINT指令有什么区别?', 'Dockerfile 中的命令 COPY 和 ADD 命令有什么区别?', 'different-comparison-terms'],
    ['a comparison with a third term', 'Docker 容器和虚拟机的主要区别是什么?', 'Docker与LXC ( Linux Container)有何不同?', 'different-comparison-terms'],
    ['each names a term the other lacks', 'Dockershim是什么', 'containerd-shim是什么', 'different-terms'],
    ['what it is vs how to do it', 'CRI、CNI和CSI是什么', '如何实现CRI、CNI和CSI', 'definition-vs-how'],
    ['a bare subject vs a specific question about it', '1、什么是Harbor', '3、Harbor的构成', 'bare-subject-vs-specific'],
    ['a comparison narrowed to performance', 'Docker 中的 Volume 和 Bind Mount 的区别是什么?', 'Docker 容器的存储卷(Volume)与绑定挂载(Bind Mount)的性能差异', 'narrower-facet'],
    ['a how-to narrowed to security', 'Docker中如何使用环境变量?', 'Docker 中使用环境变量的安全实践', 'narrower-facet'],
    ['isolation narrowed to the network', 'Docker 如何实现容器的网络隔离?', 'Docker 容器的隔离机制是如何工作的', 'narrower-facet'],
  ];
  for (const [behaviour, a, b, reason] of apart) {
    it(behaviour, () => {
      expect(guardAgainst(profile(a), profile(b))).toBe(reason);
      expect(verdict(a, b).duplicate).toBe(false);
    });
  }

  it('lets a question naming both sides match the comparison', () => {
    expect(guardAgainst(profile('Dockerfile中的CMD和ENTRYPOINT指令有什么区别?'), profile('容器的ENTRYPOINT和CMD是什么，什么时候会被覆盖'))).toBeUndefined();
  });
  it('does not read "不同的网络模式" (the various modes) as a comparison', () => {
    expect(profile('Docker网络是如何工作的？请解释不同的网络模式').comparison).toBe(false);
  });
  it('does not read "是怎么工作的" (how it works) as a how-to', () => {
    expect(guardAgainst(profile('聊聊:docker是怎么工作的?'), profile('聊聊:docker的工作原理是什么,讲一下'))).toBeUndefined();
  });
});

describe('pairVerdict', () => {
  it('reads "Docker 和 X" without a difference word as a question about X, not a comparison', () => {
    expect(profile('Docker和Containerd').comparison).toBe(false);
    expect(verdict('Docker和Containerd', 'Containerd').duplicate).toBe(true);
    expect(profile('Docker与LXC ( Linux Container)有何不同?').comparison).toBe(true);
  });
  it('lets a question listing several subjects answer a question about one of them', () => {
    expect(verdict('CRI、CNI和CSI是什么', 'CRI')).toMatchObject({ duplicate: true, reason: 'subject-listed' });
    expect(verdict('CRI、CNI和CSI是什么', '什么是CRI').duplicate).toBe(true);
  });
  it('does not let a listing how-to, relation or compound name answer one of its terms', () => {
    // Answers that share nothing, so only the questions can decide.
    const apartAnswers = (a: string, b: string) =>
      pairVerdict(profile(a, '实现 gRPC 服务与二进制插件'), profile(b, 'kubernetes 推出的运行时接口'), DEFAULT_THRESHOLDS);
    expect(apartAnswers('如何实现CRI、CNI和CSI', 'CRI').duplicate).toBe(false);
    expect(apartAnswers('Docker、containerd, containerd-shim和runc之间的关系', 'runc').duplicate).toBe(false);
    expect(apartAnswers('什么是Docker Volume Driver（卷驱动程序）', '什么是Docker Volume（卷）').duplicate).toBe(false);
    expect(apartAnswers('CRI、CNI和CSI是什么', 'CRI')).toMatchObject({ duplicate: true, reason: 'subject-listed' });
  });
  it('accepts the same question in other words on the question alone', () => {
    const result = verdict('聊聊:Docker 与 虚拟机 有何不同?', 'Docker 和 VM 的区别');
    expect(result).toMatchObject({ duplicate: true, reason: 'similar-questions' });
  });
  it('accepts two questions about the same compared terms in any order and wording', () => {
    expect(verdict('Dockerfile中的CMD和ENTRYPOINT指令有什么区别?', '容器的ENTRYPOINT和CMD是什么，什么时候会被覆盖')).toMatchObject({
      duplicate: true,
      reason: 'same-comparison-terms',
    });
    expect(verdict('Docker Swarm与Kubernetes有何不同？', '解释Docker Swarm和Kubernetes在容器编排方面的差异')).toMatchObject({
      duplicate: true,
      reason: 'same-comparison-terms',
    });
  });
  it('reads concept words in any order ("日志管理" / "管理日志") as one subject', () => {
    expect(profile('Docker 中实施日志管理的最佳实践').terms).toEqual(['log']);
    expect(profile('如何在Docker化环境中管理日志').terms).toEqual(['log']);
  });
  it('accepts a borderline pair that asks about the same subject as a whole', () => {
    const result = verdict('Docker Swarm 的主要特性和用途', '什么是Docker Swarm');
    expect(result.duplicate).toBe(true);
  });
  it('rejects dissimilar questions', () => {
    expect(verdict('Docker 容器日志管理的最佳实践', 'Docker 镜像的构建过程')).toMatchObject({
      duplicate: false,
      reason: 'dissimilar-questions',
    });
  });
  it('lets agreeing answers confirm a borderline pair and disagreeing ones reject it', () => {
    const thresholds = { accept: 0.99, borderline: 0.3, answer: 0.5, link: 0.3 };
    const a = '如何在Docker化环境中管理日志';
    const b = '如何使用Docker管理容器日志';
    const sameAnswer = 'docker logs 查看日志, 使用 json-file 或 fluentd 日志驱动集中收集';
    const confirmed = pairVerdict(profile(a, sameAnswer), profile(b, sameAnswer), thresholds);
    expect(confirmed).toMatchObject({ duplicate: true, reason: 'borderline-confirmed-by-answers' });
    const rejected = pairVerdict(profile(a, sameAnswer), profile(b, '镜像分层与联合文件系统'), thresholds);
    expect(rejected).toMatchObject({ duplicate: false, reason: 'borderline-answers-differ' });
  });
});
