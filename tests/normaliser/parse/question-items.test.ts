/**
 * The question-item recogniser's rules, one case per behaviour, on hand-written texts.
 */
import { describe, expect, it } from 'vitest';
import {
  answerCue,
  canBeQuestionTitle,
  embeddedQuestion,
  inlineAnswerStart,
  isQuestionText,
  questionCue,
  sectionTitle,
  stripItemMarkers,
  withoutWikiLinks,
} from '../../../scripts/normaliser/parse/question-items.ts';
import { parsePlainTextCues, PLAIN_TEXT_CUES } from '../../../scripts/normaliser/parse/plain-text-cues.ts';

describe('questionCue', () => {
  it.each([
    ['问：什么是镜像？', '问：', '什么是镜像？'],
    ['问题 3：容器怎么重启？', '问题 3：', '容器怎么重启？'],
    ['Q: What is a layer?', 'Q:', 'What is a layer?'],
    ['Q1. 什么是镜像？', 'Q1.', '什么是镜像？'],
    ['Q12、如何瘦身镜像', 'Q12、', '如何瘦身镜像'],
    ['Question 2: How do volumes work?', 'Question 2:', 'How do volumes work?'],
    ['第 4 题：什么是 Compose？', '第 4 题：', '什么是 Compose？'],
    ['**问：** 容器和镜像的关系？', '**问：**', '容器和镜像的关系？'],
    ['聊聊:Docker 安全么?', '聊聊:', 'Docker 安全么?'],
  ])('reads the cue of %s', (text, cue, rest) => {
    expect(questionCue(text)).toMatchObject({ cue, rest });
  });

  it.each([['问题是镜像太大。'], ['Q&A 环节'], ['Quick start'], ['问：'], ['Docker 问答']])('finds no question cue in %s', (text) => {
    expect(questionCue(text)).toBeUndefined();
  });
});

describe('answerCue', () => {
  it.each([
    ['答：镜像是只读模板。', '答：', '镜像是只读模板。'],
    ['答:使用 docker rm', '答:', '使用 docker rm'],
    ['回答：用 docker ps。', '回答：', '用 docker ps。'],
    ['A: A container is a process.', 'A:', 'A container is a process.'],
    ['Answer: use a named volume.', 'Answer:', 'use a named volume.'],
    ['**答：** 不推荐。', '**答：**', '不推荐。'],
    ['【答】两者都能复制文件。', '【答】', '两者都能复制文件。'],
    ['答：', '答：', ''],
  ])('reads the cue of %s', (text, cue, rest) => {
    expect(answerCue(text)).toMatchObject({ cue, rest });
  });

  it.each([['Alpine 镜像很小'], ['答案在下面的表格里'], ['Apache 的配置']])('finds no answer cue in %s', (text) => {
    expect(answerCue(text)).toBeUndefined();
  });
});

describe('stripItemMarkers', () => {
  it.each([
    ['**1. 什么是 Docker？**', '什么是 Docker？'],
    ['Q3: How do I list images?', 'How do I list images?'],
    ['### 2、镜像分层', '镜像分层'],
    ['（3）容器的生命周期', '容器的生命周期'],
    ['[[容器]]和[[镜像|镜像]]的关系', '容器和镜像的关系'],
  ])('%s -> %s', (text, stripped) => {
    expect(stripItemMarkers(text)).toBe(stripped);
  });
});

describe('isQuestionText', () => {
  it.each([
    ['**Docker 和虚拟机有什么区别？**'],
    ['1. docker run 和 docker start 有什么不同？'],
    ['What is a volume'],
    ['Explain the build cache'],
    ['问：容器的生命周期'],
  ])('%s asks', (text) => {
    expect(isQuestionText(text)).toBe(true);
  });

  it.each([
    ['docker ps -a'],
    ['容器和虚拟机的区别'],
    ['What follows is a list.'],
    ['镜像是只读的模板，容器是镜像运行起来的实例，所以一个镜像可以启动很多个容器，而且每个容器都有自己独立的可写层，这就是为什么删除容器不会影响镜像本身，对吗？你可以自己试一下这个例子看看结果是不是这样的呢？'],
  ])('%s does not ask on its own', (text) => {
    expect(isQuestionText(text)).toBe(false);
  });
});

describe('canBeQuestionTitle', () => {
  it('accepts a noun phrase or a question, refuses statements, commands and answers', () => {
    expect(canBeQuestionTitle('2. 容器和虚拟机的区别')).toBe(true);
    expect(canBeQuestionTitle('4. docker run 和 docker start 有什么不同？')).toBe(true);
    expect(canBeQuestionTitle('所以容器启动以秒计。')).toBe(false);
    expect(canBeQuestionTitle('docker ps -a')).toBe(false);
    expect(canBeQuestionTitle('答：镜像是只读的')).toBe(false);
  });
});

describe('sectionTitle', () => {
  it.each([
    ['二、网络篇', '二、网络篇'],
    ['第二部分 网络', '第二部分 网络'],
    ['第3章：存储', '第3章：存储'],
    ['Part 2: Storage', 'Part 2: Storage'],
    ['【存储】', '【存储】'],
    ['**一、基础篇**', '一、基础篇'],
  ])('%s names a section', (text, title) => {
    expect(sectionTitle(text)).toBe(title);
  });

  it.each([['一、什么是镜像？'], ['一、安装完成后执行 docker info 可以看到当前的存储驱动和镜像目录。'], ['基础篇'], ['1. 基础']])('%s is no section line', (text) => {
    expect(sectionTitle(text)).toBeUndefined();
  });
});

describe('embeddedQuestion', () => {
  it('finds a numbered question after a sentence inside a line, with text after it', () => {
    const text = 'COPY 的 SRC 只能是本地文件,其他用法一致。 8. 解释一下 Dockerfile 的 ONBUILD 指令? 当镜像用作基础时触发。';
    const found = embeddedQuestion(text)!;
    expect(text.slice(found.start, found.end)).toBe('8. 解释一下 Dockerfile 的 ONBUILD 指令?');
  });

  it('finds nothing at the start of a line, after a comma, or without text after the question', () => {
    expect(embeddedQuestion('8. 解释一下 ONBUILD 指令? 当镜像用作基础时触发。')).toBeUndefined();
    expect(embeddedQuestion('端口有两种写法, 1. 什么是 -p? 就是映射。')).toBeUndefined();
    expect(embeddedQuestion('用法一致。 8. 解释一下 ONBUILD 指令?')).toBeUndefined();
  });
});

describe('inlineAnswerStart', () => {
  it('finds the answer cue right after the question mark', () => {
    const text = '问：什么是悬空镜像？ 答：没有标签的镜像。';
    expect(text.slice(inlineAnswerStart(text))).toBe('答：没有标签的镜像。');
    expect(inlineAnswerStart('问：什么是悬空镜像？它没有标签。')).toBeUndefined();
  });
});

describe('withoutWikiLinks', () => {
  it('keeps the alias, or the page without its heading anchor', () => {
    expect(withoutWikiLinks('见 [[Docker 网络|网络]] 与 [[容器#生命周期]]')).toBe('见 网络 与 容器');
  });
});

describe('data/plain-text-cues.json', () => {
  it('is valid, and a broken copy fails naming the key', () => {
    expect(PLAIN_TEXT_CUES.answerCueWords).toContain('答');
    expect(() => parsePlainTextCues({ ...PLAIN_TEXT_CUES, sectionPatterns: ['(unclosed'] })).toThrow(/plain-text-cues\.json: sectionPatterns\.0: not a valid regular expression/);
  });
});
