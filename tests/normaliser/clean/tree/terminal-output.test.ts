import { describe, expect, it } from 'vitest';
import { restoreOutputLine, restoreTerminalOutput } from '../../../../scripts/normaliser/clean/tree/terminal-output.ts';
import { answerOf, contextWith, data, generatedPages, noteOf } from './fixture.ts';

const restore = (line: string) => restoreOutputLine(line, data.terminalOutput);
const fence = (lang: string, body: string) => '```' + lang + '\n' + body + '\n```';
const clean = (markdown: string) => restoreTerminalOutput(noteOf(markdown), contextWith());

describe('restoreOutputLine: one fixture per known shape', () => {
  it('docker info: Key: value lines, the spaces before a key its indentation, list values on their lines', () => {
    // notes/004_2bed2df9bb959d8e.txt:156 (shortened)
    const line =
      '[root@localhost ~]# docker infoClient: Debug Mode: falseServer: Containers: 14  Running: 7  Paused: 0 Images: 19 Plugins:  Volume: local Security Options:  seccomp   Profile: default Insecure Registries:  hub.example.com  127.0.0.0/8 Live Restore Enabled: false';
    expect(restore(line)).toEqual({
      shape: 'docker info',
      lines: [
        '[root@localhost ~]# docker info',
        'Client:',
        ' Debug Mode: false',
        'Server:',
        ' Containers: 14',
        '  Running: 7',
        '  Paused: 0',
        ' Images: 19',
        ' Plugins:',
        '  Volume: local',
        ' Security Options:',
        '  seccomp',
        '   Profile: default',
        ' Insecure Registries:',
        '  hub.example.com',
        '  127.0.0.0/8',
        ' Live Restore Enabled: false',
      ],
    });
  });

  it('docker version: keys with padded values', () => {
    const line = '$ docker versionClient: Docker Engine - Community Version:           20.10.7 API version:       1.41 Built:             Wed Jun  2 11:58:10 2021Server: Docker Engine - Community Engine:  Version:          20.10.7';
    expect(restore(line.replace(/^\$ /, ''))?.lines).toEqual([
      'docker version',
      'Client: Docker Engine - Community',
      ' Version:           20.10.7',
      ' API version:       1.41',
      ' Built:             Wed Jun  2 11:58:10 2021',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          20.10.7',
    ]);
  });

  it('systemctl status: the unit line, right-aligned keys, the process tree and the journal', () => {
    // notes/004_2bed2df9bb959d8e.txt:128 (shortened)
    const line =
      '[root@localhost ~]# systemctl status docker● docker.service - Docker Application Container Engine   Loaded: loaded (/etc/systemd/system/docker.service; enabled)     Docs: https://docs.docker.com Main PID: 1916 (dockerd)   CGroup: /system.slice/docker.service           ├─1916 /usr/bin/dockerd           └─1927 containerd --log-level infoOct 09 15:25:44 localhost systemd[1]: Started Docker Application Container Engine.';
    expect(restore(line)?.lines).toEqual([
      '[root@localhost ~]# systemctl status docker',
      '● docker.service - Docker Application Container Engine',
      '   Loaded: loaded (/etc/systemd/system/docker.service; enabled)',
      '     Docs: https://docs.docker.com',
      ' Main PID: 1916 (dockerd)',
      '   CGroup: /system.slice/docker.service',
      '           ├─1916 /usr/bin/dockerd',
      '           └─1927 containerd --log-level info',
      'Oct 09 15:25:44 localhost systemd[1]: Started Docker Application Container Engine.',
    ]);
  });

  it('docker ps: the header, then a row at each container ID', () => {
    // notes/004_2bed2df9bb959d8e.txt:304, two rows
    const line =
      '[root@h ~]# docker psCONTAINER ID        IMAGE          COMMAND       CREATED          STATUS          PORTS     NAMESa4f1c9b8abcd        nginx:latest   "nginx -g…"   32 seconds ago   Up 31 seconds   80/tcp    web_curie460d68823930        redis          "redis…"      2 hours ago      Up 2 hours                cache';
    expect(restore(line)?.lines).toEqual([
      '[root@h ~]# docker ps',
      'CONTAINER ID        IMAGE          COMMAND       CREATED          STATUS          PORTS     NAMES',
      'a4f1c9b8abcd        nginx:latest   "nginx -g…"   32 seconds ago   Up 31 seconds   80/tcp    web_curie',
      '460d68823930        redis          "redis…"      2 hours ago      Up 2 hours                cache',
    ]);
  });

  it('docker images: the header, then a row after each size', () => {
    const line = 'docker imagesREPOSITORY   TAG       IMAGE ID       CREATED       SIZEnginx        latest    605c77e624dd   2 years ago   141MBredis        7         7614ae9453d1   2 years ago   113MB';
    expect(restore(line)?.lines).toEqual([
      'docker images',
      'REPOSITORY   TAG       IMAGE ID       CREATED       SIZE',
      'nginx        latest    605c77e624dd   2 years ago   141MB',
      'redis        7         7614ae9453d1   2 years ago   113MB',
    ]);
  });

  it('ps -ef and docker top: the header or the command, then a row at each process', () => {
    // notes/004_2bed2df9bb959d8e.txt:158 and :354 (shortened)
    expect(restore('[root@localhost ~]# ps -ef | grep dockerroot       1460      1  0 Jun23 ?        04:45:43 /usr/bin/dockerd -H fd://root      28336  21582  0 15:32 pts/0    00:00:00 grep --color=auto docker')?.lines).toEqual([
      '[root@localhost ~]# ps -ef | grep docker',
      'root       1460      1  0 Jun23 ?        04:45:43 /usr/bin/dockerd -H fd://',
      'root      28336  21582  0 15:32 pts/0    00:00:00 grep --color=auto docker',
    ]);
    expect(restore('[root@h ~]# docker top webUID     PID     PPID    C   STIME   TTY     TIME       CMDroot    27880   27866   0   16:14   pts/0   00:00:00   /usr/sbin/sshd -D')?.lines).toEqual([
      '[root@h ~]# docker top web',
      'UID     PID     PPID    C   STIME   TTY     TIME       CMD',
      'root    27880   27866   0   16:14   pts/0   00:00:00   /usr/sbin/sshd -D',
    ]);
  });

  it('ps aux: its own header and rows', () => {
    expect(restore('docker exec web ps -auxfUSER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMANDroot        44  0.0  0.0  13360  1012 ?        Rs   09:26   0:00 ps -auxf')?.lines).toEqual([
      'docker exec web ps -auxf',
      'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
      'root        44  0.0  0.0  13360  1012 ?        Rs   09:26   0:00 ps -auxf',
    ]);
  });

  it('docker inspect: JSON pretty-printed, or cut at its kept indentation when it is cut short', () => {
    expect(restore('[root@h ~]#  docker inspect  460d68823930[    {        "Id": "460d", "State": {"Running": true}    }]')?.lines).toEqual([
      '[root@h ~]#  docker inspect  460d68823930',
      '[',
      '  {',
      '    "Id": "460d",',
      '    "State": {',
      '      "Running": true',
      '    }',
      '  }',
      ']',
    ]);
    expect(restore('docker inspect web[    {        "Id": "460d",        "Args": [            "-c"')?.lines).toEqual([
      'docker inspect web',
      '[',
      '    {',
      '        "Id": "460d",',
      '        "Args": [',
      '            "-c"',
    ]);
  });

  it('ls -l: the total, then a line at each file mode', () => {
    // notes/004_2bed2df9bb959d8e.txt:387 (shortened)
    expect(restore('[root@h ~]#  ls -l /proc/27880total 0dr-xr-xr-x 2 root root 0 Nov  3 16:41 attr-rw-r--r-- 1 root root 0 Nov  3 16:41 autogroupcgroup--w------- 1 root root 0 Nov  3 16:41 clear_refs')?.lines).toEqual([
      '[root@h ~]#  ls -l /proc/27880',
      'total 0',
      'dr-xr-xr-x 2 root root 0 Nov  3 16:41 attr',
      '-rw-r--r-- 1 root root 0 Nov  3 16:41 autogroupcgroup',
      '--w------- 1 root root 0 Nov  3 16:41 clear_refs',
    ]);
  });

  it('docker run / pull progress and docker load layers', () => {
    // notes/004_2bed2df9bb959d8e.txt:300 and :262 (shortened)
    expect(restore("docker run -itd -p 80:80 lemonbar/centos6-ssh:latestUnable to find image 'lemonbar/centos6-ssh:latest' locallylatest: Pulling from lemonbar/centos6-ssha3ed95caeb02: Pull completef79eb1f22352: Pull completeDigest: sha256:093cStatus: Downloaded newer image for lemonbar/centos6-ssh:latest")?.lines).toEqual([
      'docker run -itd -p 80:80 lemonbar/centos6-ssh:latest',
      "Unable to find image 'lemonbar/centos6-ssh:latest' locally",
      'latest: Pulling from lemonbar/centos6-ssh',
      'a3ed95caeb02: Pull complete',
      'f79eb1f22352: Pull complete',
      'Digest: sha256:093c',
      'Status: Downloaded newer image for lemonbar/centos6-ssh:latest',
    ]);
    expect(restore('docker load -i rancher.tar43c67172d1d1: Loading layer [=====>]  65.57MB/65.57MB21ec61b65b20: Loading layer [=====>]  991.2kB/991.2kBLoaded image: rancher/rancher:v2.3.5')?.lines).toEqual([
      'docker load -i rancher.tar',
      '43c67172d1d1: Loading layer [=====>]  65.57MB/65.57MB',
      '21ec61b65b20: Loading layer [=====>]  991.2kB/991.2kB',
      'Loaded image: rancher/rancher:v2.3.5',
    ]);
  });

  it('systemctl enable, docker -v and network errors', () => {
    // notes/004_2bed2df9bb959d8e.txt:138, :152
    expect(restore('[root@localhost ~]# systemctl enable docker.serviceCreated symlink from /a to /b.')?.lines).toEqual([
      '[root@localhost ~]# systemctl enable docker.service',
      'Created symlink from /a to /b.',
    ]);
    expect(restore('docker -vDocker version 19.03.6, build 369ce74a3c')?.lines).toEqual(['docker -v', 'Docker version 19.03.6, build 369ce74a3c']);
    expect(restore('curl https://mirror.example.comcurl: (6) Could not resolve host: mirror.example.com')?.lines).toEqual([
      'curl https://mirror.example.com',
      'curl: (6) Could not resolve host: mirror.example.com',
    ]);
  });

  it('restores nothing where the text before the output is not the shape’s command', () => {
    expect(restore('Client: Debug Mode: false Server: Containers: 14')).toBeUndefined();
    expect(restore('echo docker infoClient: Debug Mode: false')).toBeUndefined();
    expect(restore('[root@h ~]# docker info')).toBeUndefined();
    expect(restore('[root@h ~]# docker ps --format "{{.Names}}"determined_curieredisnginx_slave')).toBeUndefined();
  });
});

