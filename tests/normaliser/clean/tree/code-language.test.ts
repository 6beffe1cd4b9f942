import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../scripts/normaliser/clean/tree/code-language.ts';
import { data } from './fixture.ts';

describe('detectLanguage', () => {
  it.each([
    ['graph LR\nA --> B', 'mermaid'],
    ['overlay2/\n├── <layerid1>/      # 镜像层\n│   ├── diff/', 'text'],
    ['task_struct\n ├── nsproxy\n       ├── pid_ns', 'text'],
    ['{"a": [1, 2]}', 'json'],
    ['package main\nfunc main() {}', 'go'],
    ['# Dockerfile示例\nFROM ubuntu:20.04\nRUN apt-get update && apt-get install -y nginx\nCOPY index.html /usr/share/nginx/html', 'dockerfile'],
    ['[Service]\nType=notify\nExecStart=/usr/bin/dockerd', 'ini'],
    ['# 从Docker Hub拉取镜像\ndocker pull nginx:latest\n# 推送镜像到私有仓库\ndocker push my-registry.com/my-image:v1.0', 'shell'],
    ['docker network create \\\n  --driver bridge \\\n  my_net', 'shell'],
    ["version: '3'\nservices:\n  web:\n    image: nginx\n    ports:\n      - \"8080:80\"", 'yaml'],
    ['clone(CLONE_NEWPID | CLONE_NEWNET, ...)', 'text'],
    ['CONTAINER ID   IMAGE   COMMAND\na4f1c9b8abcd   nginx   "/bin/sh"', 'text'],
  ])('%s -> %s', (code, expected) => {
    expect(detectLanguage(code, data.vocabulary)).toBe(expected);
  });

  it('does not call a shell script that runs FROM-less instructions a Dockerfile', () => {
    expect(detectLanguage('docker run -d nginx\ndocker ps', data.vocabulary)).toBe('shell');
  });
});
