/**
 * The recogniser on plain-text lines: which lines ask, which answer, which group; cut lines.
 */
import { describe, expect, it } from 'vitest';
import { recogniseQuestionLines, withQuestionItems } from '../../../scripts/normaliser/parse/question-lines.ts';
import { toSourceLines } from '../../../scripts/normaliser/parse/source-lines.ts';

const lines = (...texts: string[]) => toSourceLines(texts.join('\n'));

describe('recogniseQuestionLines', () => {
  it('reads a line an answer cue follows as a question, even without a question mark', () => {
    const found = recogniseQuestionLines(lines('2. 容器和虚拟机的区别', '答：容器共享内核。', '所以启动更快。'));
    expect(found.questions.map((line) => line.line)).toEqual([1]);
    expect([...found.answers].map((line) => line.line)).toEqual([2]);
  });

  it('reads cued questions, with or without a number', () => {
    const found = recogniseQuestionLines(lines('问：什么是镜像？', '镜像是模板。', '', 'Q2. 如何瘦身镜像', '用多阶段构建。'));
    expect(found.questions.map((line) => line.text)).toEqual(['问：什么是镜像？', 'Q2. 如何瘦身镜像']);
  });

  it('never reads a statement, a command or an answer before an answer cue as a question', () => {
    const found = recogniseQuestionLines(lines('下面是常见问题的解答。', '答：第一题。', 'docker ps -a', 'A: lists containers'));
    expect(found.questions).toEqual([]);
  });

  it('cuts a question embedded in another answer\'s line into its own piece, with its column', () => {
    const text = 'COPY 只能复制本地文件。 8. 解释一下 ONBUILD 指令? 当镜像用作基础时触发。';
    const found = recogniseQuestionLines(lines(text));
    expect(found.lines.map((line) => [line.line, line.column, line.text])).toEqual([
      [1, undefined, 'COPY 只能复制本地文件。'],
      [1, text.indexOf('8.') + 1, '8. 解释一下 ONBUILD 指令?'],
      [1, text.indexOf('当') + 1, '当镜像用作基础时触发。'],
    ]);
    expect(found.questions.map((line) => line.text)).toEqual(['8. 解释一下 ONBUILD 指令?']);
  });

  it('cuts an answer written on its question\'s line into a piece of its own', () => {
    const found = recogniseQuestionLines(lines('问：什么是悬空镜像？ 答：没有标签的镜像。'));
    expect(found.lines.map((line) => line.text)).toEqual(['问：什么是悬空镜像？', '答：没有标签的镜像。']);
    expect(found.questions.map((line) => line.text)).toEqual(['问：什么是悬空镜像？']);
    expect([...found.answers].map((line) => line.text)).toEqual(['答：没有标签的镜像。']);
  });
});

describe('numbered sibling questions', () => {
  it('reads （N） items between sibling questions as questions, with or without a question mark', () => {
    const found = recogniseQuestionLines(
      lines(
        '【基础】',
        '（1）什么是镜像？', '答：只读模板。', '',
        '（2）镜像和容器有什么关系？', '容器是镜像运行起来的实例。', '',
        '（3）docker stop 和 docker kill 的区别', 'stop 先发 SIGTERM。', '',
        '（4）什么是数据卷？', '答：宿主机上的目录。',
      ),
    );
    expect(found.questions.map((line) => line.line)).toEqual([2, 5, 8, 11]);
  });

  it('never reads a numbered step of an answer, or a lone numbered line, as a question', () => {
    // Steps inside an answer do not open a block; a lone numbered question has no sibling question.
    const inAnswer = recogniseQuestionLines(lines('（1）如何备份数据卷？', '答：分两步：', '1. 停止容器吗？', '2. 打包目录'));
    expect(inAnswer.questions.map((line) => line.line)).toEqual([1]);
    const lone = recogniseQuestionLines(lines('说明如下。', '', '（1）这一步可以跳过吗？', '可以。'));
    expect(lone.questions).toEqual([]);
  });
});

describe('withQuestionItems', () => {
  it('adds section lines that a question follows, and keeps the adapter\'s own headings', () => {
    const note = lines('一、基础篇', '', '1. 镜像和容器是什么关系？', '答：模板和实例。', '', 'Docker 的优点', '轻量。', '', '二、网络篇', '一段没有问题的文字。');
    const own = [note[5]!];
    const { headings } = withQuestionItems(note, own);
    expect(headings.map((heading) => [heading.line.line, heading.kind ?? 'question', heading.title, heading.question])).toEqual([
      [1, 'section', '一、基础篇', undefined],
      [3, 'question', '1. 镜像和容器是什么关系？', '1. 镜像和容器是什么关系？'],
      [6, 'question', 'Docker 的优点', undefined],
    ]);
  });

  it('drops an adapter heading that is an answer line, and takes the cue off a recognised question', () => {
    const note = lines('Q1: 什么是 Compose？', '答：编排工具。');
    const { headings } = withQuestionItems(note, [note[1]!]);
    expect(headings.map((heading) => [heading.line.line, heading.question])).toEqual([[1, '什么是 Compose？']]);
  });
});
