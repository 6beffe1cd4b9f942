import { describe, expect, it } from 'vitest';
import { scoreTopics } from '../../../scripts/normaliser/classify/score-topics.ts';
import { parseTopicTables } from '../../../scripts/normaliser/classify/topic-tables.ts';

const score = (question: string, answer = '', sections: string[] = []) => scoreTopics({ question, answer, sections });

describe('scoreTopics with data/topics.yaml', () => {
  const cases: [string, string][] = [
    ['Docker 容器和虚拟机的主要区别是什么?', 'basics'],
    ['Dockerfile中的CMD和ENTRYPOINT指令有什么区别?', 'dockerfile'],
    ['Docker 容器的网络故障排查步骤', 'networking'],
    ['Docker 中的 Volume 和 Bind Mount 的区别是什么?', 'storage'],
    ['Cgroups', 'internals'],
    ['Docker 容器的安全扫描和漏洞管理', 'security'],
    ['解释Docker Swarm和Kubernetes在容器编排方面的差异', 'orchestration'],
  ];
  for (const [question, topic] of cases) {
    it(`files "${question}" under ${topic}`, () => expect(score(question).topic).toBe(topic));
  }

  it('weighs the question above the answer', () => {
    const result = score('Docker Compose的用途是什么', 'volume volume 数据卷 tmpfs bind mount');
    expect(result.topic).toBe('orchestration');
  });

  it('matches ignoring case, width and spaces next to Chinese', () => {
    expect(score('ＤＯＣＫＥＲ 简介').scores.basics).toBe(score('docker简介').scores.basics);
    expect(score('docker简介').scores.basics).toBeGreaterThan(0);
  });

  it('matches Latin keywords as whole words only', () => {
    // `add` (dockerfile) must not match inside `address`.
    expect(score('ip address').scores.dockerfile).toBe(0);
  });

  it('falls back to basics and flags a close call when nothing matches', () => {
    expect(score('一个没有线索的问题')).toMatchObject({ topic: 'basics', closeCall: true, margin: 0, pinned: false });
  });
});

describe('scoreTopics with its own tables', () => {
  const tables = parseTopicTables(`
questionWeight: 3
sectionWeight: 1
answerWeight: 1
fallback: basics
minimumScore: 1
closeCall: { margin: 2, ratio: 0.25 }
topics:
  basics: { question: { 命令: 1 } }
  dockerfile: { question: { 构建: 2 } }
  networking: { question: { 网络: 2 }, answer: { bridge: 1 } }
  storage: { question: {} }
  internals: { question: {} }
  security: { question: {} }
  orchestration: { question: {} }
`);

  it('adds question, section and answer evidence with their weights', () => {
    const result = scoreTopics({ question: '网络命令', sections: ['网络'], answer: 'bridge 模式' }, tables);
    expect(result.scores).toMatchObject({ networking: 3 * 2 + 1 * 2 + 1 * 1, basics: 3 * 1 });
    expect(result).toMatchObject({ topic: 'networking', margin: 9 - 3, closeCall: false });
  });

  it('flags a close call when the runner-up is within the margin or the ratio', () => {
    // networking 3×2 = 6, basics 3×1 = 3 + answer 0: margin 3 ≥ 2 and 3 ≥ 0.25×6: not close.
    expect(scoreTopics({ question: '网络命令', sections: [], answer: '' }, tables).closeCall).toBe(false);
    // networking 6 vs dockerfile 3×2 = 6: margin 0.
    expect(scoreTopics({ question: '网络构建', sections: [], answer: '' }, tables)).toMatchObject({ margin: 0, closeCall: true });
    // networking 6 + 1 (answer) = 7 vs dockerfile 6: margin 1 < 2.
    expect(scoreTopics({ question: '网络构建', sections: [], answer: 'bridge' }, tables)).toMatchObject({ topic: 'networking', margin: 1, closeCall: true });
  });

  it('sends a winner below minimumScore to the fallback', () => {
    const lowTables = { ...tables, answerWeight: 0.5 };
    expect(scoreTopics({ question: '无关', sections: [], answer: 'bridge' }, lowTables).topic).toBe('basics');
  });

  it('rejects a table that misses a topic', () => {
    expect(() => parseTopicTables('questionWeight: 1\nsectionWeight: 1\nanswerWeight: 1\nfallback: basics\nminimumScore: 1\ncloseCall: { margin: 1, ratio: 0 }\ntopics: { basics: { question: {} } }\n')).toThrow();
  });
});
