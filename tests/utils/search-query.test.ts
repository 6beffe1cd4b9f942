/** Query understanding (src/utils/search-query.ts) on a small hand-made vocabulary and hostile input. */
import { describe, expect, it } from 'vitest';
import {
  QUESTION_WORD_WEIGHT,
  containsTerm,
  groupsMentioned,
  hasFillerWord,
  searchForm,
  understandQuery,
  type SearchTerms,
} from '../../src/utils/search-query.ts';

const terms: SearchTerms = {
  synonyms: [
    ['数据卷', '存储卷', 'volume', '-v'],
    ['绑定挂载', 'bind mount'],
    ['k8s', 'Kubernetes'],
    ['区别', '不同'],
  ],
  filler: ['和', '的', '是', '什么', '怎么', '吗', 'what', 'is'],
  words: ['镜像', '构建'],
  question: ['区别', '作用'],
};

const texts = (typed: string) => understandQuery(typed, terms).concepts.map((concept) => concept.text);

describe('searchForm', () => {
  it('folds width and case, turns punctuation into spaces, keeps command characters', () => {
    expect(searchForm('Docker　File 是什么？')).toBe('docker file是什么');
    expect(searchForm('ＤＯＣＫＥＲ run -v /data:/data')).toBe('docker run -v /data:/data');
    expect(searchForm('非 root 用户')).toBe('非root用户');
    expect(searchForm('“？！”')).toBe('');
  });
});

describe('containsTerm', () => {
  it('matches Chinese anywhere and ASCII as whole words only', () => {
    expect(containsTerm('如何配置自动重启策略', '重启策略')).toBe(true);
    expect(containsTerm('docker running', 'run')).toBe(false);
    expect(containsTerm('docker run -v x', 'run')).toBe(true);
    expect(containsTerm('cowsay', 'cow')).toBe(false);
    expect(containsTerm('docker run --privileged', '-p')).toBe(false);
    expect(containsTerm('docker run -p 80:80', '-p')).toBe(true);
    expect(containsTerm('anything', '')).toBe(false);
  });
});

describe('groupsMentioned', () => {
  it('finds the groups whose terms a title holds, in any spelling', () => {
    expect(groupsMentioned('Docker Swarm 与 KUBERNETES 有何不同？', terms.synonyms)).toEqual([['k8s', 'Kubernetes'], ['区别', '不同']]);
    expect(groupsMentioned('镜像的构建', terms.synonyms)).toEqual([]);
  });
});

describe('hasFillerWord', () => {
  it('tells a question from a bare term', () => {
    expect(hasFillerWord('数据卷和绑定挂载的区别', terms.filler)).toBe(true);
    expect(hasFillerWord('What is Docker', terms.filler)).toBe(true);
    expect(hasFillerWord('数据卷', terms.filler)).toBe(false);
    expect(hasFillerWord('docker run -v', terms.filler)).toBe(false);
    expect(hasFillerWord('', terms.filler)).toBe(false);
  });
});

describe('understandQuery', () => {
  it('takes a typed question apart into its concepts, filler dropped, synonyms joined', () => {
    const understood = understandQuery('数据卷和绑定挂载的区别？', terms);
    expect(understood.concepts).toEqual([
      { text: '数据卷', alternatives: ['数据卷', '存储卷', 'volume', '-v'], weight: 1 },
      { text: '绑定挂载', alternatives: ['绑定挂载', 'bind mount'], weight: 1 },
      { text: '区别', alternatives: ['区别', '不同'], weight: QUESTION_WORD_WEIGHT },
    ]);
    expect(understood.keyQuery).toBe('数据卷 绑定挂载 区别');
    expect(understood.typed).toBe('数据卷和绑定挂载的区别？');
  });

  it('prefers the longest term, and keeps English phrases whole', () => {
    expect(texts('volume vs bind mount')).toEqual(['volume', 'vs', 'bind mount']);
    expect(texts('K8S 和 swarm')).toEqual(['k8s', 'swarm']);
  });

  it('keeps the listed words whole and joins the characters the segmenter splits', () => {
    // The segmenter splits 镜像 and 构建 into characters; 镜像 and 构建 are listed words.
    expect(texts('镜像是怎么构建的')).toEqual(['镜像', '构建']);
    // 分层 is not listed: its characters, split, are joined back into one concept.
    expect(texts('镜像分层')).toEqual(['镜像', '分层']);
  });

  it('drops words made only of filler words glued together', () => {
    // The segmenter reads 是什 + 么 or 是 + 什么 depending on context; either way nothing is left.
    expect(texts('是什么')).toEqual([]);
    expect(texts('docker 是什么')).toEqual(['docker']);
  });

  it('weighs question words down, whatever their spelling', () => {
    const [, difference] = understandQuery('swarm 和 kubernetes 的不同', terms).concepts.slice(1);
    expect(difference).toEqual({ text: '不同', alternatives: ['不同', '区别'], weight: QUESTION_WORD_WEIGHT });
  });

  it('counts a concept once however often it is typed', () => {
    expect(texts('volume volume 数据卷')).toEqual(['volume', '数据卷']);
  });

  it('survives hostile input', () => {
    expect(understandQuery('', terms).concepts).toEqual([]);
    expect(understandQuery('？？？ …… ！！', terms).concepts).toEqual([]);
    expect(texts('.*+?^${}()|[]\\')).toEqual([]);
    expect(texts('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
    // A pasted wall of text: every concept once.
    expect(texts('容器和镜像的区别'.repeat(500))).toEqual(['容器', '镜像', '区别']);
  });
});
