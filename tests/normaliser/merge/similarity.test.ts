import { describe, expect, it } from 'vitest';
import {
  featureSimilarity,
  normaliseQuestion,
  questionSimilarity,
  textFeatures,
} from '../../../scripts/normaliser/merge/similarity.ts';
import { parseSynonymTables } from '../../../scripts/normaliser/merge/synonyms.ts';

describe('normaliseQuestion', () => {
  const cases: [string, string, string][] = [
    ['drops prompts, fillers and the docker qualifier; maps synonyms', '聊聊:Docker 与 虚拟机 有何不同?', 'vm 区别'],
    ['maps English and Chinese spellings to one form', 'Docker与虚拟机(Virtual Machines)有何不同', 'vm 区别'],
    ['keeps docker when it is the whole question', '什么是Docker?', 'docker'],
    ['full-width punctuation and letters', '什么是Ｄｏｃｋｅｒ　Ｖｏｌｕｍｅ（卷）', 'volume'],
    ['Latin synonyms match whole words only', 'KVM 和 VM', 'kvm vm'],
    ['separators inside a Latin synonym do not matter', 'Bind-Mount 与 bind mount', 'bindmount'],
    ['keeps intent words that tell how from what; concept words become one token', 'Docker中如何使用环境变量?', '如何 使用 env'],
    ['keeps dockerfile: the qualifier is a whole word', 'Dockerfile中的CMD和ENTRYPOINT指令有什么区别?', 'dockerfile cmd entrypoint 命令 区别'],
    ['reads both ways into a container as the subject of entering one', 'docker exec 与 docker attach 的作用', 'enter 作用'],
    ['asks the same when it says 进入容器', '进入容器的方法有哪些？', 'enter 如何'],
    ['keeps one of a subject\'s members as itself', '`docker run`和`docker exec` 有什么区别', 'run exec 区别'],
    ['reads the wordings of keeping data as one subject', 'Docker 容器与宿主机的文件系统交互', 'container persistence'],
    ['reads network plugins as network modes', '常用网络插件的原理和使用', 'network 模式 原理 使用'],
  ];
  for (const [behaviour, input, expected] of cases) {
    it(behaviour, () => expect(normaliseQuestion(input)).toBe(expected));
  }

  it('uses the tables it is given', () => {
    const tables = parseSynonymTables('synonyms: { vm: [虚机] }\nfillers: [请问]\nqualifiers: []\n');
    expect(normaliseQuestion('请问 Docker 和虚机', tables)).toBe('docker 和 vm');
  });

  it('replaces a subject\'s members by the subject only when every member is named', () => {
    const tables = parseSynonymTables('synonyms: {}\nfillers: [和]\nqualifiers: []\nsubjects: { saveload: [save, load] }\n');
    expect(normaliseQuestion('load 和 save 命令', tables)).toBe('saveload 命令');
    expect(normaliseQuestion('save 命令', tables)).toBe('save 命令');
  });
});

describe('textFeatures', () => {
  it('cuts Han runs into bigrams and trigrams and keeps Latin words whole', () => {
    expect(textFeatures('vm 镜像层')).toEqual(['h:像层', 'h:镜像', 'h:镜像层', 'w:vm']);
  });
  it('keeps a one-character Han run whole', () => {
    expect(textFeatures('卷')).toEqual(['h:卷']);
  });
});

describe('featureSimilarity', () => {
  it('is 1 for equal sets and 0 for disjoint ones', () => {
    expect(featureSimilarity(['h:ab', 'w:x'], ['w:x', 'h:ab'])).toBe(1);
    expect(featureSimilarity(['h:ab'], ['h:cd'])).toBe(0);
  });
  it('weighs a Latin word twice a character n-gram', () => {
    // shared w:x (2) of total 2+1 on each side: 2*2 / 6
    expect(featureSimilarity(['w:x', 'h:ab'], ['w:x', 'h:cd'])).toBeCloseTo(4 / 6);
  });
});

describe('questionSimilarity', () => {
  it('is 1 for the same question written twice with different punctuation', () => {
    expect(questionSimilarity('本地的镜像文件都存放在哪里?', '本地的镜像文件都存放在哪里')).toBe(1);
  });
  it('is 1 for the same question in other words', () => {
    expect(questionSimilarity('Docker与虚拟机有何不同?', 'Docker 和 VM 的区别')).toBe(1);
  });
  it('scores paraphrases above unrelated questions', () => {
    const paraphrase = questionSimilarity('Docker 容器日志管理的最佳实践', 'Docker 中实施日志管理的最佳实践');
    const unrelated = questionSimilarity('Docker 容器日志管理的最佳实践', 'Docker Swarm 中的服务和任务概念');
    expect(paraphrase).toBeGreaterThan(0.7);
    expect(unrelated).toBeLessThan(0.2);
  });
  it('tells two different instruction pairs apart', () => {
    expect(
      questionSimilarity('Dockerfile 中的命令 COPY 和 ADD 命令有什么区别?', 'Dockerfile中的CMD和ENTRYPOINT指令有什么区别?'),
    ).toBeLessThan(0.6);
  });
  it('is symmetric', () => {
    const a = '什么是Docker Swarm';
    const b = 'Docker Swarm 的主要特性和用途';
    expect(questionSimilarity(a, b)).toBe(questionSimilarity(b, a));
  });
});
