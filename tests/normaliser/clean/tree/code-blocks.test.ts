import { describe, expect, it } from 'vitest';
import { restoreCodeBlocks } from '../../../../scripts/normaliser/clean/tree/code-blocks.ts';
import { isCommandLine, splitGluedCommands } from '../../../../scripts/normaliser/clean/tree/shell-lines.ts';
import { restoreSystemdUnit } from '../../../../scripts/normaliser/clean/tree/config-files.ts';
import { answerOf, contextWith, data, noteOf, plainNoteOf } from './fixture.ts';

const clean = (lines: string[]) => restoreCodeBlocks(plainNoteOf(lines), contextWith());
const fence = (lang: string, body: string) => '```' + lang + '\n' + body + '\n```';

describe('isCommandLine', () => {
  it.each([
    ['docker ps', true],
    ['systemctl status docker', true],
    ['docker save 镜像id -o /home/mysql.tar', true],
    ['docker volume create [卷名]', true],
    ['systemctl daemon-reload #重载unit配置文件', true],
    ['# docker ps', true],
    ['[root@localhost ~]# docker ps --format "{{.Names}}"', true],
    ['docker cp 命令用于容器与主机之间的数据拷贝', false],
    ['docker attach 命令', false],
    ['Docker 是一个开源的应用容器引擎', false],
    ['/usr/bin/docker', false],
    ['top 命令可以查看进程，很常用', false],
  ])('%s -> %s', (line, expected) => {
    expect(isCommandLine(line, data.vocabulary)).toBe(expected);
  });
});

describe('splitGluedCommands', () => {
  it.each([
    ['docker save 镜像id -o /home/mysql.tardocker save 镜像id > /home/mysql.tar', ['docker save 镜像id -o /home/mysql.tar', 'docker save 镜像id > /home/mysql.tar']],
    ['docker rm $(docker ps -aq)', ['docker rm $(docker ps -aq)']],
    ['sudo docker rmi $(sudo docker images -q)', ['sudo docker rmi $(sudo docker images -q)']],
    ['docker exec -it determined_curie  ps -ef', ['docker exec -it determined_curie  ps -ef']],
    ['docker exec -d  centos6-2 pstree -p  docker exec -d  centos6-2 ps -auxf', ['docker exec -d  centos6-2 pstree -p', 'docker exec -d  centos6-2 ps -auxf']],
    ['pidof dockerd   #查看docker守护进程pidlsof -p 3197 | wc -l #docker守护进程打开的文件数', ['pidof dockerd   #查看docker守护进程pid', 'lsof -p 3197 | wc -l #docker守护进程打开的文件数']],
  ])('%s', (line, expected) => {
    expect(splitGluedCommands(line, data.vocabulary)).toEqual(expected);
  });
});

describe('restoreCodeBlocks: command paragraphs', () => {
  it('joins consecutive command paragraphs into one shell block', () => {
    // notes/004_2bed2df9bb959d8e.txt:110-116
    const cleaned = clean(['5、启动', 'chmod +x /etc/systemd/system/docker.service #添加文件权限并启动docker', 'systemctl daemon-reload #重载unit配置文件', '6、验证']);
    expect(answerOf(cleaned)).toBe(
      ['5、启动', fence('shell', 'chmod +x /etc/systemd/system/docker.service #添加文件权限并启动docker\nsystemctl daemon-reload #重载unit配置文件'), '6、验证'].join('\n\n'),
    );
    expect(cleaned.fixes).toEqual([expect.objectContaining({ kind: 'code', line: 2 })]);
  });

  it('splits a paragraph into prose and a command where a line is a command', () => {
    // notes/004_2bed2df9bb959d8e.txt:855-856 "1、如何列出可运行的容器?" / "docker ps"
    expect(answerOf(clean(['1、如何列出可运行的容器?\ndocker ps']))).toBe(['1、如何列出可运行的容器?', fence('shell', 'docker ps')].join('\n\n'));
  });

  it('leaves prose that mentions a command alone', () => {
    // notes/004_2bed2df9bb959d8e.txt:866
    const cleaned = clean(['docker cp 命令用于容器与主机之间的数据拷贝']);
    expect(answerOf(cleaned)).toBe('docker cp 命令用于容器与主机之间的数据拷贝');
    expect(cleaned.fixes).toEqual([]);
  });

  it('leaves paragraphs with inline markup alone', () => {
    const note = noteOf('docker ps `-a` 查看所有容器');
    expect(answerOf(restoreCodeBlocks(note, contextWith()))).toBe('docker ps `-a` 查看所有容器');
  });

  it('splits commands glued after comments', () => {
    // notes/004_2bed2df9bb959d8e.txt:143
    const cleaned = clean([
      'chmod +x /etc/systemd/system/docker.service  #添加文件权限并启动docker systemctl daemon-reload               #重载unit配置文件systemctl start docker     #启动Dockersystemctl restart docker     #重新启动Dockersystemctl enable docker.service       #设置开机自启',
    ]);
    expect(answerOf(cleaned)).toBe(
      fence(
        'shell',
        [
          'chmod +x /etc/systemd/system/docker.service  #添加文件权限并启动docker',
          'systemctl daemon-reload               #重载unit配置文件',
          'systemctl start docker     #启动Docker',
          'systemctl restart docker     #重新启动Docker',
          'systemctl enable docker.service       #设置开机自启',
        ].join('\n'),
      ),
    );
  });
});

