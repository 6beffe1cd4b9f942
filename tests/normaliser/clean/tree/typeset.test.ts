import { describe, expect, it } from 'vitest';
import { typesetProse, typesetText } from '../../../../scripts/normaliser/clean/tree/typeset.ts';
import { answerOf, contextWith, noteOf } from './fixture.ts';

const typeset = (markdown: string, question = '问题') => typesetProse(noteOf(markdown, { question }), contextWith());

describe('typesetText', () => {
  it.each([
    ['在Docker中,可以通过命令行选项来限制容器的资源使用', '在 Docker 中，可以通过命令行选项来限制容器的资源使用'],
    ['Docker 1.11开始', 'Docker 1.11 开始'],
    ['已经是中文标点，无需改动。', '已经是中文标点，无需改动。'],
  ])('%s', (input, expected) => {
    expect(typesetText(input)).toBe(expected);
  });
});

describe('typesetProse', () => {
  it('typesets prose and questions, one fix per changed node', () => {
    // notes/000_5b68543c95a33826.txt:65 and :1
    const cleaned = typeset('在Docker中,可以通过命令行选项来限制容器的资源使用,包括内存和CPU:', 'Docker 容器和虚拟机的主要区别是什么?');
    expect(answerOf(cleaned)).toBe('在 Docker 中，可以通过命令行选项来限制容器的资源使用，包括内存和 CPU:');
    expect(cleaned.entries[0]!.question).toBe('Docker 容器和虚拟机的主要区别是什么？');
    expect(cleaned.fixes).toHaveLength(2);
    expect(cleaned.fixes.every((fix) => fix.kind === 'typeset')).toBe(true);
  });

  it('spaces the boundary between text and inline code or links', () => {
    expect(answerOf(typeset('使用`docker build`命令'))).toBe('使用 `docker build` 命令');
    expect(answerOf(typeset('`docker save`和`docker load`是Docker用来导出和导入镜像文件的命令'))).toBe(
      '`docker save` 和 `docker load` 是 Docker 用来导出和导入镜像文件的命令',
    );
    expect(answerOf(typeset('详见[Docker](https://docs.docker.com)文档'))).toBe('详见 [Docker](https://docs.docker.com) 文档');
    // CJK next to CJK across the boundary needs no space
    expect(answerOf(typeset('详见[Docker文档](https://docs.docker.com)获取'))).toBe('详见 [Docker 文档](https://docs.docker.com)获取');
    expect(answerOf(typeset('可以使用`$(docker ps -q)`命令'))).toBe('可以使用 `$(docker ps -q)` 命令');
  });

  it('never touches code, inline code or URLs', () => {
    const markdown = '`docker run -p 80:80 nginx,然后`\n\n```shell\necho 中文,English\n```\n\n<https://example.com/a,b中文>';
    const cleaned = typeset(markdown);
    expect(answerOf(cleaned)).toBe(answerOf(noteOf(markdown)));
    expect(cleaned.fixes).toEqual([]);
  });

  it('keeps strong spans intact and typesets around them', () => {
    // notes/001_1aa7ebef2a5e7611.txt:21
    expect(answerOf(typeset('- **Docker Client**：命令行工具，将用户的命令发送给Docker Daemon'))).toBe(
      '- **Docker Client**：命令行工具，将用户的命令发送给 Docker Daemon',
    );
  });
});
