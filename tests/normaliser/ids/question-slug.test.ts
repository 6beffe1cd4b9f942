import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileIdTerms, parseIdTerms } from '../../../scripts/normaliser/ids/id-terms.ts';
import { questionSlug, questionSlugParts, truncateSlug } from '../../../scripts/normaliser/ids/question-slug.ts';
import { pinyinTranslator } from '../../../scripts/normaliser/ids/translate-han.ts';

const terms = parseIdTerms(readFileSync('data/glossary/id-terms.yaml', 'utf8'), 'data/glossary/id-terms.yaml');

describe('questionSlug with the real glossary', () => {
  // Titles from the notes; each id checked by hand for readability.
  it.each([
    ['Docker 容器和虚拟机的主要区别是什么?', 'container-vs-vm'],
    ['Dockerfile中的CMD和ENTRYPOINT指令有什么区别?', 'cmd-vs-entrypoint'],
    ['Docker 中的 Volume 和 Bind Mount 的区别是什么?', 'volume-vs-bind-mount'],
    ['什么是Docker Swarm', 'what-is-docker-swarm'],
    ['Docker与虚拟机(Virtual Machines)有何不同', 'docker-vs-vm'],
    ['Dockerfile 中的命令 COPY 和 ADD 命令有什么区别?', 'copy-vs-add'],
    ['Docker 容器与虚拟机在网络性能方面的差异', 'container-vs-vm-network-performance'],
    ['什么是Docker容器', 'what-is-container'],
    ['什么是Docker Volume（卷）', 'what-is-volume'],
    ['Docker的架构是什么', 'docker-architecture'],
    ['使用Docker的优势', 'docker-advantages'],
    ['Docker 中,什么是镜像层(Image Layer)?', 'what-is-image-layers'],
    ['Dockerfile 中最常见的指令是什么?', 'dockerfile-common-instructions'],
    ['如何在生产中监控 Docker?', 'production-monitoring'],
    ['CRI、CNI和CSI是什么', 'cri-cni-csi'],
    ['`docker-compose.override.yml` 文件是什么', 'docker-compose-override-yml-file'],
    // Typesetting puts spaces between Chinese and Latin; matching ignores them.
    ['Dockerfile 指令', 'dockerfile-instructions'],
    ['Docker 中使用非 root 用户运行容器的优势', 'non-root-user-run-container-advantages'],
    // A term said twice counts once.
    ['镜像的分层结构以及为什么要使用镜像的分层结构？', 'image-layered-structure'],
  ])('%s -> %s', (title, id) => {
    expect(questionSlug(title, terms)).toBe(id);
  });

  it('is at most 40 characters, cut at a word boundary', () => {
    const id = questionSlug('如何使用Docker和Kubernetes设置CI/CD流水线', terms);
    expect(id).toBe('docker-kubernetes-set-up-ci-cd-pipeline');
    expect(questionSlug('解释Docker Swarm和Kubernetes在容器编排方面的差异', terms)).toBe(
      'docker-swarm-vs-kubernetes-orchestration',
    );
  });
});

describe('questionSlug for new notes: English for words the glossary lacks, never pinyin', () => {
  // Titles of the kind a new note brings, whose ids came out in pinyin before the dictionary
  // (mianshiti-100-dao, gaojihuati, security-weihu, docker-compose-baozheng-container-a-xian,
  // inspect-container-mingcheng-custom-id); each expected id checked by hand for readability.
  it.each([
    ['Docker 面试题 100 道', 'interview-questions-100'],
    ['高级话题', 'advanced-topics'],
    ['Docker 安全与维护', 'security-maintenance'],
    ['docker inspect 查看容器名称和自定义 ID', 'inspect-container-name-customise-id'],
    ['如何排查容器的网络故障？', 'troubleshooting-container-network-fault'],
    ['僵尸进程是怎么产生的？', 'zombie-generate'],
    ['集群的滚动更新怎么做？', 'cluster-rolling-update'],
    ['容器日志如何轮转？', 'container-logs-rotate'],
  ])('%s -> %s', (title, id) => {
    expect(questionSlugParts(title, terms)).toEqual({ slug: id, pinyin: [] });
  });
});

describe('questionSlug fallbacks (small glossary)', () => {
  const small = compileIdTerms({
    terms: { 容器: 'container' },
    fillers: ['的', '是什么'],
    contrast: ['区别'],
    conjunctions: ['和'],
    scope: ['中'],
    definition: [],
    weak: ['docker'],
  });

  it('translates Chinese the glossary lacks with the dictionary', () => {
    expect(questionSlugParts('容器的编排', small)).toEqual({ slug: 'container-arrange', pinyin: [] });
  });

  it('spells Chinese in pinyin, one word per run, only when nothing translates it, and says which words', () => {
    expect(questionSlugParts('容器的编排', small, pinyinTranslator)).toEqual({ slug: 'container-bianpai', pinyin: ['bianpai'] });
  });

  it('keeps ASCII words as written, lower-cased', () => {
    expect(questionSlug('Swarm 和 K8s 的区别', small)).toBe('swarm-vs-k8s');
  });

  it('drops a weak word next to another term, keeps it alone', () => {
    expect(questionSlug('Docker 容器', small)).toBe('container');
    expect(questionSlug('Docker 的容器', small)).toBe('docker-container');
    expect(questionSlug('Docker 是什么', small)).toBe('docker');
  });

  it('drops a weak term before a leading scope word', () => {
    expect(questionSlug('Docker 中的容器', small)).toBe('container');
  });

  it('hashes a title with no usable words', () => {
    expect(questionSlug('？？', small)).toMatch(/^q-[0-9a-f]{8}$/);
    expect(questionSlug('？？', small)).toBe(questionSlug('？？', small));
  });
});

describe('truncateSlug', () => {
  it('cuts at the last hyphen that fits', () => {
    expect(truncateSlug('alpha-beta-gamma', 12)).toBe('alpha-beta');
    expect(truncateSlug('alpha-beta', 12)).toBe('alpha-beta');
  });
});

describe('parseIdTerms', () => {
  it('names the file and line when a value is not kebab-case', () => {
    expect(() =>
      parseIdTerms('terms: {容器: Container}\nfillers: []\ncontrast: []\nconjunctions: []\nscope: []\ndefinition: []\nweak: []\n', 'x.yaml'),
    ).toThrow(/x\.yaml:1: terms\.容器/);
  });

  it('names the file and line of a term listed twice', () => {
    expect(() => parseIdTerms('terms:\n  容器: container\n  镜像: image\n  容器: box\nfillers: []\n', 'x.yaml')).toThrow(/^x\.yaml:4: Map keys must be unique/);
  });

  it('refuses a phrase listed in two roles', () => {
    expect(() =>
      parseIdTerms('terms: {和: and}\nfillers: []\ncontrast: []\nconjunctions: [和]\nscope: []\ndefinition: []\nweak: []\n', 'x.yaml'),
    ).toThrow(/both/);
  });
});
