import { describe, expect, it } from 'vitest';
import { collectPrivateAddresses, environmentAddresses, isPrivateAddress, redactPrivateDetails } from '../../../../scripts/normaliser/clean/tree/privacy.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPICS } from '../../../../scripts/normaliser/model.ts';
import { answerOf, contextWith, data, generatedPage, noteOf, plainNoteOf, projectRoot } from './fixture.ts';

describe('isPrivateAddress', () => {
  it.each([
    ['10.24.2.30', true],
    ['172.16.0.1', true],
    ['172.31.255.1', true],
    ['172.32.0.1', false],
    ['172.15.0.1', false],
    ['192.168.1.1', true],
    ['127.0.0.1', false],
    ['0.0.0.0', false],
    ['8.8.8.8', false],
  ])('%s -> %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('environmentAddresses', () => {
  it('keeps addresses inside a subnet the same text declares', () => {
    // notes/001_1aa7ebef2a5e7611.txt:777-792
    const code = 'docker network create --subnet 172.25.0.0/16 --gateway 172.25.0.1 --ip-range 172.25.5.0/24 n\ndocker run --ip 172.25.5.10 img\nping 10.0.0.5';
    expect(environmentAddresses(code)).toEqual(['10.0.0.5']);
  });
});

describe('redactPrivateDetails', () => {
  it('replaces private addresses in prose, URLs in prose and code with one placeholder each', () => {
    const note = noteOf('访问 http://10.24.2.30:5000 或 192.168.1.20\n\n```shell\ndocker tag f29ece87a195 172.18.8.104/rancher/rancher-agent:v2.3.5\ncurl 10.24.2.30:5000\n```');
    const cleaned = redactPrivateDetails(note, contextWith());
    expect(answerOf(cleaned)).toBe('访问 <http://192.0.2.1:5000> 或 192.0.2.2\n\n```shell\ndocker tag f29ece87a195 192.0.2.3/rancher/rancher-agent:v2.3.5\ncurl 192.0.2.1:5000\n```');
    // One fix per replacement: prose first, then code, then link targets (the autolink counts once).
    expect(cleaned.fixes.map((fix) => fix.detail)).toEqual([
      '192.168.1.20 -> 192.0.2.2',
      '172.18.8.104 -> 192.0.2.3',
      '10.24.2.30 -> 192.0.2.1',
      '10.24.2.30 -> 192.0.2.1',
    ]);
    expect(cleaned.fixes.every((fix) => fix.kind === 'privacy')).toBe(true);
  });

  it('leaves loopback, any-address, public hosts and worked subnet examples alone', () => {
    const markdown = '监听 0.0.0.0:80 和 127.0.0.1，见 https://docs.docker.com 与 hub.docker.com\n\n```shell\ndocker network create --subnet 172.25.0.0/16 --gateway 172.25.0.1 n\n```';
    const cleaned = redactPrivateDetails(noteOf(markdown), contextWith());
    expect(answerOf(cleaned)).toBe(answerOf(noteOf(markdown)));
    expect(cleaned.fixes).toEqual([]);
  });

  it('replaces personal mirror IDs and own host names', () => {
    // notes/004_2bed2df9bb959d8e.txt:148 and :278
    const note = noteOf('```json\n{"registry-mirrors": ["https://ku39pxyp.mirror.aliyuncs.com"], "insecure-registries": ["hub.company.com"]}\n```\n\ndocker rmi hub.doge.net/ubuntu:latest');
    const cleaned = redactPrivateDetails(note, contextWith());
    expect(answerOf(cleaned)).toBe(
      '```json\n{"registry-mirrors": ["https://<your-id>.mirror.aliyuncs.com"], "insecure-registries": ["registry.example.com"]}\n```\n\ndocker rmi registry.example.com/ubuntu:latest',
    );
  });

  it('uses a valid host name for a personal mirror inside a link target', () => {
    const cleaned = redactPrivateDetails(noteOf('[镜像加速](https://tnxkcso1.mirrors.aliyuncs.com)'), contextWith());
    expect(answerOf(cleaned)).toBe('[镜像加速](https://your-id.mirrors.aliyuncs.com)');
  });

  it('numbers addresses by first appearance over the notes sorted by path', () => {
    const later = plainNoteOf(['10.0.0.9 然后 10.0.0.1'], { path: 'notes/002_b.txt' });
    const earlier = plainNoteOf(['10.0.0.1'], { path: 'notes/001_a.txt' });
    const mapping = collectPrivateAddresses([later, earlier], data.privacy);
    expect([...mapping]).toEqual([
      ['10.0.0.1', '192.0.2.1'],
      ['10.0.0.9', '192.0.2.2'],
    ]);
    const cleaned = redactPrivateDetails(later, contextWith([], { privateAddresses: mapping }));
    expect(answerOf(cleaned)).toBe('192.0.2.2 然后 192.0.2.1');
  });

  it('redacts the real collapsed line of note 004', () => {
    // notes/004_2bed2df9bb959d8e.txt:69
    const line = '配置私有仓库cat>/etc/docker/daemon.json<<EOF{  "registry-mirrors":["http://10.24.2.30:5000","https://tnxkcso1.mirrors.aliyuncs.com"],  "insecure-registries":["10.24.2.30:5000"]}EOF';
    const cleaned = redactPrivateDetails(plainNoteOf([line]), contextWith());
    expect(answerOf(cleaned)).not.toMatch(/10\.24\.2\.30|tnxkcso1/);
    expect(cleaned.fixes).toHaveLength(3);
  });
});

describe('redactPrivateDetails: every place a reader sees', () => {
  const redacted = (markdown: string) => answerOf(redactPrivateDetails(noteOf(markdown), contextWith()));

  it.each([
    ['prose', '加速器 ku39pxyp.mirror.aliyuncs.com 不通', '加速器 \\<your-id>.mirror.aliyuncs.com 不通'],
    ['inline code', '执行 `ping ku39pxyp.mirror.aliyuncs.com`', '执行 `ping <your-id>.mirror.aliyuncs.com`'],
    ['a code block', '```text\nping ku39pxyp.mirror.aliyuncs.com\n```', '```text\nping <your-id>.mirror.aliyuncs.com\n```'],
    ['a link target and its text', '[https://ku39pxyp.mirror.aliyuncs.com](https://ku39pxyp.mirror.aliyuncs.com)', '[https://\\<your-id>.mirror.aliyuncs.com](https://your-id.mirror.aliyuncs.com)'],
    ['a link title', '[加速器](https://example.com "ku39pxyp.mirror.aliyuncs.com")', '[加速器](https://example.com "<your-id>.mirror.aliyuncs.com")'],
    ['a picture target and alt text', '![ku39pxyp.mirror.aliyuncs.com](https://ku39pxyp.mirror.aliyuncs.com/a.png)', '![\\<your-id>.mirror.aliyuncs.com](https://your-id.mirror.aliyuncs.com/a.png)'],
    ['a link definition', '[m]\n\n[m]: https://ku39pxyp.mirror.aliyuncs.com', '[m]\n\n[m]: https://your-id.mirror.aliyuncs.com'],
    ['raw HTML, shown as text on the page', '<a href="https://ku39pxyp.mirror.aliyuncs.com">加速</a>', '<a href="https://<your-id>.mirror.aliyuncs.com">加速</a>'],
    // (`\\<` is the markdown printer's escape of a literal `<`.)
  ])('in %s', (_place, markdown, expected) => {
    expect(redacted(markdown)).toBe(expected);
  });

  it('in terminal output glued after the host name', () => {
    // notes/004_2bed2df9bb959d8e.txt:152
    expect(redacted('```text\n[root@localhost ~]# curl https://ku39pxyp.mirror.aliyuncs.comcurl: (6) Could not resolve host: ku39pxyp.mirror.aliyuncs.com; Unknown error\n```')).toBe(
      '```text\n[root@localhost ~]# curl https://<your-id>.mirror.aliyuncs.comcurl: (6) Could not resolve host: <your-id>.mirror.aliyuncs.com; Unknown error\n```',
    );
  });

  it('not in a longer host name that only starts like the mirror domain', () => {
    expect(redacted('见 ku39pxyp.mirror.aliyuncs.com.cn')).toBe('见 ku39pxyp.mirror.aliyuncs.com.cn');
  });
});

describe('on the real pages', () => {
  it('/basics/configure-registry/ shows no personal mirror ID or own host, in code and output either', () => {
    const page = generatedPage('basics/configure-registry');
    expect(page).not.toContain('ku39pxyp');
    expect(page).not.toContain('hub.gsafety.com');
    expect(page).toContain('[root@localhost ~]# curl https://<your-id>.mirror.aliyuncs.com\n');
  });

  it('no generated page shows a personal mirror ID', () => {
    const ids: string[] = [];
    for (const topic of TOPICS) {
      const folder = join(projectRoot, 'src/content/docs', topic);
      for (const file of readdirSync(folder)) {
        const text = readFileSync(join(folder, file), 'utf8');
        for (const match of text.matchAll(/([\w<>-]+)\.mirrors?\.aliyuncs\.com/g)) if (!['<your-id>', 'your-id'].includes(match[1]!)) ids.push(`${topic}/${file}: ${match[0]}`);
      }
    }
    expect(ids).toEqual([]);
  });
});
