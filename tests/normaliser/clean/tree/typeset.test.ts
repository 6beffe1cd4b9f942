import { describe, expect, it } from 'vitest';
import { typesetProse, typesetText } from '../../../../scripts/normaliser/clean/tree/typeset.ts';
import { answerOf, contextWith, data, generatedPage, noteOf } from './fixture.ts';

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

describe('typesetText with the punctuation rules (data/glossary/punctuation.yaml)', () => {
  it.each([
    // notes/004_2bed2df9bb959d8e.txt:200-204: a Latin label before a colon that opens Chinese
    ['Registry:负责储存Docker 镜像', 'Registry：负责储存 Docker 镜像'],
    ['UI (harbor-ui) :提供图形化界面,帮助用户', 'UI (harbor-ui)：提供图形化界面，帮助用户'],
    ['Proxy: Harbor 的Registry、 UI', 'Proxy：Harbor 的 Registry、UI'],
    ['WebHook: 为了及时获取状态', 'WebHook：为了及时获取状态'],
    // colons of code-like text stay
    ['使用 镜像名:tag 命令', '使用 镜像名:tag 命令'],
    ['拉取 nginx:latest 镜像', '拉取 nginx:latest 镜像'],
    ['映射 80:80 端口', '映射 80:80 端口'],
    ['包括内存和CPU:', '包括内存和 CPU:'],
  ])('%s', (input, expected) => {
    expect(typesetText(input, '', '', data.punctuation)).toBe(expected);
  });
});

describe('typesetText around path-like words', () => {
  it('typesets Chinese glued to a path-like word, which autocorrect alone leaves whole', () => {
    // notes/004_2bed2df9bb959d8e.txt:200
    expect(typesetText('处理Docker push/pull命令。由于要对用户进行访问控制,即不同用户对Docker 镜像')).toBe(
      '处理 Docker push/pull 命令。由于要对用户进行访问控制，即不同用户对 Docker 镜像',
    );
    expect(typesetText('比如 /a,上层的 /a 会覆盖下层的 /a,也就是说')).toBe('比如 /a，上层的 /a 会覆盖下层的 /a，也就是说');
  });

  it('leaves the path itself alone', () => {
    expect(typesetText('目录/var/lib/docker/overlay2,里面')).toBe('目录/var/lib/docker/overlay2，里面');
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

  it('typesets punctuation next to inline code by the Chinese it belongs to', () => {
    // notes/004_2bed2df9bb959d8e.txt:920 and the fluentd line of notes/000_5b68543c95a33826.txt
    expect(answerOf(typeset('进入容器有两种方法:`docker attach`、`docker exec`'))).toBe('进入容器有两种方法：`docker attach`、`docker exec`');
    expect(answerOf(typeset('如 `syslog`、`fluentd`,将日志直接发送'))).toBe('如 `syslog`、`fluentd`，将日志直接发送');
    expect(answerOf(typeset('`docker exec`： 在运行中的容器内执行'))).toBe('`docker exec`：在运行中的容器内执行');
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

describe('on the real page /basics/harbor-components/', () => {
  const page = generatedPage('basics/harbor-components');

  it('sets the labels and commas of the points full-width', () => {
    expect(page).toContain('- Registry：负责储存 Docker 镜像，并处理 Docker push/pull 命令。由于要对用户进行访问控制，即不同用户对 Docker 镜像');
    expect(page).toContain('UI (harbor-ui)：提供图形化界面');
    expect(page).not.toMatch(/\\:[\p{Script=Han}]/u);
  });
});