describe('restoreCodeBlocks: collapsed sessions', () => {
  it('splits a session at its prompts, and keeps glued output in a text block (terminal-output.ts restores it)', () => {
    // notes/004_2bed2df9bb959d8e.txt:118
    const cleaned = clean([
      '[root@localhost ~]# vi /etc/systemd/system/docker.service[root@localhost ~]# systemctl daemon-reload[root@localhost ~]# systemctl enable docker.serviceCreated symlink from /etc/systemd/system/multi-user.target.wants/docker.service to /etc/systemd/system/docker.service.',
    ]);
    expect(answerOf(cleaned)).toBe(
      [
        fence('shell', '[root@localhost ~]# vi /etc/systemd/system/docker.service\n[root@localhost ~]# systemctl daemon-reload'),
        fence('text', '[root@localhost ~]# systemctl enable docker.serviceCreated symlink from /etc/systemd/system/multi-user.target.wants/docker.service to /etc/systemd/system/docker.service.'),
      ].join('\n\n'),
    );
    expect(cleaned.messages).toEqual([]);
  });

  it('never drops terminal output it cannot restore', () => {
    // notes/004_2bed2df9bb959d8e.txt:156 (shortened)
    const line = '[root@localhost ~]# docker infoClient: Debug Mode: falseServer: Containers: 14  Running: 7  Paused: 0  Stopped: 7 Images: 19';
    const cleaned = clean([line]);
    expect(answerOf(cleaned)).toBe(fence('text', line));
  });

  it('puts JSON output glued after cat on its own lines', () => {
    // notes/004_2bed2df9bb959d8e.txt:148
    const cleaned = clean(['[root@localhost ~]# cat /etc/docker/daemon.json{  "registry-mirrors": ["https://a.example.com"],  "insecure-registries": ["hub.example.com"]}']);
    expect(answerOf(cleaned)).toBe(
      fence(
        'shell',
        '[root@localhost ~]# cat /etc/docker/daemon.json\n{\n  "registry-mirrors": [\n    "https://a.example.com"\n  ],\n  "insecure-registries": [\n    "hub.example.com"\n  ]\n}',
      ),
    );
  });
});

