import { describe, expect, it } from 'vitest';
import { markInlineCode, segment } from '../../../../scripts/normaliser/clean/tree/inline-code.ts';
import { answerOf, contextWith, noteOf } from './fixture.ts';

const mark = (markdown: string) => markInlineCode(noteOf(markdown), contextWith());

describe('segment', () => {
  it('splits a token into known names, longest first', () => {
    expect(segment('-m--memory', new Set(['-m', '--memory', '--memory-swap']))).toEqual(['-m', '--memory']);
    expect(segment('--memory-swap', new Set(['--memory', '--memory-swap']))).toEqual(['--memory-swap']);
    expect(segment('--memoryx', new Set(['--memory']))).toBeUndefined();
  });
});

describe('markInlineCode', () => {
  it.each([
    // notes/000_5b68543c95a33826.txt:67
    ['使用 -m--memory 标志来限制', '使用 `-m` 或 `--memory` 标志来限制'],
    // notes/000_5b68543c95a33826.txt:75
    ['使用 --memory-reservation--cpu-period--cpu-quota 来设置', '使用 `--memory-reservation`、`--cpu-period`、`--cpu-quota` 来设置'],
    // notes/000_5b68543c95a33826.txt:425
    ['使用 --device-read-bps--device-write-bps 设置', '使用 `--device-read-bps` 和 `--device-write-bps` 设置'],
    // notes/000_5b68543c95a33826.txt:201, :327
    ['使用 docker run 命令的 -e--env 选项', '使用 `docker run` 命令的 `-e` 或 `--env` 选项'],
    // notes/000_5b68543c95a33826.txt:151
    ['这是 docker createdocker start 的组合。', '这是 `docker create` 和 `docker start` 的组合。'],
    // notes/000_5b68543c95a33826.txt:713
    ['配置 Docker 日志驱动,如 syslogfluentd,将日志', '配置 Docker 日志驱动,如 syslog、fluentd,将日志'],
    // notes/000_5b68543c95a33826.txt:577
    ['使用Docker提供的网络诊断命令,如 docker network inspect,来查看', '使用Docker提供的网络诊断命令,如 `docker network inspect`,来查看'],
    // notes/004_2bed2df9bb959d8e.txt:863
    ['2、使用 exec 命令,例如docker exec -i -t 784fd3b294d7 /bin/bash', '2、使用 exec 命令,例如`docker exec -i -t 784fd3b294d7 /bin/bash`'],
    // notes/004_2bed2df9bb959d8e.txt:1066: a Chinese placeholder argument (镜像名:tag) is not code,
    // so the command and its flag are marked on their own
    ['使用docker build -t 镜像名:tag . 命令来构建镜像', '使用`docker build` `-t` 镜像名:tag . 命令来构建镜像'],
    ['使用 --cpus 参数', '使用 `--cpus` 参数'],
  ])('%s', (input, expected) => {
    expect(answerOf(mark(input))).toBe(expected);
  });

  it.each([
    ['Docker 是一个开源的应用容器引擎'],
    ['符合行业标准，如PCI-DSS或HIPAA'],
    ['使用 --no-such-flag 参数'],
    ['日志驱动如 json-file 与 syslog'],
    ['`docker run -m--memory`'],
    ['```shell\ndocker createdocker start\n```'],
  ])('leaves %s alone', (input) => {
    const cleaned = mark(input);
    expect(answerOf(cleaned)).toBe(input);
    expect(cleaned.fixes).toEqual([]);
  });

  it('records one fix per change, with the line', () => {
    const cleaned = mark('第一行\n\n使用 -m--memory 和 --cpus');
    expect(cleaned.fixes.map((fix) => [fix.kind, fix.line, fix.detail])).toEqual([
      ['inline-code', 3, '-m--memory -> -m / --memory'],
      ['inline-code', 3, '--cpus -> `--cpus`'],
    ]);
  });
});