describe('restoreTerminalOutput', () => {
  it('restores the lines of session blocks, one fix per restored line', () => {
    const cleaned = clean(fence('text', '[root@h ~]# docker -vDocker version 19.03.6\n[root@h ~]# systemctl enable dockerCreated symlink from /a to /b.'));
    expect(answerOf(cleaned)).toBe(fence('text', '[root@h ~]# docker -v\nDocker version 19.03.6\n[root@h ~]# systemctl enable docker\nCreated symlink from /a to /b.'));
    expect(cleaned.fixes.map((fix) => [fix.kind, fix.detail])).toEqual([
      ['terminal-output', 'docker -v: 1 line -> 2 lines'],
      ['terminal-output', 'systemctl enable: 1 line -> 2 lines'],
    ]);
  });

  it('never reads a programming language block as output', () => {
    const python = fence('python', 'docker -vDocker version 19.03.6');
    expect(answerOf(clean(python))).toBe(python);
  });

  it('makes a text block of a paragraph that is a known table pasted without its command', () => {
    // notes/004_2bed2df9bb959d8e.txt:304 (shortened)
    const cleaned = clean('CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMESa4f1c9b8abcd   nginx   "nginx"   1 hour ago   Up   80/tcp   web');
    expect(answerOf(cleaned)).toBe(fence('text', 'CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES\na4f1c9b8abcd   nginx   "nginx"   1 hour ago   Up   80/tcp   web'));
  });

  it('leaves a prose paragraph that only mentions a header word', () => {
    const prose = 'CONTAINER ID 是容器的唯一标识';
    expect(answerOf(clean(prose))).toBe(prose);
  });

  it('reports the glued session lines no shape knows, keeping them', () => {
    // notes/004_2bed2df9bb959d8e.txt:336
    const line = '[root@h ~]# docker ps --format "{{.Names}}"determined_curieredisnginx_slavenginx_masternginx_emptyloving_agnesipxc_proxypxc03pxc02pxc01affectionate_austinnostalgic_blackwell';
    const cleaned = clean(fence('text', line));
    expect(answerOf(cleaned)).toBe(fence('text', line));
    expect(cleaned.messages).toEqual([expect.objectContaining({ severity: 'warning', source: 'clean/terminal-output' })]);
  });
});

describe('on the real pages of note 004 (the registry-mirror walkthrough and its docker info / ps tasks)', () => {
  // The output sits on the pages of note 004's tasks (lines 154 and 158), wherever editorial
  // splits put them: found by the session's command, not by page id.
  const pageWith = (needle: string) => {
    const found = generatedPages().find((content) => content.includes(needle));
    expect(found, needle).toBeDefined();
    return found!;
  };

  it('shows docker info on its lines, not glued onto the command', () => {
    const page = pageWith('[root@localhost ~]# docker info');
    expect(page).toContain('[root@localhost ~]# docker info\nClient:\n Debug Mode: false\nServer:\n Containers: 14\n  Running: 7\n');
    expect(page).toContain(' Registry Mirrors:\n  https://<your-id>.mirror.aliyuncs.com/\n Live Restore Enabled: false\n');
    expect(generatedPages().some((content) => content.includes('docker infoClient'))).toBe(false);
  });

  it('shows ps -ef one process a line', () => {
    expect(pageWith('[root@localhost ~]# ps -ef | grep docker')).toContain('[root@localhost ~]# ps -ef | grep docker\nroot       1460      1  0 Jun23 ?        04:45:43 /usr/bin/dockerd');
  });
});
