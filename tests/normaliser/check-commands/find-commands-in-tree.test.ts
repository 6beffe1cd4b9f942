import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkTree, findCommandsInTree } from '../../../scripts/normaliser/check-commands/find-commands-in-tree.ts';

// Until the normaliser's entry trees exist, the notes are parsed whole with the project's markdown stack.
const parseMarkdown = (text: string): Root => unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(text);
const note = (name: string): Root => parseMarkdown(readFileSync(new URL(`../../../notes/${name}`, import.meta.url), 'utf8'));
const brief = (tree: Root): string[] => checkTree(tree).map((found) => `${found.line} ${found.place} ${found.kind} ${found.subject}`);

describe('findCommandsInTree', () => {
  it('finds commands in fenced code (note lines), inline code and clear prose, not in other languages', () => {
    const tree = parseMarkdown('# T\n\n```bash\n# 列出\ndocker ps -a\n```\n\n用 `docker logs web` 查看,或 docker stats web 命令。\n\n```go\ndocker.Run()\n```\n');
    expect(findCommandsInTree(tree).map((found) => [found.line, found.place, found.invocation.text])).toEqual([
      [5, 'code', 'docker ps -a'],
      [8, 'inline-code', 'docker logs web'],
      [8, 'prose', 'docker stats web'],
    ]);
  });

  it('does not read text blocks (terminal output, sessions with output glued on) as commands', () => {
    const tree = parseMarkdown('```text\n[root@host ~]# docker psCONTAINER ID   IMAGE\n[root@host ~]# docker -vDocker version 19.03.6\n```\n\n```shell\ndocker ps\n```\n');
    expect(findCommandsInTree(tree).map((found) => found.invocation.text)).toEqual(['docker ps']);
    expect(checkTree(tree)).toEqual([]);
  });

  it('reads a bare `docker daemon` in inline code as the noun, with arguments as the command', () => {
    const tree = parseMarkdown('用户用这些命令跟 `docker daemon` 交互；旧版用 `docker daemon --debug` 启动。\n');
    expect(brief(tree)).toEqual(['1 inline-code removed daemon']);
    expect(checkTree(tree)[0]?.command).toBe('docker daemon --debug');
  });

  it('leaves docker as a noun in prose alone', () => {
    const tree = parseMarkdown('docker daemon (docker守护进程)\n\ndocker client负责处理, docker for mac等软件, docker image,镜像\n');
    expect(findCommandsInTree(tree)).toEqual([]);
  });
});

describe('checkTree', () => {
  it('checks shell, Dockerfile (tagged and untagged) and compose blocks, and Dockerfile typos in prose', () => {
    const tree = parseMarkdown(
      '```\nFORM alpine\nRUN echo hi\n```\n\n```dockerfile\nFROM alpine\nMAINTAINER me\n```\n\n```yaml\nversion: "3"\nservices:\n  web:\n    image: nginx\n```\n\n```sh\ndocker status web\n```\n\nENTRYOINT 指定启动命令\n',
    );
    expect(brief(tree)).toEqual([
      '2 code unknown-instruction FORM',
      '8 code deprecated MAINTAINER',
      '12 code deprecated version',
      '19 code unknown-command status',
      '22 prose unknown-instruction ENTRYOINT',
    ]);
  });
});

describe('checkTree on the real notes', () => {
  it('note 000 (plain-text Q&A with commands in prose) raises nothing', () => {
    expect(findCommandsInTree(note('000_5b68543c95a33826.txt')).length).toBeGreaterThan(10);
    expect(brief(note('000_5b68543c95a33826.txt'))).toEqual([]);
  });

  it('note 001: docker status, docker scan, docker-compose v1 and the compose version key', () => {
    expect(brief(note('001_1aa7ebef2a5e7611.txt'))).toEqual([
      '246 code unknown-command status',
      '736 inline-code removed docker-compose',
      '749 code deprecated version',
      '944 code removed scan',
      '1141 inline-code removed docker-compose',
    ]);
  });

  it('note 001: its long commands are valid (continuations, $(...), -f templates, --mount)', () => {
    const tree = note('001_1aa7ebef2a5e7611.txt');
    const texts = findCommandsInTree(tree).map((found) => found.invocation.text);
    expect(texts).toContain('docker rm $(…)');
    expect(texts).toContain('docker ps -aq');
    expect(texts.some((text) => text.startsWith('docker network create --driver bridge'))).toBe(true);
    expect(texts).toContain('docker inspect -f "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}" <container_id_or_name>');
    const flagged = new Set(checkTree(tree).map((found) => found.command));
    for (const text of texts.filter((text) => !/status|scan|docker-compose/.test(text))) expect(flagged.has(text), text).toBe(false);
  });

  it('note 002: docker volume backup/restore, in both places, and nothing else', () => {
    expect(brief(note('002_aedd61c9581865ac.txt'))).toEqual([
      '147 code unknown-command volume backup',
      '151 code unknown-command volume restore',
      '177 code unknown-command volume backup',
      '179 code unknown-command volume restore',
    ]);
  });

  it('note 003 raises nothing', () => {
    expect(brief(note('003_82f1fe5292e77d6c.txt'))).toEqual([]);
  });

  it('note 004: the known-bad commands in the scraped page are found', () => {
    const findings = brief(note('004_2bed2df9bb959d8e.txt'));
    expect(findings).toEqual(
      expect.arrayContaining([
        '214 prose removed docker-compose',
        '524 prose removed -d',
        '624 prose removed daemon',
        '882 prose unknown-flag –rm',
        '885 prose invalid-value danging=true',
        '918 prose unknown-instruction ENTRYOINT',
      ]),
    );
    // Its valid commands, also pasted with prompts and pipes, raise nothing.
    const valid = ['docker save f29ece87a195 -o /home/rancher-agent.tar', 'docker run -d -P --name nginx2 -v /home/nginx:/usr/share/nginx/html nginx', 'docker ps -a', 'docker exec -it determined_curie ps -ef'];
    const commands = findCommandsInTree(note('004_2bed2df9bb959d8e.txt')).map((found) => found.invocation.text);
    const flagged = new Set(checkTree(note('004_2bed2df9bb959d8e.txt')).map((found) => found.command));
    for (const text of valid) {
      expect(commands, text).toContain(text);
      expect(flagged.has(text), text).toBe(false);
    }
  });
});