describe('restoreCodeBlocks: config files', () => {
  it('restores a heredoc with a JSON body and keeps the prose before it', () => {
    // notes/004_2bed2df9bb959d8e.txt:69
    const cleaned = clean(['配置私有仓库cat>/etc/docker/daemon.json<<EOF{  "registry-mirrors":["http://10.24.2.30:5000"]}EOF']);
    expect(answerOf(cleaned)).toBe(
      ['配置私有仓库', fence('shell', 'cat>/etc/docker/daemon.json<<EOF\n{\n  "registry-mirrors": [\n    "http://10.24.2.30:5000"\n  ]\n}\nEOF')].join('\n\n'),
    );
  });

  it('pretty-prints a JSON paragraph', () => {
    // notes/004_2bed2df9bb959d8e.txt:137
    expect(answerOf(clean(['{  "registry-mirrors": ["https://registry.docker-cn.com"]} ']))).toBe(
      fence('json', '{\n  "registry-mirrors": [\n    "https://registry.docker-cn.com"\n  ]\n}'),
    );
  });

  it('restores a flattened systemd unit to lines', () => {
    // notes/004_2bed2df9bb959d8e.txt:106 (beginning and end)
    const unit =
      '[Unit]Description=Docker Application Container EngineDocumentation=https://docs.docker.comAfter=network-online.target firewalld.serviceWants=network-online.target[Service]Type=notify# the default is not to use systemd for cgroups because the delegate issues still# exists and systemd currently does not support the cgroup feature set required# for containers run by dockerExecStart=/usr/bin/dockerdExecReload=/bin/kill -s HUP $MAINPID# Having non-zero Limit*s causes performance problems due to accounting overhead# in the kernel. We recommend using cgroups to do container-local accounting.LimitNOFILE=infinity# Only systemd 226 and above support this version.#TasksMax=infinityTimeoutStartSec=0Restart=on-failureStartLimitBurst=3StartLimitInterval=60s[Install]WantedBy=multi-user.target';
    expect(restoreSystemdUnit(unit, data.vocabulary)).toBe(
      [
        '[Unit]',
        'Description=Docker Application Container Engine',
        'Documentation=https://docs.docker.com',
        'After=network-online.target firewalld.service',
        'Wants=network-online.target',
        '',
        '[Service]',
        'Type=notify',
        '# the default is not to use systemd for cgroups because the delegate issues still',
        '# exists and systemd currently does not support the cgroup feature set required',
        '# for containers run by docker',
        'ExecStart=/usr/bin/dockerd',
        'ExecReload=/bin/kill -s HUP $MAINPID',
        '# Having non-zero Limit*s causes performance problems due to accounting overhead',
        '# in the kernel. We recommend using cgroups to do container-local accounting.',
        'LimitNOFILE=infinity',
        '# Only systemd 226 and above support this version.',
        '#TasksMax=infinity',
        'TimeoutStartSec=0',
        'Restart=on-failure',
        'StartLimitBurst=3',
        'StartLimitInterval=60s',
        '',
        '[Install]',
        'WantedBy=multi-user.target',
      ].join('\n'),
    );
    expect(answerOf(clean([unit]))).toMatch(/^```ini\n\[Unit\]\nDescription=/);
  });

  it('turns ASCII-tree lines into one text block', () => {
    // notes/004_2bed2df9bb959d8e.txt:459-463
    expect(answerOf(clean(['|-----containers:用于存储容器信息', '|-----network', '目录结构如上']))).toBe(
      [fence('text', '|-----containers:用于存储容器信息\n|-----network'), '目录结构如上'].join('\n\n'),
    );
  });
});

describe('restoreCodeBlocks: fences', () => {
  it('tags untagged fences and leaves tagged ones, mermaid included', () => {
    // notes/002_aedd61c9581865ac.txt:15-20 and :109-120
    const note = noteOf('```\n# Dockerfile示例\nFROM ubuntu:20.04\nRUN apt-get update\n```\n\n```mermaid\ngraph LR\nA --> B\n```\n\n```bash\necho hi\n```');
    const cleaned = restoreCodeBlocks(note, contextWith());
    expect(answerOf(cleaned)).toBe('```dockerfile\n# Dockerfile示例\nFROM ubuntu:20.04\nRUN apt-get update\n```\n\n```mermaid\ngraph LR\nA --> B\n```\n\n```bash\necho hi\n```');
    expect(cleaned.fixes.map((fix) => fix.detail)).toEqual(['untagged code block -> dockerfile']);
  });

  it('re-indents the Go sample whose indentation was lost', () => {
    // notes/002_aedd61c9581865ac.txt:87-107 (shortened)
    const go = 'package main\nimport (\n"fmt"\n)\nfunc main() {\nplugin := network.NewPlugin()\nplugin.RegisterDriver("d", func(config *network.DriverConfig) (network.NetworkDriver, error) {\n// 实现逻辑\nreturn &myNetworkDriver{}, nil\n})\n}';
    const cleaned = restoreCodeBlocks(noteOf('```go\n' + go + '\n```'), contextWith());
    expect(answerOf(cleaned)).toBe(
      '```go\npackage main\nimport (\n\t"fmt"\n)\nfunc main() {\n\tplugin := network.NewPlugin()\n\tplugin.RegisterDriver("d", func(config *network.DriverConfig) (network.NetworkDriver, error) {\n\t\t// 实现逻辑\n\t\treturn &myNetworkDriver{}, nil\n\t})\n}\n```',
    );
  });

  it('does not touch a Go sample that is already indented', () => {
    const go = '```go\nfunc main() {\n\tfmt.Println("{")\n}\n```';
    expect(answerOf(restoreCodeBlocks(noteOf(go), contextWith()))).toBe(go);
  });

  it('does not mutate its input', () => {
    const note = plainNoteOf(['docker ps']);
    const before = structuredClone(note);
    restoreCodeBlocks(note, contextWith());
    expect(note).toEqual(before);
  });
});

describe('restoreCodeBlocks: plain text read as markdown', () => {
  it('reads autolink literals back as the text they were made from', () => {
    // notes/004_2bed2df9bb959d8e.txt:84: GFM turns the URL into a link, and root@localhost into an email link
    const note = noteOf('wget https://download.docker.com/linux/static/stable/x86_64/docker-19.03.9.tgz\n\n[root@localhost ~]# docker ps');
    expect(answerOf(restoreCodeBlocks(note, contextWith()))).toBe(
      fence('shell', 'wget https://download.docker.com/linux/static/stable/x86_64/docker-19.03.9.tgz\n[root@localhost ~]# docker ps'),
    );
  });

  it('keeps a written link as prose', () => {
    const markdown = 'docker ps [文档](https://docs.docker.com)';
    expect(answerOf(restoreCodeBlocks(noteOf(markdown), contextWith()))).toBe(markdown);
  });

  it('does not read a heading-like line that starts with docker as a command', () => {
    // notes/004_2bed2df9bb959d8e.txt:218 "docker 镜像仓库Harbor_Harbor"
    expect(answerOf(clean(['docker 镜像仓库Harbor_Harbor']))).toBe('docker 镜像仓库Harbor_Harbor');
  });
});
